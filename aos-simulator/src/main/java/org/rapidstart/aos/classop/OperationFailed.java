package org.rapidstart.aos.classop;

import java.util.List;

/** Thrown inside an operation's transaction so that nothing it wrote survives its failure. */
class OperationFailed extends RuntimeException {

	private final List<String> messages;

	OperationFailed(List<String> messages) {
		super(String.join(" ", messages));
		this.messages = List.copyOf(messages);
	}

	List<String> messages() {
		return this.messages;
	}

}
