package org.rapidstart.provisioning.project;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.answers.Answers;

/**
 * What an answer belongs to: a question's short name, and for a Class question one of its answered parameters.
 * Written as {@code Question} or {@code Question|Parameter} in maps that cross the facade (a short name never holds
 * a {@code |}). Equal ignoring letter case, as short names are unique that way.
 */
public record AnswerKey(String question, String parameter) {

	public static final char SEPARATOR = '|';

	public AnswerKey {
		question = question.trim();
		parameter = parameter.trim();
	}

	public static AnswerKey parse(String key) {
		int i = key.indexOf(SEPARATOR);
		return (i < 0) ? new AnswerKey(key, "") : new AnswerKey(key.substring(0, i), key.substring(i + 1));
	}

	public static AnswerKey of(String question) {
		return new AnswerKey(question, "");
	}

	public boolean isParameter() {
		return !this.parameter.isEmpty();
	}

	/** The answers with this key's value in place; a blank or null value clears it. */
	public Answers applyTo(Answers answers, @Nullable String value) {
		return isParameter() ? answers.withParameter(this.question, this.parameter, value)
				: answers.with(this.question, value);
	}

	/** The answers with each value (keyed {@code Question} or {@code Question|Parameter}) in place. */
	public static Answers overlay(Answers answers, Map<String, String> values) {
		Answers out = answers;
		for (Map.Entry<String, String> e : values.entrySet()) {
			out = parse(e.getKey()).applyTo(out, e.getValue());
		}
		return out;
	}

	@Override
	public String toString() {
		return isParameter() ? this.question + SEPARATOR + this.parameter : this.question;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof AnswerKey k && k.question.equalsIgnoreCase(this.question)
				&& k.parameter.equalsIgnoreCase(this.parameter);
	}

	@Override
	public int hashCode() {
		return this.question.toLowerCase(Locale.ROOT).hashCode() * 31 + this.parameter.toLowerCase(Locale.ROOT).hashCode();
	}

}
