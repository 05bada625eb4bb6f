package org.rapidstart.provisioning.preference;

import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Preferences as chosen, each possibly not chosen (null): then the next level decides (the organization's default,
 * then the portal's).
 */
public record Preferences(@Nullable Locale language, @Nullable ZoneId timeZone, @Nullable DateFormat dateFormat) {

	public static final Preferences NONE = new Preferences(null, null, null);

	/** This level's choices, and the other's where this one chose nothing. */
	public Preferences over(Preferences fallback) {
		return new Preferences((this.language != null) ? this.language : fallback.language(),
				(this.timeZone != null) ? this.timeZone : fallback.timeZone(),
				(this.dateFormat != null) ? this.dateFormat : fallback.dateFormat());
	}

	/** What pages use: every choice made, the portal's defaults where nobody chose. */
	public EffectivePreferences over(EffectivePreferences defaults) {
		return new EffectivePreferences((this.language != null) ? this.language : defaults.language(),
				(this.timeZone != null) ? this.timeZone : defaults.timeZone(),
				(this.dateFormat != null) ? this.dateFormat : defaults.dateFormat());
	}

}
