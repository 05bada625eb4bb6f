package org.rapidstart.customer.projects;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.ProjectOverview;
import org.rapidstart.provisioning.project.QuestionGroupAnswering;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.testsupport.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer administrator creates a custom Order-to-cash project, answers Base information (a yes/no answer reveals
 * its follow-up without a reload), assigns a question group to a Configurator, who signs in and sees only that
 * group and completes it; once every group is complete the project shows ready to load.
 */
@CustomerPortalTest
@Import(ProjectWebFixtures.class)
class ProjectBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	ProjectWebFixtures fixtures;

	@Autowired
	ProjectManagement management;

	@Autowired
	QuestionGroupAnswering answering;

	@Autowired
	TableGrid tables;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void signIn(CustomerActor actor) {
		browser.signIn(url("/sign-in"), actor.signInId(), CustomerFixtures.PASSWORD);
		browser.waitForText("Sign out");
	}

	/** Date inputs take their value in the browser's locale when typed; set it the way the page posts it. */
	void date(String label, String isoDate) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.field(label),
				isoDate);
	}

	@Test
	void anAdministratorAnswersBaseInformationAssignsAGroupAndTheProjectBecomesReadyToLoad() {
		CustomerActor admin = this.fixtures.administrator("olga");
		CustomerActor configurator = this.fixtures.user(admin, "conor", CustomerRole.CONFIGURATOR);

		// New project: custom, from the built-in Order-to-cash template
		signIn(admin);
		browser.press("Configure").waitForText("No configuration projects yet");
		browser.press("New project").waitForText("What to configure");
		browser.fill("Project name", "Contoso rollout").fill("Organization name", "Contoso Europe")
			.fill("Country/region", "Ireland")
			.fill("Industry", "Distribution")
			.check("Custom project from a published template")
			.fill("Template", "Order-to-cash (Business process)")
			.press("Create project");
		browser.waitForText("The project Contoso rollout was created.");
		assertThat(browser.waitFor(By.id("project-status")).getText()).isEqualTo("Not started");
		assertThat(browser.pageText()).contains("Progress per functional area")
			.contains("Opens when Base information is complete.");
		long projectId = Long.parseLong(browser.currentUrl().replaceAll(".*/", ""));

		// Base information, Organization information: a wrong value is refused next to its question
		browser.press("Organization information").waitForText("What is the legal name of your company?");
		browser.fill("What is the legal name of your company?", "Contoso Europe")
			.fill("Which short code should identify the company in the system?", "C")
			.fill("In which country/region is the company registered?", "IE")
			.fill("What is the main currency of the company?", "EUR");
		date("On which day does your first fiscal year start?", "2027-01-01");
		browser.fill("Are your fiscal periods counted in days, months or years?", "Month")
			.fill("How many of those units make one period?", "1")
			.fill("How many fiscal years should be created?", "2")
			.press("Save");
		browser.waitForText("Nothing was saved");
		assertThat(browser.pageText()).contains("does not have the expected form");
		assertThat(browser.field("What is the legal name of your company?").getAttribute("value"))
			.isEqualTo("Contoso Europe");
		browser.fill("Which short code should identify the company in the system?", "CEU").press("Save");
		browser.waitForText("Your answers were saved.");
		browser.press("Mark as complete").waitForText("The question group was marked as complete.");

		// Ledger: "Yes" reveals the reporting currency at once, without reloading the page
		browser.press("Next question group").waitForText("What should the company's ledger be called?");
		((JavascriptExecutor) browser.driver()).executeScript("window.sameDocument = true");
		assertThat(browser.pageText()).doesNotContain("In which currency do you report?");
		browser.check("Yes");
		browser.waitForText("In which currency do you report?");
		assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.sameDocument === true"))
			.isEqualTo(true);
		browser.waitForText("Draft saved");
		browser.check("No");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(d -> !browser.pageText().contains("In which currency do you report?"));
		browser.fill("What should the company's ledger be called?", "Contoso ledger")
			.fill("What do you call your chart of accounts?", "Shared")
			.fill("In which currency do you keep your accounts?", "EUR")
			.press("Save");
		browser.waitForText("Your answers were saved.");
		browser.press("Mark as complete").waitForText("The question group was marked as complete.");

		// Currency: Mark as complete is refused with what is missing until the table has rows
		browser.press("Next question group").waitForText("Which currencies do you buy and sell in?");
		browser.press("Mark as complete").waitForText("cannot be marked as complete yet");
		assertThat(browser.waitFor(By.id("missing")).getText()).contains("Add at least one row.");
		this.tables.add(admin, projectId, "Currencies", Map.of("CurrencyCode", "EUR", "Txt", "Euro"));
		browser.open(url("/rapidstart/projects/" + projectId + "/groups/" + group(admin, projectId, "Currency")))
			.waitForText("1 row");
		browser.press("Mark as complete").waitForText("The question group was marked as complete.");

		// Base information complete: the other areas open; Credit limit goes to the Configurator
		browser.open(url("/rapidstart/projects/" + projectId)).waitForText("Credit limit");
		assertThat(browser.pageText()).doesNotContain("Opens when Base information is complete.");
		long creditLimit = group(admin, projectId, "Credit limit");
		WebElement reassign = browser.driver()
			.findElement(By.cssSelector("a[href$='/groups/" + creditLimit + "/reassign']"));
		// the link sits in a wide table at the page's far edge: click it as a script would
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", reassign);
		browser.waitForText("Reassign question group");
		browser.fill("Assignee", "User conor (" + configurator.signInId() + ")");
		date("Target date", "2027-03-31");
		browser.press("Reassign").waitForText("The question group Credit limit was reassigned.");

		// the Configurator sees only that group, answers it and marks it complete
		browser.press("Sign out").waitForText("You have signed out");
		signIn(configurator);
		browser.press("Configure").waitForText("Contoso rollout");
		browser.press("Contoso rollout").waitForText("Credit limit");
		assertThat(browser.all(By.cssSelector("table.question-groups tbody tr"))).hasSize(1);
		assertThat(browser.pageText()).doesNotContain("Organization information").contains("Mar 31, 2027");
		browser.press("Credit limit").waitForText("Do you want to check the credit limit");
		browser.check("Yes");
		browser.waitForText("What should the credit limit be compared with?");
		browser.fill("What should the credit limit be compared with?", "Balance").press("Save");
		browser.waitForText("Your answers were saved.");
		browser.press("Mark as complete").waitForText("The question group was marked as complete.");
		assertThat(browser.waitFor(By.id("group-status")).getText()).isEqualTo("Complete");
		browser.open(url("/rapidstart/projects/" + projectId + "/groups/" + group(admin, projectId, "Ledger")))
			.waitForText("Not found");

		// the rest is answered through the services; the administrator then sees the project ready to load
		answerTheRest(admin, projectId);
		browser.press("Sign out").waitForText("You have signed out");
		signIn(admin);
		browser.open(url("/rapidstart/projects/" + projectId)).waitForText("ready to load");
		assertThat(browser.waitFor(By.id("project-status")).getText()).isEqualTo("Ready to load");
		browser.open(url("/rapidstart/projects")).waitForText("Contoso rollout");
		assertThat(browser.waitFor(By.id("projects")).getText()).contains("Ready to load").contains("13 of 13");
	}

	private long group(CustomerActor actor, long projectId, String name) {
		return groups(actor, projectId).stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow().id();
	}

	private List<ProjectOverview.Group> groups(CustomerActor actor, long projectId) {
		return this.management.overview(actor, projectId).areas().stream().flatMap(a -> a.groups().stream()).toList();
	}

	private void answerTheRest(CustomerActor admin, long projectId) {
		this.tables.add(admin, projectId, "MainAccounts", Map.of("MainAccountId", "110110", "Name", "Bank", "Type", "Asset"));
		this.tables.add(admin, projectId, "PaymentTerms", Map.of("PaymTermId", "Net30", "PaymMethod", "Net", "NumOfDays", "30"));
		this.tables.add(admin, projectId, "CustomerGroups", Map.of("CustGroup", "DOMESTIC", "PaymTermId", "Net30"));
		this.tables.add(admin, projectId, "CustomerPaymentMethods", Map.of("PaymMode", "CHECK", "AccountType", "Bank"));
		this.tables.add(admin, projectId, "CountriesRegions", Map.of("CountryRegionId", "IE", "ShortName", "Ireland"));
		for (ProjectOverview.Group g : groups(admin, projectId)) {
			if (g.status() != org.rapidstart.provisioning.project.GroupStatus.COMPLETE) {
				this.answering.markComplete(admin, projectId, g.id());
			}
		}
	}

}
