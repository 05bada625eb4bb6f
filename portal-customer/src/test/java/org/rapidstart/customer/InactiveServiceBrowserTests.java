package org.rapidstart.customer;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.rapidstart.customer.CustomerFixtures.Partner;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.lifecycle.TrialLifecycle;
import org.rapidstart.testsupport.TestClock;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Day 91 of a prospect's trial, as its administrator sees it: sign-in works, Home says the service is inactive, why
 * and what to do; RapidStart work is refused with that page; a VOICE account number brings it back.
 */
@CustomerPortalTest
class InactiveServiceBrowserTests extends CustomerPortalBrowserTest {

	@Autowired
	CustomerFixtures fixtures;

	@Autowired
	TrialLifecycle lifecycle;

	@Autowired
	CustomerEnrolment enrolment;

	@Autowired
	TestClock clock;

	@Test
	void afterTheTrialSignInWorksButRapidStartWorkIsRefusedUntilAVoiceNumberArrives() {
		Partner partner = this.fixtures.partner();
		CustomerActor admin = this.fixtures.activatedAdmin(partner, "ivy");
		Customer customer = this.enrolment.get(partner.actor(), admin.customerId());

		this.clock.set(customer.getCreatedAt().plus(Duration.ofDays(91)));
		assertThat(this.lifecycle.run()).isTrue();

		browser.signIn(url("/sign-in"), admin.signInId(), CustomerFixtures.PASSWORD);
		browser.waitForText("Online services agreement and privacy statement");
		CustomerActivationBrowserTests.agree(browser);
		browser.waitForText("RapidStart Services is inactive");
		assertThat(browser.pageText()).contains("What to do").contains("VOICE account number")
			.contains("deleted for good on");
		assertThat(browser.waitFor(By.id("services")).getText()).contains("Inactive");

		browser.open(url("/rapidstart/projects")).waitForText("RapidStart Services is inactive");
		assertThat(browser.pageText()).contains("ask your partner to add your organization's VOICE account number");
		browser.open(url("/users")).waitForText("User Management");

		this.enrolment.addVoiceAccountNumber(partner.actor(), customer.getId(), partner.voiceCustomer());
		browser.open(url("/")).waitForText("RapidStart Services");
		assertThat(browser.pageText()).doesNotContain("is inactive");
		assertThat(browser.waitFor(By.id("services")).getText()).contains("Active");
	}

}
