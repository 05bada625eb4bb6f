package org.rapidstart.questionnaire.model;

import java.util.List;
import java.util.Objects;

import org.rapidstart.questionnaire.internal.Lists;

/** Show a question only when the parent question's answer is one of the given values (case-insensitive). */
public record Dependency(String question, List<String> values) {
    public Dependency {
        Objects.requireNonNull(question, "question");
        values = Lists.copy(values);
    }

    public static Dependency on(String question, String... values) {
        return new Dependency(question, List.of(values));
    }

    public boolean isSatisfiedBy(String answer) {
        String a = answer.trim();
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(a));
    }
}
