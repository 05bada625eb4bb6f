package org.rapidstart.provisioning.partner;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.Fixtures;
import org.rapidstart.provisioning.Fixtures.VoiceWorld;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.account.AccountLinks;
import org.rapidstart.provisioning.partner.PartnerAccounts.SignInProfile;
import org.rapidstart.provisioning.account.LinkState;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestClock;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ProvisioningTest
class PartnerAccountsTests {

	@Autowired
	PartnerAccounts accounts;

	@Autowired
	AccountLinks links;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void refusesUnknownPartnerId() {
		assertThatThrownBy(() -> this.accounts.register("PRT-NOPE", "Ann", "ann@x.example"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("is not in the VOICE directory")
			.extracting("field")
			.isEqualTo("partnerId");
	}

	@Test
	void refusesPartnerThatIsNotCertified() {
		VoiceWorld world = this.fixtures.voiceWorld();
		assertThatThrownBy(() -> this.accounts.register(world.uncertifiedPartner(), "Ann", "ann1@x.example"))
			.hasMessageContaining("is not a certified partner");
	}

	@Test
	void refusesPartnerThatHasNotSignedScheduleC() {
		VoiceWorld world = this.fixtures.voiceWorld();
		assertThatThrownBy(() -> this.accounts.register(world.unsignedPartner(), "Ann", "ann2@x.example"))
			.hasMessageContaining("has not signed the Online Services Addendum (Schedule C)");
	}

	@Test
	void firstPersonBecomesAdministratorAfterSettingPasswordFromTheEmailedLink() {
		VoiceWorld world = this.fixtures.voiceWorld();
		String signIn = "First.Person@" + world.suffix().toLowerCase() + ".example";
		this.accounts.register(world.partnerA().toLowerCase(), "First Person", signIn);

		assertThat(this.accounts.signInProfile(signIn)).get().extracting(SignInProfile::enabled).isEqualTo(false);
		String link = CapturedMail.firstLink(
				CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signIn.toLowerCase(), "Verify your sign-in ID"));
		assertThat(link).startsWith("http://localhost:8081/register/verify/");
		String token = link.substring(link.lastIndexOf('/') + 1);
		// only the hash is stored
		assertThat(this.jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Long.class,
				token)).isZero();

		this.accounts.completeSignUp(token, Fixtures.PASSWORD, Fixtures.PASSWORD);

		SignInProfile profile = this.accounts.signInProfile(signIn).orElseThrow();
		assertThat(profile.enabled()).isTrue();
		assertThat(profile.role()).isEqualTo(PartnerRole.PARTNER_ADMIN);
		assertThat(profile.passwordHash()).startsWith("{bcrypt}");
		assertThat(this.links.inspect(token).state()).isEqualTo(LinkState.USED);
		assertThatThrownBy(() -> this.accounts.completeSignUp(token, "another-password-1", "another-password-1"))
			.hasMessageContaining("already been used");
	}

	@Test
	void refusesSecondActivationOfAnActivatedPartner() {
		VoiceWorld world = this.fixtures.voiceWorld();
		this.fixtures.activatedAdmin(world.partnerA());
		assertThatThrownBy(() -> this.accounts.register(world.partnerA(), "Late", "late@x.example"))
			.hasMessageContaining("already has a Partner Portal account");
	}

