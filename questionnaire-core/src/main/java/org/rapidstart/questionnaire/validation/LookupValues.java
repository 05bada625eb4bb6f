package org.rapidstart.questionnaire.validation;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The values a lookup allows, in the order they were answered, and a name for where they come from (the question
 * group that answers them, or the enum) to use in messages.
 */
public final class LookupValues {
    private final List<String> values;
    private final Set<String> exact;
    private final Set<String> lowerCase = new HashSet<>();
    private final String source;

    LookupValues(LinkedHashSet<String> values, String source) {
        this.values = List.copyOf(values);
        this.exact = Set.copyOf(values);
        this.values.forEach(v -> lowerCase.add(v.toLowerCase(Locale.ROOT)));
        this.source = source;
    }

    public List<String> values() {
        return values;
    }

    public String source() {
        return source;
    }

    /** Case-insensitive, as AX compares key values. */
    public boolean contains(String value) {
        // a file repeats the answered spelling as a rule: found without lower-casing it first
        return exact.contains(value) || lowerCase.contains(value.trim().toLowerCase(Locale.ROOT));
    }
}
