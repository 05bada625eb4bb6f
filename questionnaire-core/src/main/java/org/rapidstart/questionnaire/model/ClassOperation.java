package org.rapidstart.questionnaire.model;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.rapidstart.questionnaire.internal.Lists;

/** The ERP operation a Class question runs at load time, and where each of its parameters comes from. */
public record ClassOperation(String operation, List<ClassParameter> parameters) {
    public ClassOperation {
        Objects.requireNonNull(operation, "operation");
        parameters = Lists.copy(parameters);
    }

    @JsonIgnore
    public List<ClassParameter> answeredParameters() {
        return parameters.stream().filter(ClassParameter::isAnswered).toList();
    }
}