	@Test
	void registeringAgainSupersedesTheEarlierLink() {
		VoiceWorld world = this.fixtures.voiceWorld();
		String signIn = "twice-" + world.suffix().toLowerCase() + "@x.example";
		this.accounts.register(world.partnerB(), "Twice", signIn);
		String first = token(CapturedMail.firstLink(
				CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signIn, "Verify")));
		this.accounts.register(world.partnerB(), "Twice", signIn);
		assertThat(this.links.inspect(first).state()).isEqualTo(LinkState.SUPERSEDED);
		assertThatThrownBy(() -> this.accounts.completeSignUp(first, Fixtures.PASSWORD, Fixtures.PASSWORD))
			.hasMessageContaining("newer link");
	}

	@Test
	void verificationLinkExpires() {
		VoiceWorld world = this.fixtures.voiceWorld();
		String signIn = "slow-" + world.suffix().toLowerCase() + "@x.example";
		this.accounts.register(world.partnerB(), "Slow", signIn);
		String token = token(CapturedMail.firstLink(
				CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signIn, "Verify")));
		this.clock.advance(Duration.ofDays(3));
		assertThat(this.links.inspect(token).state()).isEqualTo(LinkState.EXPIRED);
		assertThatThrownBy(() -> this.accounts.completeSignUp(token, Fixtures.PASSWORD, Fixtures.PASSWORD))
			.hasMessageContaining("expired");
	}

	@Test
	void refusesWeakOrMismatchedPasswordAndKeepsTheLinkUsable() {
		VoiceWorld world = this.fixtures.voiceWorld();
		String signIn = "weak-" + world.suffix().toLowerCase() + "@x.example";
		this.accounts.register(world.partnerB(), "Weak", signIn);
		String token = token(CapturedMail.firstLink(
				CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signIn, "Verify")));
		assertThatThrownBy(() -> this.accounts.completeSignUp(token, "short", "short"))
			.hasMessageContaining("at least 10");
		assertThatThrownBy(() -> this.accounts.completeSignUp(token, "long-enough-1", "long-enough-2"))
			.hasMessageContaining("do not match");
		assertThat(this.links.inspect(token).state()).isEqualTo(LinkState.VALID);
	}

	@Test
	void administratorAddsPartnerUserWhoSetsPasswordThroughInvitation() {
		VoiceWorld world = this.fixtures.voiceWorld();
		PartnerActor admin = this.fixtures.activatedAdmin(world.partnerA());
		String signIn = "colleague-" + world.suffix().toLowerCase() + "@x.example";
		this.accounts.inviteUser(admin, "Colleague", signIn, PartnerRole.PARTNER_USER);
		String token = token(CapturedMail.firstLink(
				CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signIn, "added to the Partner Portal")));
		this.accounts.completeSignUp(token, Fixtures.PASSWORD, Fixtures.PASSWORD);
		SignInProfile profile = this.accounts.signInProfile(signIn).orElseThrow();
		assertThat(profile.role()).isEqualTo(PartnerRole.PARTNER_USER);
		assertThat(profile.partnerId()).isEqualTo(admin.partnerId());
		assertThat(this.accounts.users(admin)).extracting(PartnerAccounts.PartnerUserView::signInId)
			.contains(signIn, admin.signInId());

		PartnerActor user = new PartnerActor(profile.accountId(), signIn, admin.partnerId(), admin.voicePartnerId(),
				PartnerRole.PARTNER_USER);
		assertThatThrownBy(() -> this.accounts.inviteUser(user, "X", "x-" + signIn, PartnerRole.PARTNER_ADMIN))
			.hasMessageContaining("Only a Partner Portal administrator");
	}

	@Test
	void aSignInIdInvitedByOnePartnerCannotActivateAnother() {
		VoiceWorld world = this.fixtures.voiceWorld();
		PartnerActor admin = this.fixtures.activatedAdmin(world.partnerA());
		String signIn = "invited-" + world.suffix().toLowerCase() + "@x.example";
		this.accounts.inviteUser(admin, "Invited", signIn, PartnerRole.PARTNER_USER);
		assertThatThrownBy(() -> this.accounts.register(world.partnerB(), "Invited", signIn))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("signInId"))
			.hasMessageContaining("already added to another Partner Portal account");
		assertThat(this.accounts.signInProfile(signIn).orElseThrow().partnerId()).isEqualTo(admin.partnerId());
	}

	private static String token(String link) {
		return link.substring(link.lastIndexOf('/') + 1);
	}

}
