package org.rapidstart.customer.design;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.customer.CustomerPortalBrowserTest;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.template.AvailableTemplate;
import org.rapidstart.provisioning.template.TemplateLibrary;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionType;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Designer, in headless Chromium, builds a custom template: a functional area with a yes/no question, a question
 * shown only after "Yes", and a table question whose column looks up another table; publishes the area and the
 * template; then builds a broken one and sees publishing refused with every reason listed.
 */
@CustomerPortalTest
class DesignBrowserTests extends CustomerPortalBrowserTest {

	@Autowired
	CustomerFixtures fixtures;

	@Autowired
	TemplateLibrary library;

	/** Picks an option of the select labelled {@code label} by its value (option texts carry field types). */
	static void choose(String label, String value) {
		new Select(browser.field(label)).selectByValue(value);
	}

	/** Opens a collapsed section ("Column 3 validation and lookup"). */
	static void open(String summary) {
		WebElement element = browser.waitFor(By.xpath("//summary[normalize-space(.)='" + summary + "']"));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].parentElement.open = true", element);
	}

	/** The Move up or Move down button on the row of a question (the buttons show arrows; their labels name them). */
	static WebElement moveButton(String shortName, String label) {
		return browser.waitFor(By.xpath("//tr[td/a[normalize-space(.)='" + shortName + "']]//button[@aria-label='"
				+ label + "']"));
	}

	static void click(WebElement button) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", button);
	}

	/** The short names of the area page's questions, in page order. */
	static java.util.List<String> questionOrder() {
		return browser.all(By.cssSelector("table.questions tbody tr td:first-child a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	void newQuestion(String type) {
		browser.press("New question").waitForText("Question text");
		if (!"Field".equals(type)) {
			browser.fill("Type", type).press("Apply").waitForText("Apply after changing the type");
		}
	}

	@Test
	void aDesignerBuildsAndPublishesACustomTemplateAndSeesABrokenOneRefused() {
		CustomerActor admin = this.fixtures.agreedAdmin(this.fixtures.partner(), "lena");
		CustomerActor designer = this.fixtures.user(admin, "dana", CustomerRole.DESIGNER);
		signIn(designer);

		browser.press("Design").waitForText("Built-in templates");
		assertThat(browser.pageText()).contains("Order-to-cash", "Procure-to-pay");
		browser.press("New template").fill("Name", "Sales setup").fill("Type", "Custom").press("Save")
			.waitForText("was created");
		assertThat(browser.pageText()).contains("Dynamics AX 2012 R3", "Unpublished");

		browser.fill("Functional area name", "Credit management").press("Add functional area")
			.waitForText("New question group");
		browser.fill("Question group name", "Credit").press("Add question group").waitForText("No questions yet");

		// a yes/no that decides ...
		newQuestion("Non-actionable");
		browser.fill("Short name", "UseCredit").fill("Question text", "Do you check credit limits?").press("Save")
			.waitForText("The question 'UseCredit' was saved.");
		// ... whether this one is shown
		newQuestion("Field");
		browser.fill("Short name", "CreditCheck")
			.fill("Question text", "What should the credit limit be compared with?")
			.fill("Description (shown as a tooltip)", "The balance, or the balance with open orders.");
		choose("Target field", "CustParameters.CreditMaxCheck");
		choose("Control", "LIST");
		choose("Lookup of question", "ENUM");
		choose("Show only when this question is answered", "UseCredit");
		browser.fill("with one of these answers (one per line)", "Yes").press("Save")
			.waitForText("The question 'CreditCheck' was saved.");
		// a table question whose terms of payment come from the PaymTerm table
		newQuestion("Table");
		browser.fill("Short name", "CustomerGroups").fill("Question text", "Which customer groups do you use?");
		choose("Table", "CustGroup");
		browser.press("Show its fields").waitForText("Column 1 field");
		browser.press("Add column").waitForText("Column 2 field");
		choose("Column 2 field", "Name");
		browser.fill("Column 2 label", "Description").press("Add column").waitForText("Column 3 field");
		choose("Column 3 field", "PaymTermId");
		browser.fill("Column 3 label", "Terms of payment");
		open("Column 3 validation and lookup");
		choose("Lookup of column 3", "TABLE");
		choose("Lookup table of column 3", "PaymTerm");
		browser.press("Save").waitForText("The question 'CustomerGroups' was saved.");
		assertThat(browser.pageText()).contains("UseCredit = Yes", "CustGroup (3 columns)")
			.doesNotContain("would still report");
		// the order of the questions: the first cannot move up; down and back up again
		assertThat(moveButton("UseCredit", "Move up").isEnabled()).isFalse();
		click(moveButton("UseCredit", "Move down"));
		browser.waitForText("The question 'UseCredit' was moved down.");
		assertThat(questionOrder()).containsExactly("CreditCheck", "UseCredit", "CustomerGroups");
		assertThat(moveButton("CustomerGroups", "Move down").isEnabled()).isFalse();
		click(moveButton("UseCredit", "Move up"));
		browser.waitForText("The question 'UseCredit' was moved up.");
		assertThat(questionOrder()).containsExactly("UseCredit", "CreditCheck", "CustomerGroups");

		browser.press("Publish").waitForText("The functional area 'Credit management' is published.");
		browser.press("Sales setup").waitForText("Functional areas");
		browser.press("Publish").waitForText("is published: configurators can now choose it for projects.");
		AvailableTemplate published = this.library.publishedFor(admin.customerId())
			.stream()
			.filter(t -> "Sales setup".equals(t.name()))
			.findFirst()
			.orElseThrow();
		Question creditCheck = published.template().question("CreditCheck").orElseThrow();
		assertThat(creditCheck.dependency().question()).isEqualTo("UseCredit");
		assertThat(creditCheck.description()).startsWith("The balance");
		Question groups = published.template().question("CustomerGroups").orElseThrow();
		assertThat(groups.type()).isEqualTo(QuestionType.TABLE);
		assertThat(groups.table().column("PaymTermId").orElseThrow().lookup().table()).isEqualTo("PaymTerm");

		// a broken template: customers without the mandatory name and customer group columns
		browser.press("Design").press("New template").fill("Name", "Broken setup").press("Save")
			.waitForText("was created");
		browser.fill("Functional area name", "Customers").press("Add functional area")
			.waitForText("New question group");
		browser.fill("Question group name", "Customer list").press("Add question group")
			.waitForText("No questions yet");
		newQuestion("Table");
		browser.fill("Short name", "Customers").fill("Question text", "Who are your customers?");
		choose("Table", "CustTable");
		browser.press("Show its fields").waitForText("Column 3 field");
		browser.press("Remove column 3").waitForText("Column 2 field");
		browser.press("Remove column 2");
		browser.waitForText("Add column");
		assertThat(browser.all(By.cssSelector(".column"))).hasSize(1);
		browser.press("Save").waitForText("would still report");

		browser.press("Publish").waitForText("Fix these problems, then publish again:");
		String problems = browser.waitFor(By.id("publish-problems")).getText();
		assertThat(problems).contains("CustTable.Name", "CustTable.CustGroup");
		assertThat(browser.pageText()).contains("cannot be published");
		assertThat(this.library.publishedFor(admin.customerId())).extracting(AvailableTemplate::name)
			.doesNotContain("Broken setup");
	}

}
