package org.rapidstart.provisioning.preference;

import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RuleViolation;

/**
 * Preferences as chosen, each possibly not chosen (null): then the next level decides (the organization's default,
 * then the portal's).
 */
public record Preferences(@Nullable Locale language, @Nullable ZoneId timeZone, @Nullable DateFormat dateFormat) {

	public static final Preferences NONE = new Preferences(null, null, null);

	/**
	 * Preferences as a preference row stores them (columns {@code language}, {@code time_zone}, {@code date_format}:
	 * a language tag, a zone id and a {@link DateFormat} name, each null when not chosen).
	 */
	public static Preferences stored(@Nullable String language, @Nullable String timeZone,
			@Nullable String dateFormat) {
		if (language == null && timeZone == null && dateFormat == null) {
			return NONE;
		}
		return new Preferences((language != null) ? Locale.forLanguageTag(language) : null,
				(timeZone != null) ? ZoneId.of(timeZone) : null,
				(dateFormat != null) ? DateFormat.valueOf(dateFormat) : null);
	}

	/**
	 * Choices as a preferences form sends them (fields {@code language}, {@code timeZone}, {@code dateFormat}; blank
	 * for "not chosen"), each checked against what is offered. A choice that is not offered is reported as a
	 * {@link RuleViolation} on its field (all of them, not just the first) and read as not chosen.
	 * @param offeredLanguages the languages the portal speaks
	 * @param problems told of each choice that is not offered
	 */
	public static Preferences read(String language, String timeZone, String dateFormat,
			Predicate<Locale> offeredLanguages, Consumer<RuleViolation> problems) {
		Locale chosenLanguage = null;
		if (!language.isBlank()) {
			chosenLanguage = Locale.forLanguageTag(language.trim());
			if (!offeredLanguages.test(chosenLanguage)) {
				chosenLanguage = null;
				problems.accept(new RuleViolation("language", "preferences.language.unknown",
						"Choose one of the languages listed."));
			}
		}
		ZoneId chosenZone = null;
		if (!timeZone.isBlank()) {
			chosenZone = TimeZones.find(timeZone.trim()).orElse(null);
			if (chosenZone == null) {
				problems.accept(new RuleViolation("timeZone", "preferences.timeZone.unknown",
						"Choose a time zone from the list, such as Europe/Dublin."));
			}
		}
		DateFormat chosenFormat = null;
		if (!dateFormat.isBlank()) {
			chosenFormat = DateFormat.find(dateFormat.trim()).orElse(null);
			if (chosenFormat == null) {
				problems.accept(new RuleViolation("dateFormat", "preferences.dateFormat.unknown",
						"Choose one of the date formats listed."));
			}
		}
		return new Preferences(chosenLanguage, chosenZone, chosenFormat);
	}

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
