package org.rapidstart.questionnaire.metadata;

import java.util.Objects;

/** A field's reference to the key field of another table: the value must exist there. */
public record Relation(String table, String field) {
    public Relation {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(field, "field");
    }

    @Override
    public String toString() {
        return table + "." + field;
    }
}
