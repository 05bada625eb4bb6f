package org.rapidstart.questionnaire.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.metadata.FieldMeta;
import org.rapidstart.questionnaire.metadata.TableMeta;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.visibility.Visibility;

/**
 * The row rules of one Table or Data Import/Export question, one row at a time: mandatory cells, types, the
 * column's validation and lookups (resolved once against the project's other answers), and the row's key for
 * finding repeated rows. The caller keeps the keys it has seen, so a million-row import can hold them compactly
 * (or in the database) instead of in a map of strings. Obtain one from {@link Validator#rowChecker}.
 */
public final class RowChecker {

    private final Validator validator;
    private final Question question;
    private final Lookups lookups;
    private final List<Column> columns;
    // the catalogue field of each column and the values its lookup allows, resolved once rather than per row
    private final @Nullable FieldMeta[] metas;
    private final List<Optional<LookupValues>> allowed = new ArrayList<>();
    // what a hidden column holds in every row (its fixed value or the answer it copies), trimmed; null when empty
    private final @Nullable String[] hiddenValues;
    // the key fields' columns, in key order; null when the table has no key or a key field is not a column
    private final int @Nullable [] keyColumns;
    private final List<FieldMeta> keys;
    // for a text column with no rule but a length (the usual column): that length; -1 for the others
    private final int[] plainLimits;

