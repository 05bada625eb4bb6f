package org.rapidstart.provisioning.preference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The date formats a person can choose; each is shown by example ("Jan 31, 2025", "31/01/2025" ...). */
public enum DateFormat {

	/** Month name first, as in the United States ("Jan 31, 2025"). */
	MONTH_DAY_YEAR("MMM d, yyyy"),

	/** Day first with the month name ("31 Jan 2025"). */
	DAY_MONTH_YEAR("d MMM yyyy"),

	/** ISO 8601 ("2025-01-31"). */
	ISO("yyyy-MM-dd"),

	/** Numeric, month first ("01/31/2025"). */
	NUMERIC_MONTH_FIRST("MM/dd/yyyy"),

	/** Numeric, day first ("31/01/2025"). */
	NUMERIC_DAY_FIRST("dd/MM/yyyy"),

	/** Numeric with dots, day first ("31.01.2025"). */
	DOTTED("dd.MM.yyyy");

	private static final LocalDate EXAMPLE = LocalDate.of(2025, 1, 31);

	private final String pattern;

	DateFormat(String pattern) {
		this.pattern = pattern;
	}

	/** The format of that name, if there is one. */
	public static Optional<DateFormat> find(String name) {
		return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
	}

	public String pattern() {
		return this.pattern;
	}

	/** A formatter for dates in this format, with month names in the given language. */
	public DateTimeFormatter formatter(Locale locale) {
		return DateTimeFormatter.ofPattern(this.pattern, locale);
	}

	/** How the format looks, for a choice list. */
	public String example(Locale locale) {
		return formatter(locale).format(EXAMPLE);
	}

}
