package org.rapidstart.questionnaire.validation;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Remembers the problems of a table question's rows from one validation of a project to the next, so that a change
 * elsewhere does not check a million unchanged rows again. Only the caller knows whether the rows are the same (the
 * engine sees them as a stream); the validator says what else they were checked against.
 */
@FunctionalInterface
public interface RowErrorsMemory {

    /** Remembers nothing: every validation checks every row. */
    RowErrorsMemory NONE = (question, against, check) -> check.get();

    /**
     * The problems of {@code question}'s rows: remembered ones when its rows are the ones they were found in and
     * {@code against} equals what those were checked against, else {@code check}ed (and remembered, at will).
     */
    List<ValidationError> rowErrors(String question, CheckedAgainst against, Supplier<List<ValidationError>> check);

    /**
     * What a table question's rows are checked against besides themselves and the template: the values each column's
     * lookup allows (with the name of where they come from, which messages use) and the values of hidden columns.
     * Equal when a check of the same rows would find the same problems.
     */
    record CheckedAgainst(List<Optional<List<String>>> allowed, List<Optional<String>> sources,
                          List<Optional<String>> hiddenValues) {

        /** How many lookup values this holds (what remembering it costs). */
        public int values() {
            return allowed.stream().mapToInt(a -> a.map(List::size).orElse(0)).sum();
        }
    }
}
