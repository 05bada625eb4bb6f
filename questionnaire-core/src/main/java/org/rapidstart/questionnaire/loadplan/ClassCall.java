package org.rapidstart.questionnaire.loadplan;

import java.util.Map;
import java.util.Objects;

/** Run a class operation (e.g. CreateFiscalCalendar) with its parameter values; {@code question} asked for it. */
public record ClassCall(String operation, Map<String, String> parameters, String question) implements LoadStep {
    public ClassCall {
        Objects.requireNonNull(operation, "operation");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(question, "question");
    }
}
