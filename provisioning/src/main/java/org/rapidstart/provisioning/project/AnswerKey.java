package org.rapidstart.provisioning.project;

import java.util.Locale;

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
