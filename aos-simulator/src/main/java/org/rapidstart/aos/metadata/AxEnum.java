package org.rapidstart.aos.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A base enum; values are matched by name, ignoring case, as AX does when it parses enum text. */
public record AxEnum(String name, List<String> values) {

	public AxEnum {
		values = List.copyOf(values);
	}

	public Optional<String> canonical(String text) {
		String upper = text.toUpperCase(Locale.ROOT);
		return this.values.stream().filter(v -> v.toUpperCase(Locale.ROOT).equals(upper)).findFirst();
	}

}
