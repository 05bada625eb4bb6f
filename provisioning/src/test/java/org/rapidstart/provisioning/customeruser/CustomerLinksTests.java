package org.rapidstart.provisioning.customeruser;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.Fixtures;
import org.rapidstart.provisioning.Fixtures.Prospect;
import org.rapidstart.provisioning.Fixtures.VoiceWorld;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.account.LinkState;
import org.rapidstart.provisioning.agreement.AgreementDocument;
import org.rapidstart.provisioning.agreement.Agreements;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.provisioning.subscription.ServiceSignUp;
import org.rapidstart.provisioning.subscription.Subscription;
import org.rapidstart.provisioning.subscription.SubscriptionStatus;
import org.rapidstart.testsupport.TestClock;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ProvisioningTest
class CustomerLinksTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ServiceSignUp signUp;

	@Autowired
	CustomerLinks links;

	@Autowired
	CustomerAccess access;

	@Autowired
	Agreements agreements;

	@Autowired
	TestClock clock;

	PartnerActor partner;

	Subscription subscription;

	String adminSignIn;

	Prospect prospect;

	@BeforeEach
	void setUp() {
		VoiceWorld world = this.fixtures.voiceWorld();
		this.partner = this.fixtures.activatedAdmin(world.partnerA());
		String s = world.suffix().toLowerCase();
		this.adminSignIn = "pat-" + s + "@prospect.example";
		this.prospect = this.fixtures.prospect(this.partner, "Prospect " + s, "Pat Prospect", this.adminSignIn,
				"contact-" + s + "@prospect.example");
		this.subscription = this.prospect.subscription();
	}

	private int sent;

	private String sendActivation() {
		return this.fixtures.sendActivation(this.partner, this.prospect, "contact" + (++this.sent) + "-" + this.adminSignIn);
	}

	@Test
	void creatingTheDesignatedAccountActivatesTheServiceAndMakesAnAdministrator() {
		String token = sendActivation();
		assertThat(this.links.inspect(LinkKind.ACTIVATION, token).accountExists()).isFalse();

		this.links.redeemByNewAccount(LinkKind.ACTIVATION, token, "Pat Prospect", Fixtures.PASSWORD,
				Fixtures.PASSWORD);

		Subscription active = this.signUp.get(this.partner, this.subscription.getId());
		assertThat(active.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(active.getActivatedAt()).isCloseTo(this.clock.instant(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
		CustomerAccess.SignInProfile profile = this.access.signInProfile(this.adminSignIn).orElseThrow();
		assertThat(profile.enabled()).isTrue();
		assertThat(profile.memberships()).singleElement()
			.satisfies(m -> assertThat(m.roles()).containsExactly(CustomerRole.ADMINISTRATOR));
		assertThat(this.links.inspect(LinkKind.ACTIVATION, token).state()).isEqualTo(LinkState.USED);
		assertThatThrownBy(() -> this.links.redeemByNewAccount(LinkKind.ACTIVATION, token, "Pat", Fixtures.PASSWORD,
				Fixtures.PASSWORD))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.code()).isEqualTo("link.used"))
			.hasMessageContaining("already been used");
	}

	@Test
	void signingInWithAnotherAccountIsRefusedAndNamesOnlyAMaskedSignInId() {
		String token = sendActivation();
		// the partner's own, real account: right password, wrong account
		assertThatThrownBy(
				() -> this.links.redeemBySignIn(LinkKind.ACTIVATION, token, this.partner.signInId(), Fixtures.PASSWORD))
			.isInstanceOfSatisfying(WrongAccountException.class,
					ex -> assertThat(ex.expectedSignInHint()).isEqualTo("p•••@prospect.example"));
		assertThatThrownBy(() -> this.links.redeemBySignIn(LinkKind.ACTIVATION, token, this.adminSignIn, "nope"))
			.hasMessageContaining("sign-in ID or password is not right");
		assertThat(this.links.inspect(LinkKind.ACTIVATION, token).state()).isEqualTo(LinkState.VALID);
		assertThat(this.signUp.get(this.partner, this.subscription.getId()).getStatus())
			.isEqualTo(SubscriptionStatus.INVITATION_SENT);
	}

	@Test
	void expiredAndSupersededLinksCannotBeUsed() {
		String first = sendActivation();
		String second = sendActivation();
		assertThat(this.links.inspect(LinkKind.ACTIVATION, first).state()).isEqualTo(LinkState.SUPERSEDED);
		assertThatThrownBy(() -> this.links.redeemByNewAccount(LinkKind.ACTIVATION, first, "Pat", Fixtures.PASSWORD,
				Fixtures.PASSWORD))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.code()).isEqualTo("link.superseded"))
			.hasMessageContaining("newer link");
		this.clock.advance(Duration.ofDays(8));
		assertThat(this.links.inspect(LinkKind.ACTIVATION, second).state()).isEqualTo(LinkState.EXPIRED);
		assertThatThrownBy(() -> this.links.redeemByNewAccount(LinkKind.ACTIVATION, second, "Pat", Fixtures.PASSWORD,
				Fixtures.PASSWORD))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.code()).isEqualTo("link.expired"))
			.hasMessageContaining("expired");
		assertThat(this.signUp.get(this.partner, this.subscription.getId()).getStatus())
			.isEqualTo(SubscriptionStatus.INVITATION_SENT);
		assertThat(this.links.inspect(LinkKind.ACTIVATION, "no-such-token").state()).isEqualTo(LinkState.UNKNOWN);
	}

	@Test
	void agreementsAreStoredWithVersionAndAskedForUntilAccepted() {
		String token = sendActivation();
		long accountId = this.links.redeemByNewAccount(LinkKind.ACTIVATION, token, "Pat", Fixtures.PASSWORD,
				Fixtures.PASSWORD).getId();
		CustomerActor actor = this.access.actor(accountId).orElseThrow();
		assertThat(this.agreements.pending(accountId)).extracting(Agreements.AgreementText::document)
			.containsExactly(AgreementDocument.ONLINE_SERVICES_AGREEMENT, AgreementDocument.PRIVACY_STATEMENT);

		assertThatThrownBy(() -> this.agreements.accept(actor,
				Map.of(AgreementDocument.ONLINE_SERVICES_AGREEMENT, "0.9", AgreementDocument.PRIVACY_STATEMENT,
						AgreementDocument.PRIVACY_STATEMENT.currentVersion())))
			.hasMessageContaining("has changed");
		this.agreements.accept(actor, Map.of(AgreementDocument.ONLINE_SERVICES_AGREEMENT,
				AgreementDocument.ONLINE_SERVICES_AGREEMENT.currentVersion(), AgreementDocument.PRIVACY_STATEMENT,
				AgreementDocument.PRIVACY_STATEMENT.currentVersion()));
		assertThat(this.agreements.pending(accountId)).isEmpty();
		assertThat(this.agreements.acceptedVersions(accountId)).isEqualTo(Set.of("ONLINE_SERVICES_AGREEMENT:1.0",
				"PRIVACY_STATEMENT:1.0"));
	}

}
