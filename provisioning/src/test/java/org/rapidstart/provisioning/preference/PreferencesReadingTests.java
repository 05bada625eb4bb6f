package org.rapidstart.provisioning.preference;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Reading a preferences form: blank is "not chosen", offered choices are taken, every other one is named. */
class PreferencesReadingTests {

	private final List<RuleViolation> problems = new ArrayList<>();

	private Preferences read(String language, String timeZone, String dateFormat) {
		return Preferences.read(language, timeZone, dateFormat, Locale.GERMAN::equals, this.problems::add);
	}

	@Test
	void blankChoicesAreNotChosen() {
		assertThat(read("", " ", "")).isEqualTo(Preferences.NONE);
		assertThat(this.problems).isEmpty();
	}

	@Test
	void offeredChoicesAreTakenTrimmed() {
		assertThat(read(" de ", " Asia/Tokyo ", " DOTTED "))
			.isEqualTo(new Preferences(Locale.GERMAN, ZoneId.of("Asia/Tokyo"), DateFormat.DOTTED));
		assertThat(this.problems).isEmpty();
	}

	@Test
	void everyChoiceNotOfferedIsNamedOnItsFieldAndReadAsNotChosen() {
		assertThat(read("tlh", "Mars/Olympus_Mons", "STARDATE")).isEqualTo(Preferences.NONE);
		assertThat(this.problems).extracting(RuleViolation::field, RuleViolation::code, RuleViolation::getMessage)
			.containsExactly(
					tuple("language", "preferences.language.unknown",
							"Choose one of the languages listed."),
					tuple("timeZone", "preferences.timeZone.unknown",
							"Choose a time zone from the list, such as Europe/Dublin."),
					tuple("dateFormat", "preferences.dateFormat.unknown",
							"Choose one of the date formats listed."));
	}

	@Test
	void aZoneIdJavaKnowsButThePortalDoesNotOfferIsRefused() {
		assertThat(read("", "Etc/GMT+5", "").timeZone()).isNull();
		assertThat(this.problems).extracting(RuleViolation::field).containsExactly("timeZone");
	}

}
