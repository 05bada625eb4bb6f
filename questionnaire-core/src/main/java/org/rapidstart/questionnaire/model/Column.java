package org.rapidstart.questionnaire.model;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.internal.Lists;

/**
 * A column of a Table or Data Import/Export question, mapped to a field of the question's table. A hidden column is
 * not entered: every row gets its {@code fixedValue}, or the answer of the question named by {@code valueFrom}
 * (e.g. the chart of accounts name on every main account). {@code mandatory} adds to the catalogue's mandatory flag.
 */
public record Column(String field, String label, boolean mandatory, boolean hidden, @Nullable String fixedValue,
                     @Nullable String valueFrom, @Nullable Validation validation, @Nullable Lookup lookup) {

    public Column {
        Objects.requireNonNull(field, "field");
        label = label == null || label.isBlank() ? field : label;
        fixedValue = Lists.blankToNull(fixedValue);
        valueFrom = Lists.blankToNull(valueFrom);
        validation = Validation.orNull(validation);
    }

    public static Column of(String field, String label) {
        return new Column(field, label, false, false, null, null, null, null);
    }

    public Column asMandatory() {
        return new Column(field, label, true, hidden, fixedValue, valueFrom, validation, lookup);
    }

    public Column withLookup(@Nullable Lookup l) {
        return new Column(field, label, mandatory, hidden, fixedValue, valueFrom, validation, l);
    }

    public Column withValidation(@Nullable Validation v) {
        return new Column(field, label, mandatory, hidden, fixedValue, valueFrom, v, lookup);
    }

    public Column hiddenWithFixedValue(String value) {
        return new Column(field, label, mandatory, true, value, null, validation, lookup);
    }

    public Column hiddenWithValueFrom(String question) {
        return new Column(field, label, mandatory, true, null, question, validation, lookup);
    }

    public Validation validationOrNone() {
        return validation == null ? Validation.NONE : validation;
    }
}
