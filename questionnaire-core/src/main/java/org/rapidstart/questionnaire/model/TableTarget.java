package org.rapidstart.questionnaire.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.rapidstart.questionnaire.internal.Lists;

/** The ERP table a Table or Data Import/Export question fills, and its columns in grid order. */
public record TableTarget(String table, List<Column> columns) {
    public TableTarget {
        Objects.requireNonNull(table, "table");
        columns = Lists.copy(columns);
    }

    public Optional<Column> column(String field) {
        return columns.stream().filter(c -> c.field().equalsIgnoreCase(field)).findFirst();
    }
}
