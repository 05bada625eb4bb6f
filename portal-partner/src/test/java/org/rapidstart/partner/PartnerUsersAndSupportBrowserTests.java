package org.rapidstart.partner;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.rapidstart.partner.PartnerFixtures.World;
import org.rapidstart.provisioning.lifecycle.TrialLifecycle;
import org.rapidstart.provisioning.partner.PartnerAccounts.SignInProfile;
import org.rapidstart.provisioning.voice.VoiceDirectory;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator adds a partner user who activates through the e-mail; Support imports the VOICE directory. */
@PartnerPortalTest
class PartnerUsersAndSupportBrowserTests extends PartnerPortalBrowserTest {

	@Autowired
	PartnerFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	VoiceDirectory voice;

	@Autowired
	TrialLifecycle lifecycle;

	void signIn(String signInId, String password) {
		browser.signIn(url("/sign-in"), signInId, password);
	}

	@Test
	void administratorAddsAPartnerUserWhoActivatesAndWorksWithoutAdminPages() {
		World world = this.fixtures.world();
		SignInProfile admin = this.fixtures.activatedAdmin(world.harborLane());
		signIn(admin.signInId(), PartnerFixtures.PASSWORD);
		browser.waitForText("Getting Started – Partner Portal");
		browser.press("Users").waitForText("Add a partner user");
		String colleague = "colleague-" + world.s().toLowerCase() + "@harborlane.example";
		browser.fill("Name", "Colin League").fill("Sign-in ID", "not-an-email").press("Send invitation");
		browser.waitForText("Enter a valid e-mail address");
		browser.fill("Sign-in ID", colleague).fill("Role", "User").press("Send invitation");
		browser.waitForText("Invitation sent to " + colleague);
		assertThat(browser.waitFor(By.id("users")).getText()).contains("Colin League").contains("Invitation sent");

		String link = CapturedMail.firstLink(
				CapturedMail.awaitMessage(TestSmtpServer.greenMail(), colleague, "added to the Partner Portal"));
		browser.driver().manage().deleteAllCookies();
		browser.open(mailed(link));
		browser.fill("Password", "colleague-secret").fill("Confirm password", "colleague-secret-typo")
			.press("Set password");
		browser.waitForText("The two passwords do not match.");
		browser.fill("Password", "colleague-secret").fill("Confirm password", "colleague-secret").press("Set password");
		browser.waitForText("Your password is set");

		// the link works once
		browser.open(mailed(link)).waitForText("already been used");

		signIn(colleague, "colleague-secret");
		browser.waitForText("Getting Started – Partner Portal");
		assertThat(browser.all(By.linkText("Users"))).isEmpty();
		browser.open(url("/users")).waitForText("Not allowed");
	}

	@Test
	void partnerOfRecordTurnsAProspectIntoACustomerWithItsVoiceNumber() {
		World world = this.fixtures.world();
		SignInProfile admin = this.fixtures.activatedAdmin(world.harborLane());
		signIn(admin.signInId(), PartnerFixtures.PASSWORD);
		browser.waitForText("Getting Started – Partner Portal");
		browser.press("Create a new customer").waitForText("Create a new customer");
		browser.fill("Organization name", "Trial Co " + world.s()).fill("Customer administrator name", "Tia Trial")
			.fill("Sign-in ID", "tia@trial.example").fill("Contact email address", "tia@trial.example")
			.press("Create customer");
		browser.waitForText("Trial Co " + world.s() + " was created.");
		browser.press("Trial Co " + world.s()).waitForText("Add the VOICE account number");

		// Cedar's partner of record is another partner
		browser.fill("Customer account number", world.cedar()).press("Add account number");
		browser.waitForText("has you as partner of record");
		browser.fill("Customer account number", world.alder()).press("Add account number");
		browser.waitForText("VOICE account number " + world.alder() + " added.");
		assertThat(browser.pageText()).doesNotContain("Add the VOICE account number").doesNotContain("Trial ends");
	}

