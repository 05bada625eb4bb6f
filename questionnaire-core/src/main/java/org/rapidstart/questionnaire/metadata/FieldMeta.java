package org.rapidstart.questionnaire.metadata;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** One field of an ERP table: its type, whether it must be filled in, whether it is part of the natural key. */
public record FieldMeta(String name, FieldType type, boolean mandatory, boolean key,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Relation relation) {
    public FieldMeta {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