    RowChecker(Validator validator, Question question, Visibility visibility, Lookups lookups) {
        this.validator = validator;
        this.question = question;
        this.lookups = lookups;
        Optional<TableMeta> table = validator.catalogue().table(question.table().table());
        this.keys = table.map(TableMeta::keyFields).orElse(List.of());
        this.columns = question.table().columns();
        this.metas = new FieldMeta[columns.size()];
        this.hiddenValues = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            this.metas[i] = table.flatMap(t -> t.field(c.field())).orElse(null);
            FieldMeta meta = this.metas[i];
            // hidden columns carry designer values, which are not checked against lookups
            this.allowed.add(c.lookup() == null || c.hidden() ? Optional.empty()
                    : lookups.values(c.lookup(), meta, meta == null ? null : meta.type()));
            if (c.hidden()) {
                this.hiddenValues[i] = effective(visibility.hiddenValue(c));
            }
        }
        this.keyColumns = keyColumns(keys, columns);
        this.plainLimits = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            this.plainLimits[i] = plainLimit(columns.get(i), metas[i]);
        }
    }

    /**
     * The most characters a value of the column may have when its length is all its rules ask about (then a value
     * that short needs no further checks, only its lookup); -1 when the column has other rules, a typed value or is
     * hidden.
     */
    private static int plainLimit(Column c, @Nullable FieldMeta meta) {
        return c.hidden() ? -1 : FieldValues.plainLimit(meta == null ? null : meta.type(), c.validationOrNone());
    }

    /** {@code value.toLowerCase(Locale.ROOT)}, without a new string for the usual ASCII value. */
    private static void appendLowerCase(StringBuilder key, String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                key.append(value.toLowerCase(Locale.ROOT));
                return;
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            key.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
    }

    private static int @Nullable [] keyColumns(List<FieldMeta> keys, List<Column> columns) {
        if (keys.isEmpty()) {
            return null;
        }
        int[] at = new int[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            at[k] = columnOf(columns, keys.get(k).name());
            if (at[k] < 0) {
                // a key field the question does not have: no row has a key
                return null;
            }
        }
        return at;
    }

    private static int columnOf(List<Column> columns, String field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equals(field)) {
                return i;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equalsIgnoreCase(field)) {
                return i;
            }
        }
        return -1;
    }

    public Question question() {
        return question;
    }

    /** What the rows are checked against besides themselves (see {@link RowErrorsMemory}). */
    RowErrorsMemory.CheckedAgainst checkedAgainst() {
        List<Optional<List<String>>> values = new ArrayList<>();
        List<Optional<String>> sources = new ArrayList<>();
        for (Optional<LookupValues> a : allowed) {
            values.add(a.map(LookupValues::values));
            sources.add(a.map(LookupValues::source));
        }
        List<Optional<String>> hidden = new ArrayList<>();
        for (String v : hiddenValues) {
            hidden.add(Optional.ofNullable(v));
        }
        return new RowErrorsMemory.CheckedAgainst(List.copyOf(values), List.copyOf(sources), List.copyOf(hidden));
    }

    /** The lookups this checker resolves, e.g. for the grid's list choices. */
    public Lookups lookups() {
        return lookups;
    }

    /**
     * A row given as field to text (any letter case of the field names) as cells by column: the form the other
     * methods take, indexed like the question's columns ({@code question().table().columns()}).
     */
    public @Nullable String[] cells(Map<String, String> raw) {
        @Nullable String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            Column c = columns.get(i);
            if (!c.hidden()) {
                cells[i] = Visibility.cell(raw, c.field());
            }
        }
        return cells;
    }

    /** Every problem with the row's cells ({@code row} is the 1-based number the messages refer to). */
    public List<ValidationError> check(int row, Map<String, String> raw) {
        return check(row, cells(raw));
    }

    /**
     * Every problem with a row given as cells by column ({@link #cells}; null or blank is empty, values of hidden
     * columns are ignored): the form a large import reads its rows in. An empty list (shared) when the row is fine.
     */
    public List<ValidationError> check(int row, @Nullable String[] cells) {
        List<ValidationError> errors = null;
        for (int i = 0; i < metas.length; i++) {
            Column c = columns.get(i);
            FieldMeta meta = metas[i];
            String v = value(i, cells);
            if (v == null) {
                if (c.mandatory() || (meta != null && meta.mandatory())) {
                    errors = add(errors, new ValidationError(question.shortName(), row, c.field(),
                            c.label() + " must be filled in."));
                }
                continue;
            }
            if (!c.hidden()) {
                Optional<LookupValues> lookup = allowed.get(i);
                if (v.length() <= plainLimits[i] && (lookup.isEmpty() || lookup.get().values().isEmpty()
                        || lookup.get().contains(v))) {
                    // short enough (a character is at most one code point) and allowed: what the rules below find
                    continue;
                }
                List<ValidationError> found = errors == null ? new ArrayList<>(1) : errors;
                validator.checkValue(question.shortName(), row, c.field(), v, meta == null ? null : meta.type(),
                        c.validationOrNone(), c.label(), allowed.get(i), found);
                if (!found.isEmpty()) {
                    errors = found;
                }
            }
        }
        return errors == null ? List.of() : errors;
    }

    private static List<ValidationError> add(@Nullable List<ValidationError> errors, ValidationError e) {
        List<ValidationError> out = errors == null ? new ArrayList<>(2) : errors;
        out.add(e);
        return out;
    }

    /** The value of column {@code i} as the rules see it: a hidden column's own, else the row's cell {@link #effective}. */
    private @Nullable String value(int i, @Nullable String[] cells) {
        return columns.get(i).hidden() ? hiddenValues[i] : effective(cells[i]);
    }

    /** A cell as the rules see it: trimmed, null when blank. */
    private static @Nullable String effective(@Nullable String value) {
        // blank as the answers see it (any white space), then trimmed as they store it
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * The row's key as rows are compared for repeats (letter case ignored, parts separated by a control character
     * no entered value contains); empty when the table has no key or a key cell is missing (reported by
     * {@link #check} as a missing mandatory cell).
     */
    public Optional<String> key(Map<String, String> raw) {
        StringBuilder key = new StringBuilder();
        return key(cells(raw), key) ? Optional.of(key.toString()) : Optional.empty();
    }

    /**
     * Appends the key of a row given as cells by column ({@link #cells}) to {@code key}, as {@link #key(Map)}
     * returns it, without a string per row; false (and nothing appended) when the row has no key.
     */
    public boolean key(@Nullable String[] cells, StringBuilder key) {
        int[] at = keyColumns;
        if (at == null) {
            return false;
        }
        int start = key.length();
        for (int column : at) {
            String v = value(column, cells);
            if (v == null) {
                key.setLength(start);
                return false;
            }
            appendLowerCase(key, v);
            key.append('\u001F');
        }
        return true;
    }

    /** The problem of a row that repeats the key of row {@code firstRow}. */
    public ValidationError repeatedKey(int row, int firstRow, Map<String, String> raw) {
        return repeatedKey(row, firstRow, cells(raw));
    }

    /** As {@link #repeatedKey(int, int, Map)}, for a row given as cells by column. */
    public ValidationError repeatedKey(int row, int firstRow, @Nullable String[] cells) {
        return repeated(row, cells, "row " + firstRow);
    }

    /** The problem of a new row that repeats the key of a row already saved (an import that appends). */
    public ValidationError repeatsSavedRow(int row, Map<String, String> raw) {
        return repeatsSavedRow(row, cells(raw));
    }

    /** As {@link #repeatsSavedRow(int, Map)}, for a row given as cells by column. */
    public ValidationError repeatsSavedRow(int row, @Nullable String[] cells) {
        return repeated(row, cells, "a row already saved");
    }

    private ValidationError repeated(int row, @Nullable String[] cells, String where) {
        StringJoiner labels = new StringJoiner(", ");
        StringJoiner values = new StringJoiner(", ");
        for (FieldMeta k : keys) {
            int i = columnOf(columns, k.name());
            labels.add(i < 0 ? k.name() : columns.get(i).label());
            values.add(String.valueOf(i < 0 ? null : value(i, cells)));
        }
        return new ValidationError(question.shortName(), row, keys.get(keys.size() - 1).name(),
                "This row repeats " + labels + " '" + values + "' of " + where + ".");
    }
}
