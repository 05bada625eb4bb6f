package org.rapidstart.provisioning.preference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.Fixtures;
import org.rapidstart.provisioning.NotAllowedException;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.lifecycle.CustomerDataPurging;
import org.rapidstart.provisioning.partner.PartnerActor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ProvisioningTest
class PreferenceSettingsTests {

	private static final EffectivePreferences PORTAL = new EffectivePreferences(Locale.ENGLISH, ZoneId.of("UTC"),
			DateFormat.MONTH_DAY_YEAR);

	@Autowired
	PreferenceSettings settings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CustomerEnrolment enrolment;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void ownChoicesComeFirstThenTheOrganisationsThenThePortals() {
		long customerId = customer();
		long accountId = account();
		CustomerActor admin = new CustomerActor(accountId, "a@example.com", customerId, Set.of(CustomerRole.ADMINISTRATOR));
		assertThat(this.settings.effective(accountId, customerId, PORTAL)).isEqualTo(PORTAL);

		this.settings.saveOrganisation(admin, new Preferences(null, ZoneId.of("Europe/Dublin"), DateFormat.ISO));
		this.settings.saveOwn(admin, new Preferences(Locale.GERMAN, null, DateFormat.DOTTED));
		EffectivePreferences effective = this.settings.effective(accountId, customerId, PORTAL);
		assertThat(effective).isEqualTo(new EffectivePreferences(Locale.GERMAN, ZoneId.of("Europe/Dublin"),
				DateFormat.DOTTED));
		assertThat(this.settings.effective(accountId, null, PORTAL).timeZone()).isEqualTo(ZoneId.of("UTC"));

		Instant lateEvening = Instant.parse("2025-01-31T23:30:00Z");
		assertThat(effective.date(lateEvening)).as("Dublin is on GMT in winter").isEqualTo("31.01.2025");
		assertThat(new EffectivePreferences(Locale.ENGLISH, ZoneId.of("Asia/Tokyo"), DateFormat.DAY_MONTH_YEAR)
			.dateTime(lateEvening)).isEqualTo("1 Feb 2025 08:30 Asia/Tokyo");
		assertThat(effective.day(LocalDate.of(2025, 3, 4))).isEqualTo("04.03.2025");
	}

	@Test
	void onlyAnAdministratorSetsTheOrganisationsDefaultsAndAPurgeRemovesThem() {
		long customerId = customer();
		long accountId = account();
		CustomerActor designer = new CustomerActor(accountId, "d@example.com", customerId, Set.of(CustomerRole.DESIGNER));
		assertThatThrownBy(() -> this.settings.saveOrganisation(designer, new Preferences(null, ZoneId.of("UTC"), null)))
			.isInstanceOf(NotAllowedException.class);
		CustomerActor admin = new CustomerActor(accountId, "d@example.com", customerId, Set.of(CustomerRole.ADMINISTRATOR));
		this.settings.saveOrganisation(admin, new Preferences(null, ZoneId.of("Asia/Tokyo"), null));
		assertThat(this.settings.organisation(admin).timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));

		this.transactions.executeWithoutResult(s -> this.settings.onPurge(new CustomerDataPurging(customerId)));
		assertThat(this.settings.organisation(admin)).isEqualTo(Preferences.NONE);
	}

	private long account() {
		long id = this.jdbc.queryForObject("select nextval('account_seq')", Long.class);
		this.jdbc.update("insert into account (id, sign_in_id, display_name, enabled, created_at) "
				+ "values (?, ?, 'Pat', true, now())", id, "pref-" + id + "@example.com");
		return id;
	}

	private long customer() {
		PartnerActor partner = this.fixtures.activatedAdmin(this.fixtures.voiceWorld().partnerA());
		return this.enrolment.create(partner, new NewCustomer(null, "Pref Org", null, null, null, null, "US",
				"Pat Pref", "pat@pref.example", "x@example.com")).getId();
	}

}
