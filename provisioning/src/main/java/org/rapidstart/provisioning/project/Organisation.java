package org.rapidstart.provisioning.project;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.builtin.Industry;

/** The organisation a project configures: its name, address, country/region and industry. */
public record Organisation(String name, @Nullable String street, @Nullable String city, @Nullable String state,
		@Nullable String postalCode, String countryRegion, Industry industry) {

	public Organisation {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(industry, "industry");
		name = name.trim();
		street = blankToNull(street);
		city = blankToNull(city);
		state = blankToNull(state);
		postalCode = blankToNull(postalCode);
		countryRegion = countryRegion.trim().toUpperCase(Locale.ROOT);
	}

	static Industry industry(String stored) {
		return Industry.valueOf(stored);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

}
