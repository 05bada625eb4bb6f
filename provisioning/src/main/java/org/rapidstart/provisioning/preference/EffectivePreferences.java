package org.rapidstart.provisioning.preference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The language, time zone and date format a page is shown in, and how dates look in them. Both portals' {@code dates}
 * beans format through here, so a date looks the same wherever it appears.
 */
public record EffectivePreferences(Locale language, ZoneId timeZone, DateFormat dateFormat) {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

	/** The day an instant falls on in this time zone ("Jan 31, 2025", "31/01/2025" ...). */
	public String date(Instant instant) {
		return day(instant.atZone(this.timeZone).toLocalDate());
	}

	/** Day and time to the minute, with the time zone ("Jan 31, 2025 14:05 Europe/Dublin"). */
	public String dateTime(Instant instant) {
		ZonedDateTime at = instant.atZone(this.timeZone);
		return day(at.toLocalDate()) + " " + MINUTES.format(at) + " " + this.timeZone.getId();
	}

	/** A time to the second, with the time zone ("10:42:15 UTC"), for waits of seconds or minutes. */
	public String time(Instant instant) {
		return SECONDS.format(instant.atZone(this.timeZone)) + " " + this.timeZone.getId();
	}

	/** A calendar day (no time, so no time zone) in this date format and language. */
	public String day(LocalDate day) {
		return this.dateFormat.formatter(this.language).format(day);
	}

}
