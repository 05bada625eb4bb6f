package org.rapidstart.partner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.partner.PartnerFixtures.World;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.partner.PartnerAccounts.SignInProfile;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.provisioning.partner.PartnerRole;
import org.rapidstart.provisioning.subscription.ServiceSignUp;
import org.rapidstart.provisioning.subscription.Subscription;
import org.rapidstart.provisioning.subscription.SubscriptionStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may do what over HTTP: a partner reaches only its own customers and services whatever ids a request
 * carries, roles are enforced, and state-changing requests need the CSRF token.
 */
@PartnerPortalTest
@AutoConfigureMockMvc
class PartnerPortalSecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PartnerFixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	CustomerEnrolment enrolment;

	@Autowired
	ServiceSignUp signUp;

	@Autowired
	JdbcTemplate jdbc;

	UserDetails harbor;

	UserDetails ridgeway;

	Customer ridgewaysCustomer;

	Subscription ridgewaysService;

	@BeforeEach
	void setUp() {
		World world = this.fixtures.world();
		SignInProfile harborAdmin = this.fixtures.activatedAdmin(world.harborLane());
		SignInProfile ridgewayAdmin = this.fixtures.activatedAdmin(world.ridgeway());
		this.harbor = this.users.loadUserByUsername(harborAdmin.signInId());
		this.ridgeway = this.users.loadUserByUsername(ridgewayAdmin.signInId());
		PartnerActor ridgewayActor = new PartnerActor(ridgewayAdmin.accountId(), ridgewayAdmin.signInId(),
				ridgewayAdmin.partnerId(), ridgewayAdmin.voicePartnerId(), PartnerRole.PARTNER_ADMIN);
		this.ridgewaysCustomer = this.enrolment.create(ridgewayActor, new NewCustomer(world.cedar(), "Cedar", null,
				null, null, null, "GB", null, null, "it@cedar.example"));
		this.ridgewaysService = this.signUp.addRapidStart(ridgewayActor, this.ridgewaysCustomer.getId(), "GB");
	}

	@Test
	void signedOutVisitorsAreSentToSignIn() {
		assertThat(this.mvc.get().uri("/customers")).hasStatus(HttpStatus.FOUND).redirectedUrl()
			.endsWith("/sign-in");
		assertThat(this.mvc.get().uri("/")).hasStatusOk();
		assertThat(this.mvc.get().uri("/register")).hasStatusOk();
	}

	@Test
	void foreignCustomerIdsLookExactlyLikeUnknownOnes() {
		long foreign = this.ridgewaysCustomer.getId();
		assertThat(this.mvc.get().uri("/customers/{id}", foreign).with(user(this.ridgeway))).hasStatusOk();
		assertThat(this.mvc.get().uri("/customers/{id}", foreign).with(user(this.harbor)))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Not found")
			.doesNotContain("Cedar")
			.doesNotContain("Exception");
		assertThat(this.mvc.get().uri("/customers/{id}", 987654321L).with(user(this.harbor)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/customers/{id}/services/new", foreign).with(user(this.harbor)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/customers/{id}/services/rapidstart", foreign)
			.param("countryRegion", "US").with(user(this.harbor)).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/customers/{id}/voice-number", foreign)
			.param("voiceAccountNumber", "CUS-X").with(user(this.harbor)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void foreignServiceCannotBeActivated() {
		long foreign = this.ridgewaysService.getId();
		assertThat(this.mvc.get().uri("/services/{id}/activation", foreign).with(user(this.harbor)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/services/{id}/activation", foreign).param("adminName", "Eve")
			.param("signInId", "eve@evil.example").param("contactEmail", "eve@evil.example")
			.with(user(this.harbor)).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/services/{id}/next-steps", foreign).with(user(this.harbor)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.queryForObject("select status from subscription where id = ?", String.class, foreign))
			.isEqualTo(SubscriptionStatus.NOT_ACTIVATED.name());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from activation_invitation where subscription_id = ?", Long.class, foreign))
			.isZero();
		assertThat(this.mvc.get().uri("/services").with(user(this.harbor))).bodyText().doesNotContain("Cedar");
	}

	@Test
	void theCustomerPageAndTheServiceListNameTheCountryRegionNotItsCode() {
		assertThat(this.mvc.get().uri("/customers/{id}", this.ridgewaysCustomer.getId()).with(user(this.ridgeway)))
			.hasStatusOk()
			.bodyText()
			.contains("<span>United Kingdom</span>", "<td>United Kingdom</td>")
			.doesNotContain(">GB<");
		assertThat(this.mvc.get().uri("/services").with(user(this.ridgeway))).hasStatusOk()
			.bodyText()
			.contains("<td>United Kingdom</td>")
			.doesNotContain(">GB<");
	}

	@Test
	void theActivityPageShowsOnlyThePartnersOwnEvents() {
		assertThat(this.mvc.get().uri("/activity").with(user(this.ridgeway))).hasStatusOk()
			.bodyText()
			.contains("CUSTOMER_CREATED")
			.contains(this.ridgeway.getUsername());
		assertThat(this.mvc.get().uri("/activity").with(user(this.harbor))).hasStatusOk()
			.bodyText()
			.doesNotContain("CUSTOMER_CREATED")
			.doesNotContain(this.ridgeway.getUsername());
	}

	@Test
	void postWithoutCsrfTokenIsRefusedAndChangesNothing() {
		long before = this.jdbc.queryForObject("select count(*) from customer", Long.class);
		assertThat(this.mvc.post().uri("/customers/new").param("organisationName", "No Token Co")
			.param("contactEmail", "x@x.example").with(user(this.harbor))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject("select count(*) from customer", Long.class)).isEqualTo(before);
	}

	@Test
	void rolesDecideWhichPagesOpen() {
		assertThat(this.mvc.get().uri("/users").with(user(this.harbor))).hasStatusOk();
		assertThat(this.mvc.get().uri("/support").with(user(this.harbor))).hasStatus(HttpStatus.FORBIDDEN);
		UserDetails support = org.springframework.security.core.userdetails.User.withUsername("support@x.example")
			.password("x")
			.roles("SUPPORT")
			.build();
		assertThat(this.mvc.get().uri("/customers").with(user(support))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/users").with(user(support))).hasStatus(HttpStatus.FORBIDDEN);
		UserDetails partnerUser = org.springframework.security.core.userdetails.User.withUsername("u@x.example")
			.password("x")
			.roles("PARTNER_USER")
			.build();
		assertThat(this.mvc.get().uri("/users").with(user(partnerUser))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void createCustomerShowsEachErrorNextToItsFieldAndKeepsTheInput() {
		assertThat(this.mvc.post().uri("/customers/new").param("organisationName", "")
			.param("contactEmail", "not-an-address").param("street", "Kept Street 1")
			.with(user(this.harbor)).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Enter the organization name.")
			.contains("Enter a valid e-mail address")
			.contains("Kept Street 1");
	}

}
