package org.rapidstart.aos.document;

import com.fasterxml.jackson.annotation.JsonValue;

/** The outcome of one record in a batch, as the wire shows it. */
public enum RecordStatus {

	CREATED, UPDATED, UNCHANGED, FAILED;

	@JsonValue
	public String wireName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
