package org.rapidstart.aos.classop;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.rapidstart.aos.metadata.Company;

/** One named operation; parameters arrive as a JSON object, problems come back as AX-style messages. */
interface ClassOperation {

	String name();

	List<ParameterInfo> parameters();

	OperationResult run(Company company, Map<String, @Nullable Object> parameters);

	record ParameterInfo(String name, String type, boolean mandatory, String description) {
	}

}
