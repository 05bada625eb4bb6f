package org.rapidstart.provisioning.project;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One stored answer: the value of a Field or Non-actionable question ({@code parameter} empty) or of an answered
 * parameter of a Class question; a null value is an answer someone cleared.
 */
record StoredAnswer(String question, String parameter, @Nullable String value, long groupId, long answersVersion,
		Instant changedAt, String changedBy) {

	AnswerKey key() {
		return new AnswerKey(this.question, this.parameter);
	}

}
