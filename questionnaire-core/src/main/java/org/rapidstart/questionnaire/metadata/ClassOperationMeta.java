package org.rapidstart.questionnaire.metadata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named ERP operation that runs at load time. {@code creates} lists the tables whose records it makes, so that
 * the load plan can run it before the tables that refer to them.
 */
public record ClassOperationMeta(String name, List<ParameterMeta> parameters, List<String> creates) {
    public ClassOperationMeta {
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
        creates = creates == null ? List.of() : List.copyOf(creates);
    }

    public Optional<ParameterMeta> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equalsIgnoreCase(parameterName)).findFirst();
    }
}
