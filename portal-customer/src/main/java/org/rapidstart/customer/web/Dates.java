package org.rapidstart.customer.web;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Formats dates on Customer Portal pages ({@code ${@dates.date(x)}}, {@code ${@dates.dateTime(x)}}) in the
 * signed-in user's effective preferences: their time zone, date format and language (see {@link CurrentPreferences}).
 */
@Component("dates")
public class Dates {

	private final CurrentPreferences preferences;

	Dates(CurrentPreferences preferences) {
		this.preferences = preferences;
	}

	/** The day an instant falls on in the user's time zone ("Jan 31, 2025", "31/01/2025" ...). */
	public String date(@Nullable Instant instant) {
		return (instant != null) ? this.preferences.get().date(instant) : "";
	}

	/** Day and time to the minute, with the time zone ("Jan 31, 2025 14:05 Europe/Dublin"). */
	public String dateTime(@Nullable Instant instant) {
		return (instant != null) ? this.preferences.get().dateTime(instant) : "";
	}

	/** A time to the second, for waits of seconds or minutes ("try again after 10:42:15 UTC"). */
	public String time(@Nullable Instant instant) {
		return (instant != null) ? this.preferences.get().time(instant) : "";
	}

	/** A calendar day (a target date): no time, so no time zone; in the user's date format. */
	public String day(@Nullable LocalDate day) {
		return (day != null) ? this.preferences.get().day(day) : "";
	}

}
