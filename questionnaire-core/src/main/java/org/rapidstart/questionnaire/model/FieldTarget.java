package org.rapidstart.questionnaire.model;

import java.util.Objects;

/** The ERP table and field a Field question sets. Field questions on the same table make one record together. */
public record FieldTarget(String table, String field) {
    public FieldTarget {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(field, "field");
    }
}