	@Test
	void supportImportsTheVoiceDirectoryAndSeesBadRowsByLine(@TempDir Path folder) throws Exception {
		String suffix = String.valueOf(System.nanoTime() % 100000);
		String signIn = "support-" + suffix + "@rapidstart.example";
		createSupportUser(signIn);
		signIn(signIn, "support-secret-1");
		browser.waitForText("Support console");
		assertThat(browser.currentUrl()).as("Support lands on its console").endsWith("/support");

		Path bad = folder.resolve("partners-bad.csv");
		Files.writeString(bad, "partner_id,name,certified,schedule_c_signed\nPRT-S" + suffix
				+ ",Good Partner,yes,yes\n,No Id Partner,yes,maybe\n");
		browser.field("CSV file").sendKeys(bad.toString());
		browser.press("Import").waitForText("Nothing was imported");
		assertThat(browser.waitFor(By.id("import-errors")).getText()).contains("3 partner_id A value is required.")
			.contains("3 schedule_c_signed Expected yes or no");
		assertThat(this.voice.findPartner("PRT-S" + suffix)).isEmpty();

		Path good = folder.resolve("partners.csv");
		Files.writeString(good, "partner_id,name,certified,schedule_c_signed\nPRT-S" + suffix + ",Good Partner,yes,yes\n");
		browser.field("CSV file").sendKeys(good.toString());
		browser.press("Import").waitForText("1 partners imported from partners.csv.");
		assertThat(this.voice.findPartner("PRT-S" + suffix)).isPresent();
	}

	@Test
	void supportFindsAnInactiveTrialSeesItsLifecycleAndAuditTrailAndReactivatesIt() {
		World world = this.fixtures.world();
		SignInProfile admin = this.fixtures.activatedAdmin(world.harborLane());
		signIn(admin.signInId(), PartnerFixtures.PASSWORD);
		browser.waitForText("Getting Started – Partner Portal");
		String name = "Lapsed Co " + world.s();
		browser.press("Create a new customer").waitForText("Create a new customer");
		browser.fill("Organization name", name).fill("Customer administrator name", "Lena Lapse")
			.fill("Sign-in ID", "lena-" + world.s().toLowerCase() + "@lapsed.example")
			.fill("Contact email address", "lena@lapsed.example")
			.press("Create customer");
		browser.waitForText(name + " was created.");

		// the trial began 91 days ago (moving only this customer keeps the shared clock for the other tests)
		this.jdbc.update("update customer set created_at = created_at - interval '91 days' where organisation_name = ?",
				name);
		this.lifecycle.run();
		browser.press(name).waitForText("Inactive since");
		assertThat(browser.waitFor(By.id("lifecycle-state")).getText()).isEqualTo("Inactive");

		String support = "support-l" + world.s().toLowerCase() + "@rapidstart.example";
		createSupportUser(support);
		signIn(support, "support-secret-1");
		browser.waitForText("Support console");
		browser.fill("Organization name, VOICE account number or administrator sign-in ID", name).press("Find");
		browser.press(name).waitForText("Reactivate with a VOICE account number");
		assertThat(browser.waitFor(By.id("lifecycle-state")).getText()).isEqualTo("Inactive");
		assertThat(browser.waitFor(By.id("audit-trail")).getText()).contains(admin.signInId());

		// a number whose partner of record is another partner is refused, and nothing changes
		browser.fill("Customer account number", world.cedar()).press("Reactivate");
		browser.waitForText("partner of record");
		assertThat(browser.waitFor(By.id("lifecycle-state")).getText()).isEqualTo("Inactive");

		browser.fill("Customer account number", world.alder()).press("Reactivate");
		browser.waitForText("VOICE account number " + world.alder());
		assertThat(browser.waitFor(By.id("lifecycle-state")).getText()).isEqualTo("Active");
		assertThat(browser.waitFor(By.id("audit-trail")).getText()).contains(support);
	}

	/** Support accounts are created by the operator (the demo seeds one); here straight into the database. */
	private void createSupportUser(String signIn) {
		long accountId = this.jdbc.queryForObject("select nextval('account_seq')", Long.class);
		this.jdbc.update("insert into account (id, sign_in_id, display_name, password_hash, enabled, created_at) "
				+ "values (?, ?, 'Sam Support', ?, true, now())", accountId, signIn,
				this.passwords.encode("support-secret-1"));
		this.jdbc.update("insert into partner_user (id, account_id, partner_id, role, created_at) "
				+ "values (nextval('partner_user_seq'), ?, null, 'SUPPORT', now())", accountId);
	}

}
