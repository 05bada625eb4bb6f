package org.rapidstart.questionnaire.publish;

import java.util.List;
import java.util.stream.Collectors;

/** Publishing was refused; {@link #problems()} lists every reason, for the Designer page. */
public class PublishException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<PublishProblem> problems;

    public PublishException(String what, List<PublishProblem> problems) {
        super(what + " cannot be published:\n" + problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PublishProblem> problems() {
        return problems;
    }
}
