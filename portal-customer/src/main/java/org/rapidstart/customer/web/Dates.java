package org.rapidstart.customer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Formats instants on Customer Portal pages ({@code ${@dates.date(x)}}) in the portal's time zone. */
@Component("dates")
public class Dates {

	private final ZoneId zone;

	private final DateTimeFormatter date = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

	private final DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH);

	private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

	Dates(@Value("${rapidstart.customer-portal.time-zone:UTC}") ZoneId zone) {
		this.zone = zone;
	}

	public String date(@Nullable Instant instant) {
		return (instant != null) ? this.date.format(instant.atZone(this.zone)) : "";
	}

	public String dateTime(@Nullable Instant instant) {
		return (instant != null) ? this.dateTime.format(instant.atZone(this.zone)) + " " + this.zone.getId() : "";
	}

	/** A calendar day (a target date): no time, so no time zone. */
	public String day(@Nullable LocalDate day) {
		return (day != null) ? this.date.format(day) : "";
	}

	/** A time to the second, for waits of seconds or minutes ("try again after 10:42:15 UTC"). */
	public String time(@Nullable Instant instant) {
		return (instant != null) ? this.time.format(instant.atZone(this.zone)) + " " + this.zone.getId() : "";
	}

}
