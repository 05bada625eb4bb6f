package org.rapidstart.provisioning.preference;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** The three preference columns a person's and an organization's row share. */
@Embeddable
class PreferenceColumns {

	private @Nullable String language;

	private @Nullable String timeZone;

	private @Nullable String dateFormat;

	Preferences get() {
		return Preferences.stored(this.language, this.timeZone, this.dateFormat);
	}

	void set(Preferences preferences) {
		this.language = (preferences.language() != null) ? preferences.language().toLanguageTag() : null;
		this.timeZone = (preferences.timeZone() != null) ? preferences.timeZone().getId() : null;
		this.dateFormat = (preferences.dateFormat() != null) ? preferences.dateFormat().name() : null;
	}

}
