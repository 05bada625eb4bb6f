package org.rapidstart.questionnaire.validation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One problem with an answer: the question's short name, for table questions the 1-based row and the column (the
 * target field's name) when the problem is in a cell, for Class questions the parameter in {@code column}, and a
 * message written for the configurator.
 */
public record ValidationError(String question, @Nullable Integer row, @Nullable String column, String message) {
    public ValidationError {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(message, "message");
    }

    static ValidationError of(String question, String message) {
        return new ValidationError(question, null, null, message);
    }

    @Override
    public String toString() {
        return question + (row == null ? "" : " row " + row) + (column == null ? "" : " [" + column + "]") + ": "
                + message;
    }
}
