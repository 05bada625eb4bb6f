package org.rapidstart.customer;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.rapidstart.customer.CustomerFixtures.Activation;
import org.rapidstart.customer.CustomerFixtures.AssignedGroup;
import org.rapidstart.customer.CustomerFixtures.Partner;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerHome;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.UserManagement;
import org.rapidstart.provisioning.subscription.ServiceSignUp;
import org.rapidstart.provisioning.subscription.Subscription;
import org.rapidstart.provisioning.subscription.SubscriptionStatus;
import org.rapidstart.testsupport.Browser;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed pages' customer side, walked in headless Chromium: the activation e-mail leads to an active Customer
 * Portal, the administrator agrees to the agreements, invites a second user, and that user activates too. A user of
 * two organizations chooses and switches between them, and the link of an assignment e-mail moves her to the
 * organization of the question group.
 */
@CustomerPortalTest
class CustomerActivationBrowserTests extends CustomerPortalBrowserTest {

	@Autowired
	CustomerFixtures fixtures;

	@Autowired
	ServiceSignUp signUp;

	@Autowired
	UserManagement management;

	@Autowired
	CustomerHome home;

	/** Ticks the box (scrolled into view first: the texts above are long) and agrees. */
	static void agree() {
		agree(browser);
	}

	static void agree(Browser browser) {
		org.openqa.selenium.WebElement box = browser.field(
				"I have read and agree to the online services agreement and the privacy statement");
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block:'center', behavior:'instant'})", box);
		browser.check("I have read and agree to the online services agreement and the privacy statement");
		browser.press("I agree");
	}

	@Test
	void activationLeadsToAnActivePortalWithASecondUserInvitedAndActivated() {
		Partner partner = this.fixtures.partner();
		Activation activation = this.fixtures.prospectWithActivation(partner, "carl");
		String link = mailed(activation.link());

		// another account is refused, naming only a masked form of the right one
		browser.driver().manage().deleteAllCookies();
		browser.open(link).waitForText("Activate RapidStart Services");
		assertThat(browser.pageText()).contains(activation.customer().getOrganisationName());
		// each form's labels lead to its own fields (both forms have a sign-in ID and a password)
		assertThat(browser.field("Sign-in ID")).isNotEqualTo(browser.field("Sign-in ID (e-mail address)"));
		assertThat(browser.field("Password")).isNotEqualTo(browser.field("Choose a password"));
		assertThat(browser.field("Password")
			.findElement(org.openqa.selenium.By.xpath("ancestor::form"))
			.getAttribute("action")).endsWith("/sign-in");
		browser.fill("Your name", "Carl Cedar").fill("Sign-in ID (e-mail address)", "someone@else.example")
			.fill("Choose a password", "carl-secret-12").fill("Confirm password", "carl-secret-12")
			.press("Create account");
		browser.waitForText("This invitation is for another account");
		assertThat(browser.pageText()).contains("c•••@customer.example").doesNotContain(activation.signInId());

		// the right account is created; the agreements come first
		browser.open(link).waitForText("Create your account");
		browser.fill("Your name", "Carl Cedar").fill("Sign-in ID (e-mail address)", activation.signInId())
			.fill("Choose a password", "short").fill("Confirm password", "short").press("Create account");
		browser.waitForText("Use at least 10 characters");
		browser.fill("Choose a password", "carl-secret-12").fill("Confirm password", "carl-secret-12")
			.press("Create account");
		browser.waitForText("Online services agreement and privacy statement");
		browser.press("I agree").waitForText("To use RapidStart Services, agree to");
		agree();
		browser.waitForText("Welcome to the Customer Portal");
		assertThat(browser.waitFor(By.id("services")).getText()).contains("RapidStart Services").contains("Active")
			.contains("Europe (Dublin)");

		// the partner's Service List shows the service as Active, with the activation date
		Subscription subscription = this.signUp.get(partner.actor(), activation.subscriptionId());
		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(subscription.getActivatedAt()).isNotNull();

		// the link is single-use
		browser.open(link).waitForText("This link cannot be used");
		assertThat(browser.pageText()).contains("already been used");

		// User Management: New User -> Save -> Send Invitation
		browser.open(url("/")).press("User Management").waitForText("Carl Cedar");
		browser.press("New User").waitForText("New User");
		String dana = "dana-" + partner.s() + "@customer.example";
		browser.fill("Name", "Dana Designer").fill("Sign-in ID", dana).fill("Contact email address",
				"dana-contact-" + partner.s() + "@customer.example");
		browser.check("Viewer").press("Save");
		browser.waitForText("Viewer is an add-on");
		browser.check("Designer").press("Save");
		browser.waitForText("Dana Designer was saved. Click Send Invitation");
		assertThat(browser.waitFor(By.id("user-status")).getText()).isEqualTo("Not invited");
		browser.press("Send Invitation").waitForText("Invitation sent to");
		MimeMessage invitation = CapturedMail.awaitMessage(TestSmtpServer.greenMail(),
				"dana-contact-" + partner.s() + "@customer.example", "invited");
		String invitationLink = mailed(CapturedMail.firstLink(invitation));

		// the last Administrator cannot be demoted
		browser.open(url("/users")).press("Carl Cedar").waitForText("Roles");
		browser.driver().findElement(By.id("role-ADMINISTRATOR")).click();
		browser.check("Configurator").press("Save roles");
		browser.waitForText("must keep at least one Administrator");

		// the second user activates through the e-mailed link
		browser.press("Sign out").waitForText("You have signed out");
		browser.open(invitationLink).waitForText("Accept your invitation");
		browser.fill("Sign-in ID (e-mail address)", dana).fill("Choose a password", "dana-secret-12")
			.fill("Confirm password", "dana-secret-12").press("Create account");
		browser.waitForText("Online services agreement and privacy statement");
		agree();
		browser.waitForText("Welcome to the Customer Portal");
		assertThat(browser.pageText()).doesNotContain("User Management");
		browser.open(url("/users")).waitForText("Not allowed");
	}

	@Test
	void signInRotatesTheSessionIdAndUnusableLinksSaySo() {
		Partner partner = this.fixtures.partner();
		this.fixtures.activatedAdmin(partner, "erin");
		browser.driver().manage().deleteAllCookies();
		browser.open(url("/")).waitForText("Sign in to Customer Portal");
		Cookie before = browser.driver().manage().getCookieNamed("RS_CUSTOMER_SESSION");
		assertThat(before).isNotNull();
		browser.fill("Sign-in ID", "erin-" + partner.s() + "@customer.example").fill("Password",
				CustomerFixtures.PASSWORD).press("Sign in");
		browser.waitForText("Online services agreement and privacy statement");
		Cookie after = browser.driver().manage().getCookieNamed("RS_CUSTOMER_SESSION");
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		browser.press("Sign out").waitForText("You have signed out");

		// a superseded link says a newer one was sent and that the partner can send a new one
		Activation first = this.fixtures.prospectWithActivation(partner, "fay");
		this.signUp.sendActivation(partner.actor(), first.subscriptionId(), "Fay", first.signInId(), "second-"
				+ first.contact());
		browser.open(mailed(first.link())).waitForText("This link cannot be used");
		assertThat(browser.pageText()).contains("A newer link was sent").contains("Your partner can send a new");
		browser.open(url("/activation/not-a-real-token")).waitForText("This link is not valid");
	}

	@Test
	void anAccountInvitedIntoASecondOrganisationChoosesWhereToWorkAndSwitches() {
		Partner partner = this.fixtures.partner();
		CustomerActor alder = this.fixtures.activatedAdmin(partner, "gil");
		CustomerActor birch = this.fixtures.activatedAdmin(partner, "hal");
		long membership = this.management.create(birch, "Gil", alder.signInId(), "gil@birch.example",
				java.util.Set.of(CustomerRole.CONFIGURATOR)).id();
		this.management.sendInvitation(birch, membership);
		String link = CapturedMail.firstLink(
				CapturedMail.awaitMessage(TestSmtpServer.greenMail(), "gil@birch.example", "invited"));

		// the invitation: she signs in with the account she has, and lands in the inviting organization
		browser.driver().manage().deleteAllCookies();
		browser.open(mailed(link)).waitForText("Accept your invitation");
		browser.fill("Sign-in ID", alder.signInId()).fill("Password", CustomerFixtures.PASSWORD).press("Sign in");
		browser.waitForText("Online services agreement and privacy statement");
		agree();
		browser.waitForText("Welcome to the Customer Portal");
		assertThat(browser.waitFor(By.id("current-organisation")).getText()).contains("Org hal");
		assertThat(browser.all(By.linkText("User Management"))).isEmpty();

		browser.press("Switch organization").waitForText("Choose an organization");
		browser.press("Work in Org gil " + partner.s()).waitForText("You are working in Org gil");
		assertThat(browser.waitFor(By.id("current-organisation")).getText()).contains("Org gil");
		assertThat(browser.all(By.linkText("User Management"))).isNotEmpty();

		// Birch assigns her a question group: the e-mail's link, followed while she works in Alder, opens the group
		// in Birch
		AssignedGroup assigned = this.fixtures.assignFirstGroup(birch, "Birch rollout", alder, "gil@birch.example");
		browser.open(mailed(assigned.link())).waitForText("You are working in Org hal " + partner.s() + ".");
		assertThat(browser.waitFor(By.id("current-organisation")).getText()).contains("Org hal");
		assertThat(browser.currentUrl())
			.isEqualTo(url("/rapidstart/projects/" + assigned.projectId() + "/groups/" + assigned.groupId()));
		assertThat(browser.pageText()).contains("What is the legal name of your company?")
			.contains("Assigned to Admin gil");
		browser.press("Switch organization").waitForText("Choose an organization");
		browser.press("Work in Org gil " + partner.s()).waitForText("You are working in Org gil");

		// the next sign-in asks where to work
		browser.press("Sign out").waitForText("You have signed out");
		browser.fill("Sign-in ID", alder.signInId()).fill("Password", CustomerFixtures.PASSWORD).press("Sign in");
		browser.waitForText("You are a user of several organizations");
		browser.press("Work in Org hal " + partner.s()).waitForText("You are working in Org hal");
	}

	@Test
	void anAdministratorDeactivatesReactivatesAndRemovesAUserAndTheirSignInFollows() {
		Partner partner = this.fixtures.partner();
		CustomerActor admin = this.fixtures.activatedAdmin(partner, "uma");
		this.fixtures.agree(admin);
		CustomerActor vic = this.fixtures.invitedUser(admin, "vic", java.util.Set.of(CustomerRole.CONFIGURATOR));
		String refused = "The sign-in ID or password is not right";

		openUser(admin, "User vic").press("Deactivate").waitForText("User vic was deactivated and can no longer sign in.");
		assertThat(browser.waitFor(By.id("user-status")).getText()).isEqualTo("Deactivated");
		browser.signIn(url("/sign-in"), vic.signInId(), CustomerFixtures.PASSWORD).waitForText(refused);

		openUser(admin, "User vic").press("Reactivate").waitForText("User vic was reactivated.");
		assertThat(browser.waitFor(By.id("user-status")).getText()).isEqualTo("Active");
		signIn(vic);
		assertThat(browser.waitFor(By.id("current-organisation")).getText())
			.contains(this.fixtures.organisationName(admin));

		openUser(admin, "User vic").press("Remove").confirm("Remove User vic").waitForText("User vic was removed.");
		assertThat(browser.waitFor(By.id("users")).getText()).doesNotContain("User vic").contains("Admin uma");
		browser.signIn(url("/sign-in"), vic.signInId(), CustomerFixtures.PASSWORD).waitForText(refused);
	}

	/** Signs the administrator in and opens the user's page in User Management. */
	private Browser openUser(CustomerActor admin, String name) {
		signIn(admin);
		return browser.press("User Management").waitForText(name).press(name).waitForText("Roles");
	}

	@Test
	void preferencesDecideHowDatesLookForTheUserAndTheOrganisation() {
		Partner partner = this.fixtures.partner();
		CustomerActor admin = this.fixtures.activatedAdmin(partner, "ivy");
		this.fixtures.agree(admin);
		java.time.Instant trialEnd = this.home.organisation(admin).trialEndsAt();
		signIn(admin);

		browser.press("Preferences").waitForText("Organization defaults");
		browser.fill("Default time zone", "Pacific/Kiritimati").fill("Default date format", "2025-01-31")
			.press("Save organization defaults");
		browser.waitForText("The organization's preferences were saved.");
		browser.fill("Date format", "31.01.2025").press("Save preferences").waitForText("Your preferences were saved.");

		browser.press("Home").waitForText("RapidStart Services");
		assertThat(browser.pageText()).contains(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
			.format(trialEnd.atZone(java.time.ZoneId.of("Pacific/Kiritimati"))));
	}

}
