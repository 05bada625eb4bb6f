package org.rapidstart.questionnaire.model;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Restricts an answer to a list of values: an enum's values, the keys of a table answered elsewhere, or another
 * question's answers. {@code field} (for TABLE) defaults to the field the target field relates to, else the table's
 * last key field; {@code column} (for QUESTION) names the column when the other question is a table question.
 */
public record Lookup(LookupSource source, @Nullable String table, @Nullable String field,
                     @Nullable String question, @Nullable String column) {

    public Lookup {
        Objects.requireNonNull(source, "source");
        if (source == LookupSource.TABLE && (table == null || table.isBlank())) {
            throw new IllegalArgumentException("A table lookup needs the table it takes its values from.");
        }
        if (source == LookupSource.QUESTION && (question == null || question.isBlank())) {
            throw new IllegalArgumentException("A question lookup needs the question it takes its values from.");
        }
    }

    public static Lookup enumValues() {
        return new Lookup(LookupSource.ENUM, null, null, null, null);
    }

    public static Lookup table(String table) {
        return new Lookup(LookupSource.TABLE, table, null, null, null);
    }

    public static Lookup table(String table, String field) {
        return new Lookup(LookupSource.TABLE, table, field, null, null);
    }

    public static Lookup question(String question) {
        return new Lookup(LookupSource.QUESTION, null, null, question, null);
    }

    public static Lookup question(String question, String column) {
        return new Lookup(LookupSource.QUESTION, null, null, question, column);
    }
}
