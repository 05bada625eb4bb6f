package org.rapidstart.questionnaire.model;

import java.util.List;
import java.util.Map;
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

    /**
     * Whether the operation runs at load, given the parameter values answered on its question ({@code given}): an
     * optional operation with answered parameters of which none has a value is not run; any other one runs (and is
     * validated).
     */
    public boolean runs(boolean required, Map<String, String> given) {
        List<ClassParameter> answered = answeredParameters();
        return required || answered.isEmpty() || answered.stream()
                .anyMatch(p -> given.get(p.name()) != null && !given.get(p.name()).isBlank());
    }
}
