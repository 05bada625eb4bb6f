package org.rapidstart.provisioning.preference;

import java.time.ZoneId;
import java.util.Locale;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** The three preference columns a person's and an organization's row share. */
@Embeddable
class PreferenceColumns {

	private @Nullable String language;

	private @Nullable String timeZone;

	private @Nullable String dateFormat;

	Preferences get() {
		return new Preferences((this.language != null) ? Locale.forLanguageTag(this.language) : null,
				(this.timeZone != null) ? ZoneId.of(this.timeZone) : null,
				(this.dateFormat != null) ? DateFormat.valueOf(this.dateFormat) : null);
	}

	void set(Preferences preferences) {
		this.language = (preferences.language() != null) ? preferences.language().toLanguageTag() : null;
		this.timeZone = (preferences.timeZone() != null) ? preferences.timeZone().getId() : null;
		this.dateFormat = (preferences.dateFormat() != null) ? preferences.dateFormat().name() : null;
	}

}
