package org.rapidstart.provisioning.template;

import java.time.Instant;

/**
 * Someone changed the template after the designer opened the page the change was made on; the change is refused
 * rather than silently overwriting theirs. Says who and when, so the designer knows whom to talk to.
 */
public class ConcurrentEditException extends RuntimeException {

	private final String changedBy;

	private final Instant changedAt;

	public ConcurrentEditException(String changedBy, Instant changedAt) {
		super("The template was changed by " + changedBy + " at " + changedAt + " after you opened it.");
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public String changedBy() {
		return this.changedBy;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

}
