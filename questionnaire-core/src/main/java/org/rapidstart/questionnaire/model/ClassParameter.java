package org.rapidstart.questionnaire.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.internal.Lists;

/**
 * How one parameter of a class operation gets its value: a fixed value, the answer of another question
 * ({@code valueFrom}), or, when neither is set, answered directly on the Class question (the label is the prompt).
 */
public record ClassParameter(String name, String label, @Nullable String fixedValue, @Nullable String valueFrom,
                             @Nullable Validation validation, @Nullable Lookup lookup) {
    public ClassParameter {
        Objects.requireNonNull(name, "name");
        label = label == null || label.isBlank() ? name : label;
        fixedValue = Lists.blankToNull(fixedValue);
        valueFrom = Lists.blankToNull(valueFrom);
        validation = Validation.orNull(validation);
    }

    public static ClassParameter answered(String name, String label) {
        return new ClassParameter(name, label, null, null, null, null);
    }

    public static ClassParameter fixed(String name, String value) {
        return new ClassParameter(name, name, value, null, null, null);
    }

    public static ClassParameter from(String name, String question) {
        return new ClassParameter(name, name, null, question, null, null);
    }

    /** Whether the configurator answers this parameter on the Class question itself. */
    @JsonIgnore
    public boolean isAnswered() {
        return fixedValue == null && valueFrom == null;
    }

    public Validation validationOrNone() {
        return validation == null ? Validation.NONE : validation;
    }
}
