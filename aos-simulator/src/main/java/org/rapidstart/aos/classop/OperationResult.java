package org.rapidstart.aos.classop;

import java.util.List;
import java.util.Map;

/** {@code completed} with what each table gained, or {@code failed} with messages and nothing changed. */
record OperationResult(String operation, String company, String status, List<String> messages,
		Map<String, Object> results) {

	static OperationResult failed(String operation, String company, List<String> messages) {
		return new OperationResult(operation, company, "failed", messages, Map.of());
	}

	boolean isFailed() {
		return "failed".equals(this.status);
	}

}
