package org.rapidstart.customer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerFixtures.Partner;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerHome;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.preference.PreferenceSettings;
import org.rapidstart.provisioning.preference.Preferences;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Preferences decide how every page shows dates and which language it speaks: the user's own choice, else the
 * organization's default (set by an Administrator only), else the portal's.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
class PreferencesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CustomerFixtures fixtures;

	@Autowired
	CustomerHome home;

	@Autowired
	PreferenceSettings settings;

	CustomerActor admin;

	CustomerActor configurator;

	Instant trialEnd;

	@BeforeEach
	void setUp() {
		Partner partner = this.fixtures.partner();
		this.admin = this.fixtures.activatedAdmin(partner, "pia");
		this.fixtures.agree(this.admin);
		this.configurator = this.fixtures.invitedUser(this.admin, "cody", Set.of(CustomerRole.CONFIGURATOR));
		this.trialEnd = this.home.organisation(this.admin).trialEndsAt();
	}

	private String day(String pattern, String zone) {
		return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(this.trialEnd.atZone(ZoneId.of(zone)));
	}

	@Test
	void theOrganisationsDefaultsApplyUntilAUserChoosesOtherwise() throws Exception {
		SignedInSession admin = SignedInSession.signIn(this.mvc, this.admin.signInId());
		SignedInSession configurator = SignedInSession.signIn(this.mvc, this.configurator.signInId());
		assertThat(homePage(configurator)).contains(day("MMM d, yyyy", "UTC"));

		assertThat(admin.send(post("/preferences/organisation").param("timeZone", "Pacific/Kiritimati")
			.param("dateFormat", "ISO")
			.param("language", "")
			.with(csrf())).getRedirectedUrl()).isEqualTo("/preferences");
		assertThat(homePage(configurator)).contains(day("yyyy-MM-dd", "Pacific/Kiritimati"));

		configurator.send(post("/preferences").param("dateFormat", "DOTTED").param("timeZone", "")
			.param("language", "").with(csrf()));
		assertThat(homePage(configurator)).as("own format, the organization's zone")
			.contains(day("dd.MM.yyyy", "Pacific/Kiritimati"));
		assertThat(homePage(admin)).contains(day("yyyy-MM-dd", "Pacific/Kiritimati"));
		assertThat(this.settings.own(this.configurator.accountId()).dateFormat()).hasToString("DOTTED");
	}

	@Test
	void theLanguagePreferenceDecidesTheLanguageOfThePages() throws Exception {
		SignedInSession configurator = SignedInSession.signIn(this.mvc, this.configurator.signInId());
		assertThat(homePage(configurator)).contains(">Home<").contains(">Preferences<");
		configurator.send(post("/preferences").param("language", "de").param("timeZone", "").param("dateFormat",
				"DAY_MONTH_YEAR").with(csrf()));
		String page = homePage(configurator);
		assertThat(page).contains(">Startseite<").contains(">Einstellungen<");
		assertThat(page).contains(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.GERMAN)
			.format(this.trialEnd.atZone(ZoneId.of("UTC"))));
		assertThat(configurator.send(get("/preferences")).getContentAsString()).contains("Deutsch").contains("English");
	}

	@Test
	void aChoiceThePortalDoesNotOfferIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
		SignedInSession admin = SignedInSession.signIn(this.mvc, this.admin.signInId());
		String page = admin.send(post("/preferences").param("timeZone", "Mars/Olympus_Mons")
			.param("language", "tlh")
			.param("dateFormat", "ISO")
			.with(csrf())).getContentAsString();
		assertThat(page).contains("Choose a time zone from the list").contains("Choose one of the languages listed")
			.contains("is-invalid");
		assertThat(this.settings.own(this.admin.accountId())).isEqualTo(Preferences.NONE);
	}

	@Test
	void onlyAnAdministratorSeesAndSetsTheOrganisationsDefaults() throws Exception {
		SignedInSession configurator = SignedInSession.signIn(this.mvc, this.configurator.signInId());
		assertThat(configurator.send(get("/preferences")).getContentAsString()).contains("Your preferences")
			.doesNotContain("Organization defaults");
		assertThat(configurator.send(post("/preferences/organisation").param("timeZone", "Asia/Tokyo")
			.param("language", "")
			.param("dateFormat", "")
			.with(csrf())).getStatus()).isEqualTo(403);
		assertThat(this.settings.organisation(this.admin)).isEqualTo(Preferences.NONE);

		SignedInSession admin = SignedInSession.signIn(this.mvc, this.admin.signInId());
		assertThat(admin.send(get("/preferences")).getContentAsString()).contains("Organization defaults")
			.contains("Default time zone");
	}

	private String homePage(SignedInSession session) throws Exception {
		return session.send(get("/")).getContentAsString();
	}

}
