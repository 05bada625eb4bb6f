package org.rapidstart.questionnaire.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Null-tolerant helpers for record constructors: JSON leaves out empty values, the model never holds null lists. */
public final class Lists {
    private Lists() {
    }

    public static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A blank optional text is no text: keeps {@code ""} and {@code null} from being two different "nothing"s. */
    public static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
