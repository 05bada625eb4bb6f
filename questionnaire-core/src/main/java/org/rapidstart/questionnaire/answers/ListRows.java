package org.rapidstart.questionnaire.answers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Rows held in memory; a value, so two answers with equal rows are equal. */
public record ListRows(List<Map<String, String>> rows) implements RowSource {
    public ListRows {
        // copies, without null values, so later changes to the caller's maps cannot change the answer
        rows = rows.stream().map(ListRows::copy).toList();
    }

    private static Map<String, String> copy(Map<String, String> row) {
        Map<String, String> m = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            if (k != null && v != null) {
                m.put(k, v);
            }
        });
        return Collections.unmodifiableMap(m);
    }

    @Override
    public void forEach(Consumer<? super Map<String, String>> action) {
        rows.forEach(action);
    }

    @Override
    public long count() {
        return rows.size();
    }

    @Override
    public List<Map<String, String>> toList() {
        return rows;
    }
}
