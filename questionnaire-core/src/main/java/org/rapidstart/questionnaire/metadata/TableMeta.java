package org.rapidstart.questionnaire.metadata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An ERP table the designer can target: its scope and fields in the AOS's order. */
public record TableMeta(String name, Scope scope, List<FieldMeta> fields) {
    public TableMeta {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        fields = List.copyOf(fields);
    }

    public Optional<FieldMeta> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(fieldName)).findFirst();
    }

    /** The natural-key fields, in order; upserts match on them. */
    @JsonIgnore
    public List<FieldMeta> keyFields() {
        return fields.stream().filter(FieldMeta::key).toList();
    }
}
