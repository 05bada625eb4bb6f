package org.rapidstart.provisioning.subscription;

import java.time.Duration;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.Fixtures;
import org.rapidstart.provisioning.Fixtures.VoiceWorld;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.SecureTokens;
import org.rapidstart.provisioning.account.LinkState;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestClock;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ProvisioningTest
class ServiceSignUpTests {

	@Autowired
	ServiceSignUp signUp;

	@Autowired
	CustomerEnrolment enrolment;

	@Autowired
	ActivationInvitations invitations;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	VoiceWorld world;

	PartnerActor alpha;

	PartnerActor beta;

	Customer customer;

	@BeforeEach
	void setUp() {
		this.world = this.fixtures.voiceWorld();
		this.alpha = this.fixtures.activatedAdmin(this.world.partnerA());
		this.beta = this.fixtures.activatedAdmin(this.world.partnerB());
		this.customer = this.enrolment.create(this.alpha, new NewCustomer(this.world.customerA1(), "Alder", null, null,
				null, null, "US", null, null, "it-" + this.world.suffix().toLowerCase() + "@alder.example"));
	}

	@Test
	void addsRapidStartForSupportedCountryWithItsDataCentre() {
		Subscription subscription = this.signUp.addRapidStart(this.alpha, this.customer.getId(), "dk");
		assertThat(subscription.getCountryRegion()).isEqualTo("DK");
		assertThat(subscription.getDataCentre()).isEqualTo("Europe (Amsterdam)");
		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.NOT_ACTIVATED);
		assertThat(this.signUp.serviceList(this.alpha)).extracting(Subscription::getId)
			.containsExactly(subscription.getId());
	}

	@Test
	void unsupportedCountryTellsToContactSupport() {
		assertThatThrownBy(() -> this.signUp.addRapidStart(this.alpha, this.customer.getId(), "BR"))
			.hasMessageContaining("not offered in Brazil")
			.hasMessageContaining("Contact Support");
	}

	@Test
	void serviceIsAddedOnlyOnceSoTheCountryCanNeverChange() {
		this.signUp.addRapidStart(this.alpha, this.customer.getId(), "US");
		assertThatThrownBy(() -> this.signUp.addRapidStart(this.alpha, this.customer.getId(), "GB"))
			.hasMessageContaining("already signed up");
	}

	@Test
	void sendActivationMailsASingleUseLinkStoredOnlyAsHash() {
		Subscription subscription = this.signUp.addRapidStart(this.alpha, this.customer.getId(), "US");
		String contact = "contact-" + this.world.suffix().toLowerCase() + "@alder.example";
		this.signUp.sendActivation(this.alpha, subscription.getId(), "Alex Admin", "Alex@Alder.example", contact);

		assertThat(this.signUp.get(this.alpha, subscription.getId()).getStatus())
			.isEqualTo(SubscriptionStatus.INVITATION_SENT);
		MimeMessage mail = CapturedMail.awaitMessage(TestSmtpServer.greenMail(), contact, "Activate RapidStart");
		String link = CapturedMail.firstLink(mail);
		assertThat(link).matches("http://localhost:8082/activation/[A-Za-z0-9_-]{43}");
		assertThat(CapturedMail.body(mail)).contains("alex@alder.example").contains("Alex Admin");
		String token = link.substring(link.lastIndexOf('/') + 1);
		ActivationInvitation invitation = this.invitations.findByTokenHash(SecureTokens.hash(token)).orElseThrow();
		assertThat(invitation.getSignInId()).isEqualTo("alex@alder.example");
		assertThat(invitation.state(this.clock.instant())).isEqualTo(LinkState.VALID);
		assertThat(invitation.getExpiresAt()).isEqualTo(invitation.getCreatedAt().plus(Duration.ofDays(7)));
		assertThat(this.invitations.findByTokenHash(token)).isEmpty();

		// PostgreSQL keeps microseconds (rounded), the test clock nanoseconds: step just past the stored expiry
		this.clock.advance(Duration.ofDays(7).plusMillis(1));
		assertThat(invitation.state(this.clock.instant())).isEqualTo(LinkState.EXPIRED);
	}

	@Test
	void sendingAgainSupersedesTheEarlierLink() {
		Subscription subscription = this.signUp.addRapidStart(this.alpha, this.customer.getId(), "US");
		ActivationInvitation first = this.signUp.sendActivation(this.alpha, subscription.getId(), "A", "a@alder.example",
				"a@alder.example");
		ActivationInvitation second = this.signUp.sendActivation(this.alpha, subscription.getId(), "B",
				"b@alder.example", "b@alder.example");
		assertThat(this.invitations.findById(reload(first)).orElseThrow().state(this.clock.instant()))
			.isEqualTo(LinkState.SUPERSEDED);
		assertThat(this.invitations.findById(reload(second)).orElseThrow().state(this.clock.instant()))
			.isEqualTo(LinkState.VALID);
	}

	@Test
	void customerAdministratorSignInMustDifferFromTheSendingPartnerUser() {
		Subscription subscription = this.signUp.addRapidStart(this.alpha, this.customer.getId(), "US");
		assertThatThrownBy(() -> this.signUp.sendActivation(this.alpha, subscription.getId(), "Me",
				this.alpha.signInId(), "me@alder.example"))
			.hasMessageContaining("other than your partner sign-in ID");
		assertThat(this.signUp.get(this.alpha, subscription.getId()).getStatus())
			.isEqualTo(SubscriptionStatus.NOT_ACTIVATED);
	}

	@Test
	void anotherPartnerCanNeitherSeeNorActivateTheService() {
		Subscription subscription = this.signUp.addRapidStart(this.alpha, this.customer.getId(), "US");
		assertThatThrownBy(() -> this.signUp.get(this.beta, subscription.getId()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.signUp.sendActivation(this.beta, subscription.getId(), "X", "x@x.example",
				"x@x.example"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.signUp.addRapidStart(this.beta, this.customer.getId(), "US"))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.signUp.serviceList(this.beta)).isEmpty();
	}

	private static long reload(ActivationInvitation invitation) {
		return (Long) org.springframework.test.util.ReflectionTestUtils.getField(invitation, "id");
	}

}
