package org.rapidstart.questionnaire.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.internal.Lists;

/**
 * Extra rules on an answer beyond its field type: a shorter maximum length, a Java regular expression the whole
 * value must match, a range (numbers or ISO dates, inclusive) and a list of allowed values (case-insensitive).
 */
public record Validation(@Nullable Integer maxLength, @Nullable String pattern, @Nullable String min,
                         @Nullable String max, List<String> allowedValues) {

    public static final Validation NONE = new Validation(null, null, null, null, List.of());

    public Validation {
        pattern = Lists.blankToNull(pattern);
        min = Lists.blankToNull(min);
        max = Lists.blankToNull(max);
        allowedValues = Lists.copy(allowedValues);
        if (maxLength != null && maxLength < 1) {
            throw new IllegalArgumentException("A maximum length must be at least 1.");
        }
    }

    public static Validation maxLength(int n) {
        return new Validation(n, null, null, null, List.of());
    }

    public static Validation pattern(String regex) {
        return new Validation(null, regex, null, null, List.of());
    }

    public static Validation range(@Nullable String min, @Nullable String max) {
        return new Validation(null, null, min, max, List.of());
    }

    public static Validation allowedValues(String... values) {
        return new Validation(null, null, null, null, List.of(values));
    }

    @JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Null for "no rules", so that documents leave the property out instead of writing {@code {}}. */
    static @Nullable Validation orNull(@Nullable Validation v) {
        return v == null || v.isEmpty() ? null : v;
    }
}
