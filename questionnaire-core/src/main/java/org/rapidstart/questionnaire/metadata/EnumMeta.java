package org.rapidstart.questionnaire.metadata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An ERP enum and its values in the AOS's order. */
public record EnumMeta(String name, List<String> values) {
    public EnumMeta {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    /** The canonical spelling of a value given in any letter case, if it is one of the enum's values. */
    public Optional<String> normalise(String value) {
        String v = value.trim();
        return values.stream().filter(x -> x.equalsIgnoreCase(v)).findFirst();
    }
}
