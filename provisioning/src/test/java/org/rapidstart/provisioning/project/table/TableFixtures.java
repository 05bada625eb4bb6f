package org.rapidstart.provisioning.project.table;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rapidstart.provisioning.Fixtures;
import org.rapidstart.provisioning.account.Accounts;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.UserManagement;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.provisioning.project.NewProject;
import org.rapidstart.provisioning.project.Organisation;
import org.rapidstart.provisioning.project.ProjectKind;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.builtin.Industry;

import org.springframework.boot.test.context.TestComponent;

import static org.awaitility.Awaitility.await;

/**
 * Customers and their users made through the real services, and Order-to-cash projects created as a user creates
 * them (every question group assigned to the creator). Names are unique per call so tests never collide.
 */
@TestComponent
public class TableFixtures {

	private final Fixtures fixtures;

	private final CustomerEnrolment enrolment;

	private final UserManagement users;

	private final Accounts accounts;

	private final ProjectManagement projects;

	private final Projects answers;

	private final TableGrid grid;

	private final TableImports imports;

	private PartnerActor partner;

	TableFixtures(Fixtures fixtures, CustomerEnrolment enrolment, UserManagement users, Accounts accounts,
			ProjectManagement projects, Projects answers, TableGrid grid, TableImports imports) {
		this.fixtures = fixtures;
		this.enrolment = enrolment;
		this.users = users;
		this.accounts = accounts;
		this.projects = projects;
		this.answers = answers;
		this.grid = grid;
		this.imports = imports;
	}

	/** A user with these roles of a new customer. */
	public CustomerActor customer(CustomerRole... roles) {
		if (this.partner == null) {
			this.partner = this.fixtures.activatedAdmin(this.fixtures.voiceWorld().partnerA());
		}
		String s = UUID.randomUUID().toString().substring(0, 8);
		Customer customer = this.enrolment.create(this.partner, new NewCustomer(null, "Org " + s, null, null, null,
				null, "US", "Admin " + s, "admin-" + s + "@c.example", s + "@c.example"));
		CustomerActor setUp = new CustomerActor(0, "set-up@c.example", customer.getId(),
				Set.of(CustomerRole.ADMINISTRATOR));
		return colleague(setUp, roles);
	}

	/** Another user of the same customer. */
	CustomerActor colleague(CustomerActor of, CustomerRole... roles) {
		String signIn = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@c.example";
		CustomerActor admin = new CustomerActor(0, "set-up@c.example", of.customerId(),
				Set.of(CustomerRole.ADMINISTRATOR));
		this.users.create(admin, "User " + signIn, signIn, signIn, Set.of(roles));
		long accountId = this.accounts.findBySignIn(signIn).orElseThrow().getId();
		return new CustomerActor(accountId, signIn, of.customerId(), Set.of(roles));
	}

	/**
	 * An Order-to-cash project created by the user (an Administrator or Configurator), with Base information complete
	 * ({@link #completeBaseInformation}), so that the tables of its other functional areas take rows.
	 */
	public long project(CustomerActor creator) {
		long project = freshProject(creator);
		completeBaseInformation(creator, project);
		return project;
	}

	/** An Order-to-cash project as it is created: only Base information is open. */
	long freshProject(CustomerActor creator) {
		return this.projects.create(creator, new NewProject("Order-to-cash " + UUID.randomUUID().toString()
			.substring(0, 8), new Organisation("Contoso", "1 Main Street", "Dublin", null, "D01", "IE",
					Industry.DISTRIBUTION), ProjectKind.CUSTOM, "builtin:" + BuiltInTemplates.ORDER_TO_CASH, null))
			.id();
	}

	/**
	 * Answers every required question of Base information (Organization information, Ledger and one currency, US
	 * dollars) as the user, which opens the project's other functional areas. The company is registered in the United
	 * States: a Countries/regions table, once it has rows, must hold US, or Base information shows an error on its
	 * country/region (the other areas stay open to put it right).
	 */
	void completeBaseInformation(CustomerActor user, long project) {
		this.grid.add(user, project, "Currencies", row("CurrencyCode", "USD", "Txt", "US dollar"));
		this.answers.saveValues(user.customerId(), project, BASE_INFORMATION, user.signInId());
	}

	/** The single values and parameters that complete Base information of a built-in template (with a USD row). */
	static final Map<String, String> BASE_INFORMATION = Map.ofEntries(Map.entry("CompanyName", "Contoso"),
			Map.entry("CompanyCode", "CEU"), Map.entry("CountryRegion", "US"), Map.entry("CompanyCurrency", "USD"),
			Map.entry("City", "Seattle"), Map.entry("FiscalYear|StartDate", "2027-01-01"),
			Map.entry("FiscalYear|PeriodUnit", "Month"), Map.entry("FiscalYear|PeriodQuantity", "1"),
			Map.entry("FiscalYear|NumberOfYears", "2"), Map.entry("LedgerName", "Contoso ledger"),
			Map.entry("ChartOfAccountsName", "Shared"), Map.entry("AccountingCurrency", "USD"),
			Map.entry("UseReportingCurrency", "No"));

	/** The import once it has ended (succeeded, failed or been cancelled), as the user sees it. */
	ImportJob awaitEnd(CustomerActor user, long project, long id) {
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.imports.job(user, project, id), j -> !j.isActive());
	}

	/** A CSV file of ZIP/postal codes of one country/region, as large as a test needs. */
	static Path zipCodes(Path file, String country, int rows) throws IOException {
		try (Writer out = Files.newBufferedWriter(file)) {
			out.write("Country/region,ZIP/postal code,City\n");
			for (int i = 0; i < rows; i++) {
				out.write(country + "," + (10_000_000 + i) + ",City " + i + "\n");
			}
		}
		return file;
	}

	public static Map<String, String> row(String... keysAndValues) {
		Map<String, String> m = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			m.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return m;
	}

}
