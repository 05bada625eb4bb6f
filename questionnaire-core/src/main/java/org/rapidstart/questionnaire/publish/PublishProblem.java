package org.rapidstart.questionnaire.publish;

import java.util.Objects;

/** A reason a template or functional area cannot be published: where ("Area › Group › Question") and what. */
public record PublishProblem(String where, String message) {
    public PublishProblem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
