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
    private final Visibility visibility;
    private final Lookups lookups;
    private final Optional<TableMeta> table;
    private final List<FieldMeta> keys;
    // the catalogue field of each column and the values its lookup allows, resolved once rather than per row
    private final @Nullable FieldMeta[] metas;
    private final List<Optional<LookupValues>> allowed = new ArrayList<>();
    // check() and key() are called one after the other for a row: its effective cells are worked out once
    private @Nullable Map<String, String> lastRaw;
    private Map<String, String> lastCells = Map.of();

    RowChecker(Validator validator, Question question, Visibility visibility, Lookups lookups) {
        this.validator = validator;
        this.question = question;
        this.visibility = visibility;
        this.lookups = lookups;
        this.table = validator.catalogue().table(question.table().table());
        this.keys = table.map(TableMeta::keyFields).orElse(List.of());
        List<Column> columns = question.table().columns();
        this.metas = new FieldMeta[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            String field = columns.get(i).field();
            this.metas[i] = table.flatMap(t -> t.field(field)).orElse(null);
            Column c = columns.get(i);
            FieldMeta meta = this.metas[i];
            // hidden columns carry designer values, which are not checked against lookups
            this.allowed.add(c.lookup() == null || c.hidden() ? Optional.empty()
                    : lookups.values(c.lookup(), meta, meta == null ? null : meta.type()));
        }
    }

    public Question question() {
        return question;
    }

    /** The lookups this checker resolves, e.g. for the grid's list choices. */
    public Lookups lookups() {
        return lookups;
    }

    /** Every problem with the row's cells ({@code row} is the 1-based number the messages refer to). */
    public List<ValidationError> check(int row, Map<String, String> raw) {
        List<ValidationError> errors = new ArrayList<>();
        Map<String, String> cells = effective(raw);
        List<Column> columns = question.table().columns();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            FieldMeta meta = metas[i];
            String v = Lookups.cell(cells, c.field());
            if (v == null) {
                if (c.mandatory() || (meta != null && meta.mandatory())) {
                    errors.add(new ValidationError(question.shortName(), row, c.field(),
                            c.label() + " must be filled in."));
                }
                continue;
            }
            if (!c.hidden()) {
                validator.checkValue(question.shortName(), row, c.field(), v, meta == null ? null : meta.type(),
                        c.validationOrNone(), c.label(), allowed.get(i), errors);
            }
        }
        return errors;
    }

    /**
     * The row's key as rows are compared for repeats (letter case ignored, parts separated by a control character
     * no entered value contains); empty when the table has no key or a key cell is missing (reported by
     * {@link #check} as a missing mandatory cell).
     */
    public Optional<String> key(Map<String, String> raw) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> cells = effective(raw);
        StringBuilder key = new StringBuilder();
        for (FieldMeta k : keys) {
            String v = Lookups.cell(cells, k.name());
            if (v == null) {
                return Optional.empty();
            }
            key.append(v.toLowerCase(Locale.ROOT)).append('\u001F');
        }
        return Optional.of(key.toString());
    }

    private Map<String, String> effective(Map<String, String> raw) {
        if (raw != lastRaw) {
            lastCells = visibility.effectiveRow(question.table(), raw);
            lastRaw = raw;
        }
        return lastCells;
    }

    /** The problem of a row that repeats the key of row {@code firstRow}. */
    public ValidationError repeatedKey(int row, int firstRow, Map<String, String> raw) {
        return repeated(row, raw, "row " + firstRow);
    }

    /** The problem of a new row that repeats the key of a row already saved (an import that appends). */
    public ValidationError repeatsSavedRow(int row, Map<String, String> raw) {
        return repeated(row, raw, "a row already saved");
    }

    private ValidationError repeated(int row, Map<String, String> raw, String where) {
        Map<String, String> cells = visibility.effectiveRow(question.table(), raw);
        StringJoiner labels = new StringJoiner(", ");
        StringJoiner values = new StringJoiner(", ");
        for (FieldMeta k : keys) {
            labels.add(question.table().column(k.name()).map(Column::label).orElse(k.name()));
            values.add(String.valueOf(Lookups.cell(cells, k.name())));
        }
        return new ValidationError(question.shortName(), row, keys.get(keys.size() - 1).name(),
                "This row repeats " + labels + " '" + values + "' of " + where + ".");
    }
}
