package org.rapidstart.provisioning.preference;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The time zones people can choose: UTC and the region-based ids they recognise (Europe/Dublin, Asia/Tokyo ...). */
public final class TimeZones {

	private static final List<String> OFFERED;

	static {
		List<String> ids = new ArrayList<>(ZoneId.getAvailableZoneIds()
			.stream()
			.filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
			.sorted()
			.toList());
		ids.add(0, "UTC");
		OFFERED = List.copyOf(ids);
	}

	private TimeZones() {
	}

	public static List<String> offered() {
		return OFFERED;
	}

	/** The zone, if it is one of those offered. */
	public static Optional<ZoneId> find(String id) {
		return OFFERED.contains(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
	}

}
