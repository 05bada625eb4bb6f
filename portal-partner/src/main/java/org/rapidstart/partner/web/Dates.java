package org.rapidstart.partner.web;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Formats dates on Partner Portal pages ({@code ${@dates.date(x)}}) in the signed-in person's time zone and date
 * format (see {@link CurrentPreferences}).
 */
@Component("dates")
public class Dates {

	private final CurrentPreferences preferences;

	Dates(CurrentPreferences preferences) {
		this.preferences = preferences;
	}

	public String date(@Nullable Instant instant) {
		return (instant != null) ? this.preferences.get().date(instant) : "";
	}

	public String dateTime(@Nullable Instant instant) {
		return (instant != null) ? this.preferences.get().dateTime(instant) : "";
	}

	/** A time to the second, for waits of seconds or minutes ("try again after 10:42:15 UTC"). */
	public String time(@Nullable Instant instant) {
		return (instant != null) ? this.preferences.get().time(instant) : "";
	}

	/** A calendar day: no time, so no time zone. */
	public String day(@Nullable LocalDate day) {
		return (day != null) ? this.preferences.get().day(day) : "";
	}

}
