package org.rapidstart.questionnaire.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.rapidstart.questionnaire.internal.Lists;

/** An ordered page of questions, answered (and marked complete) as a unit. */
public record QuestionGroup(String name, String description, List<Question> questions) {
    public QuestionGroup {
        Objects.requireNonNull(name, "name");
        description = Lists.nullToEmpty(description);
        questions = Lists.copy(questions);
    }

    public static QuestionGroup of(String name, Question... questions) {
        return new QuestionGroup(name, "", List.of(questions));
    }

    public QuestionGroup withQuestions(List<Question> qs) {
        return new QuestionGroup(name, description, qs);
    }

    public QuestionGroup withName(String n) {
        return new QuestionGroup(n, description, questions);
    }

    public QuestionGroup withDescription(String d) {
        return new QuestionGroup(name, d, questions);
    }

    int indexOf(String shortName) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).shortName().equalsIgnoreCase(shortName)) {
                return i;
            }
        }
        return -1;
    }

    QuestionGroup moved(int from, int to) {
        List<Question> copy = new ArrayList<>(questions);
        copy.add(to, copy.remove(from));
        return withQuestions(copy);
    }
}
