package org.rapidstart.provisioning;

import org.jspecify.annotations.Nullable;

/**
 * A domain rule refused a request. Carries the form field it concerns (or none) and a message code with an
 * English default, so a controller can turn it into {@code rejectValue(field, code, message)}.
 */
public class RuleViolation extends RuntimeException {

	private final @Nullable String field;

	private final String code;

	public RuleViolation(@Nullable String field, String code, String message) {
		super(message);
		this.field = field;
		this.code = code;
	}

	public @Nullable String field() {
		return this.field;
	}

	public String code() {
		return this.code;
	}

}
