package org.rapidstart.partner;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.rapidstart.partner.PartnerFixtures.World;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.partner.PartnerAccounts.SignInProfile;
import org.rapidstart.provisioning.partner.PartnerActor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A partner's own time zone and date format decide how Partner Portal pages show dates. */
@PartnerPortalTest
@AutoConfigureMockMvc
class PartnerPreferencesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PartnerFixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	CustomerEnrolment enrolment;

	@Test
	void datesFollowThePersonsTimeZoneAndDateFormat() {
		World world = this.fixtures.world();
		SignInProfile admin = this.fixtures.activatedAdmin(world.harborLane());
		UserDetails me = this.users.loadUserByUsername(admin.signInId());
		Customer customer = this.enrolment.create(new PartnerActor(admin.accountId(), admin.signInId(),
				admin.partnerId(), admin.voicePartnerId(), admin.role()),
				new NewCustomer(world.alder(), "Alder", null, null, null, null, "US", null, null, "it@alder.example"));
		String utc = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm").format(customer.getCreatedAt().atZone(ZoneId.of("UTC")))
				+ " UTC";
		assertThat(this.mvc.get().uri("/customers/{id}", customer.getId()).with(user(me))).hasStatusOk()
			.bodyText()
			.contains(utc);

		assertThat(this.mvc.post().uri("/preferences").param("timeZone", "Mars/Base").param("dateFormat", "ISO")
			.with(user(me)).with(csrf())).hasStatusOk().bodyText().contains("Choose a time zone from the list");
		assertThat(this.mvc.post().uri("/preferences").param("timeZone", "").param("dateFormat", "STARDATE")
			.with(user(me)).with(csrf())).hasStatusOk().bodyText().contains("Choose one of the date formats listed.");
		assertThat(this.mvc.post().uri("/preferences").param("timeZone", "Asia/Tokyo").param("dateFormat", "ISO")
			.with(user(me)).with(csrf())).hasStatus3xxRedirection();
		String tokyo = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(customer.getCreatedAt().atZone(ZoneId.of("Asia/Tokyo"))) + " Asia/Tokyo";
		assertThat(this.mvc.get().uri("/customers/{id}", customer.getId()).with(user(me))).bodyText().contains(tokyo);
		assertThat(this.mvc.get().uri("/preferences").with(user(me))).bodyText().contains("2025-01-31");
	}

}
