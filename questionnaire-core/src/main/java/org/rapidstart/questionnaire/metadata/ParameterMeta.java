package org.rapidstart.questionnaire.metadata;

import java.util.Objects;

/** One parameter of an ERP class operation. */
public record ParameterMeta(String name, FieldType type, boolean mandatory) {
    public ParameterMeta {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
