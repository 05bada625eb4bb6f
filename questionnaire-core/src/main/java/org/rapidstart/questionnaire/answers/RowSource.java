package org.rapidstart.questionnaire.answers;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rows of a Table or Data Import/Export answer, each a map from column (the target field's name) to the entered
 * text. An interface rather than a list because DIXF answers can hold a million postal codes: the portal can stream
 * them from the database or a CSV file, and validation and load-plan generation read them once, in order.
 * Implementations must give the same rows, in the same order, every time {@link #forEach} is called.
 */
@FunctionalInterface
public interface RowSource {

    void forEach(Consumer<? super Map<String, String>> action);

    /** The number of rows; streaming sources should override this when they know it cheaply. */
    default long count() {
        long[] n = {0};
        forEach(r -> n[0]++);
        return n[0];
    }

    default boolean isEmpty() {
        return count() == 0;
    }

    static RowSource of(List<Map<String, String>> rows) {
        return new ListRows(rows);
    }

    /** All rows in memory, for small tables and tests; only use on sources known to be small. */
    default List<Map<String, String>> toList() {
        List<Map<String, String>> out = new java.util.ArrayList<>();
        forEach(out::add);
        return out;
    }
}
