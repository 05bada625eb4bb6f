package org.rapidstart.partner;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.rapidstart.partner.PartnerFixtures.World;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed pages' steps, walked in headless Chromium as a partner would: activate the partner account, enroll an
 * existing and a prospective customer, add RapidStart Services and send the activation.
 */
@PartnerPortalTest
class PartnerEnrolmentBrowserTests extends PartnerPortalBrowserTest {

	@Autowired
	PartnerFixtures fixtures;

	@Test
	void partnerActivatesAccountEnrollsCustomersAddsServiceAndSendsActivation() {
		World world = this.fixtures.world();
		String signIn = "rita@ridgeway-" + world.s().toLowerCase() + ".example";

		// Activate your partner account
		browser.driver().manage().deleteAllCookies();
		browser.open(url("/")).press("Activate your partner account");
		browser.fill("Partner ID", world.ridgeway()).fill("Your name", "Rita Ridge")
			.fill("Sign-in ID (e-mail address)", signIn).press("Activate");
		browser.waitForText("Check your e-mail");
		MimeMessage verification = CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signIn, "Verify");
		browser.open(mailed(CapturedMail.firstLink(verification)));
		browser.fill("Password", "ridgeway-secret-1").fill("Confirm password", "ridgeway-secret-1").press("Set password");
		browser.waitForText("Your password is set");
		browser.fill("Password", "ridgeway-secret-1").press("Sign in");

		// a partner without customers starts on Getting Started
		browser.waitForText("Getting Started – Partner Portal");
		assertThat(browser.title()).isEqualTo("Getting Started – Partner Portal");
		browser.press("Create a new customer").waitForText("Create a new customer");

		// Existing customer: a wrong number finds nothing; the name search finds only our own customers
		browser.fill("Customer account number", world.alder()).press("Search my customers");
		browser.waitForText("has you as partner of record");
		browser.fill("Customer name", "cedar").press("Search");
		browser.waitForText(world.cedar());
		assertThat(browser.pageText()).doesNotContain("Alder Manufacturing");
		browser.press("Select customer").waitForText("selected");
		browser.press("Fill other fields using the customer account number").waitForText("copied from VOICE");
		assertThat(browser.field("Organization name").getAttribute("value")).isEqualTo(world.cedarName());
		assertThat(browser.field("City").getAttribute("value")).isEqualTo("Leeds");
		browser.fill("Contact email address", "it@cedar.example").press("Create customer");
		browser.waitForText(world.cedarName() + " was created.");

		// Prospective customer: no account number, a Customer administrator, a 90-day trial
		browser.press("New Customer").waitForText("Create a new customer");
		browser.fill("Organization name", "Ridgeway Solutions (internal)")
			.fill("Customer administrator name", "Rita Ridge")
			.fill("Sign-in ID", "rita.customer@ridgeway.example")
			.fill("Contact email address", "rita@ridgeway.example")
			.press("Create customer");
		browser.waitForText("Ridgeway Solutions (internal) was created.");
		assertThat(browser.waitFor(By.id("customers")).getText()).contains("Prospect");

		// Add Service for the existing customer
		browser.driver().findElement(By.xpath("//tr[contains(., '" + world.cedarName() + "')]//input[@type='radio']")).click();
		browser.press("Add Service").waitForText("Choose the service you want to sign up for");
		browser.press("RapidStart Services").waitForText("Sign up for RapidStart Services");
		browser.fill("Country/region of use", "Brazil").press("Add Service");
		browser.waitForText("Contact Support before you continue");
		browser.fill("Country/region of use", "United Kingdom").press("Add Service");
		browser.waitForText("Next steps");
		browser.press("Close").waitForText("Service List");
		assertThat(browser.waitFor(By.id("services")).getText()).contains(world.cedarName()).contains("Not activated")
			.contains("Europe (Dublin)").contains("United Kingdom");

		// Send Activation: the partner's own sign-in ID is refused, then the e-mail goes out
		browser.press("Send Activation").waitForText("Customer administrator name");
		browser.fill("Customer administrator name", "Carl Cedar").fill("Sign-in ID", signIn)
			.fill("Contact email address", "carl@cedar.example").press("Activate");
		browser.waitForText("other than your partner sign-in ID");
		browser.fill("Sign-in ID", "carl@cedar-account.example").press("Activate");
		browser.waitForText("Invitation sent");
		assertThat(browser.waitFor(By.id("services")).getText()).contains("Invitation sent");

		MimeMessage activation = CapturedMail.awaitMessage(TestSmtpServer.greenMail(), "carl@cedar.example",
				"Activate RapidStart Services");
		assertThat(CapturedMail.firstLink(activation)).startsWith("http://localhost:8082/activation/");
		assertThat(CapturedMail.body(activation)).contains("carl@cedar-account.example");

		// the activity page lists what was done
		browser.open(url("/activity")).waitForText("ACTIVATION_SENT");
		assertThat(browser.pageText()).contains("CUSTOMER_CREATED").contains("SERVICE_ADDED");
	}

	@Test
	void activationIsRefusedWithTheReason() {
		World world = this.fixtures.world();
		browser.driver().manage().deleteAllCookies();
		browser.open(url("/register"));
		browser.fill("Partner ID", world.oakStreet()).fill("Your name", "Olga").fill("Sign-in ID (e-mail address)",
				"olga@oak.example").press("Activate");
		browser.waitForText("has not signed the Online Services Addendum (Schedule C)");
		browser.fill("Partner ID", world.pineValley()).press("Activate");
		browser.waitForText("is not a certified partner");
		browser.fill("Partner ID", "PRT-999999").press("Activate");
		browser.waitForText("is not in the VOICE directory");
		browser.fill("Partner ID", "").press("Activate");
		browser.waitForText("Enter your partner ID.");
	}

}
