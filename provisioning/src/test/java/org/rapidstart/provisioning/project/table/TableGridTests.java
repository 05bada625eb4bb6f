package org.rapidstart.provisioning.project.table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.audit.AuditEvent;
import org.rapidstart.provisioning.audit.AuditEvents;
import org.rapidstart.provisioning.customer.Customers;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.questionnaire.validation.ValidationError;
import org.rapidstart.testsupport.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.rapidstart.provisioning.project.ProjectAccessDenied;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.ProjectOverview;
import org.rapidstart.provisioning.project.Projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.rapidstart.provisioning.project.table.TableFixtures.row;

@ProvisioningTest
@Import(TableFixtures.class)
class TableGridTests {

	@Autowired
	TableFixtures fixtures;

	@Autowired
	TableGrid grid;

	@Autowired
	TableAnswers answers;

	@Autowired
	AuditEvents audit;

	@Autowired
	ProjectManagement management;

	@Autowired
	TableImports imports;

	@Autowired
	TestClock clock;

	@Autowired
	Customers customers;

	@Autowired
	Projects projects;

	CustomerActor configurator;

	long project;

	@BeforeEach
	void setUp() {
		this.configurator = this.fixtures.customer(CustomerRole.CONFIGURATOR);
		this.project = this.fixtures.project(this.configurator);
	}

	@Test
	void rowsAreAddedEditedAndDeletedAndStreamInOrder() {
		TableRow first = this.grid.add(this.configurator, this.project, "CustomerGroups",
				row("CustGroup", " 10 ", "Name", "Wholesale"));
		this.grid.add(this.configurator, this.project, "customergroups", row("CustGroup", "20", "Name", "Retail"));
		TableRow third = this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "30"));
		assertThat(third.position()).isEqualTo(3);

		this.grid.edit(this.configurator, this.project, "CustomerGroups", first.id(), first.version(),
				row("CustGroup", "10", "Name", "Wholesale customers"));
		this.grid.delete(this.configurator, this.project, "CustomerGroups", third.id(), third.version());

		assertThat(this.answers.count(this.project, "CustomerGroups")).isEqualTo(2);
		assertThat(this.answers.rows(this.project, "CustomerGroups").toList()).containsExactly(
				Map.of("CustGroup", "10", "Name", "Wholesale customers"), Map.of("CustGroup", "20", "Name", "Retail"));
		assertThat(this.answers.rows(this.project, "CustomerGroups").count()).isEqualTo(2);
		assertThat(this.answers.all(this.project)).containsOnlyKeys("Currencies", "CustomerGroups");
		assertThat(this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(this.configurator.customerId()))
			.extracting(AuditEvent::getAction)
			.containsSubsequence("TABLE_ROW_DELETED", "TABLE_ROW_CHANGED", "TABLE_ROW_ADDED");
		// under the customer's partner too, as every change of a customer's user (the partner's activity log)
		assertThat(this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(this.configurator.customerId()))
			.filteredOn(e -> e.getAction().startsWith("TABLE_ROW_") && e.getDetails().contains("CustomerGroups"))
			.extracting(AuditEvent::getPartnerId)
			.hasSize(5)
			.doesNotContainNull()
			.containsOnly(this.customers.findById(this.configurator.customerId()).orElseThrow().getPartnerId());
	}

	@Test
	void theLaterEditOfARowIsRefusedNamingWhoChangedItAndWhen() {
		TableRow saved = this.grid.add(this.configurator, this.project, "CustomerGroups",
				row("CustGroup", "10", "Name", "Wholesale"));
		TableRow other = this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "20"));
		CustomerActor admin = this.fixtures.colleague(this.configurator, CustomerRole.ADMINISTRATOR);
		// both open the row; the administrator saves first, a minute later
		TableRow seen = this.grid.row(this.configurator, this.project, "CustomerGroups", saved.id());
		this.clock.advance(Duration.ofMinutes(1));
		Instant adminSaved = this.clock.instant();
		this.grid.edit(admin, this.project, "CustomerGroups", saved.id(), seen.version(),
				row("CustGroup", "10", "Name", "Wholesale customers"));
		// a change of another row and a new row are no conflict for this one
		this.grid.edit(admin, this.project, "CustomerGroups", other.id(), other.version(), row("CustGroup", "21"));
		this.grid.add(admin, this.project, "CustomerGroups", row("CustGroup", "30"));
		this.clock.advance(Duration.ofMinutes(1));

		assertThatThrownBy(() -> this.grid.edit(this.configurator, this.project, "CustomerGroups", saved.id(),
				seen.version(), row("CustGroup", "10", "Name", "Wholesale trade")))
			.isInstanceOfSatisfying(RowConflict.class, c -> {
				assertThat(c.gone()).isFalse();
				assertThat(c.changedBy()).isEqualTo(admin.signInId());
				assertThat(c.changedAt()).isCloseTo(adminSaved, within(1, ChronoUnit.MILLIS));
				assertThat(c.current().position()).isEqualTo(1);
				assertThat(c.cells()).containsExactlyInAnyOrderEntriesOf(
						Map.of("CustGroup", "10", "Name", "Wholesale customers"));
				assertThat(c.getMessage()).contains(admin.signInId(), "row 1");
			});
		assertThat(this.answers.rows(this.project, "CustomerGroups").toList()).containsExactly(
				Map.of("CustGroup", "10", "Name", "Wholesale customers"), Map.of("CustGroup", "21"),
				Map.of("CustGroup", "30"));

		// re-applied on the row as it is now, the edit is saved
		TableRow now = this.grid.row(this.configurator, this.project, "CustomerGroups", saved.id());
		TableRow edited = this.grid.edit(this.configurator, this.project, "CustomerGroups", saved.id(), now.version(),
				row("CustGroup", "10", "Name", "Wholesale trade"));
		assertThat(edited.version()).isEqualTo(now.version() + 1);
		assertThat(this.grid.row(admin, this.project, "CustomerGroups", saved.id()).changedBy())
			.isEqualTo(this.configurator.signInId());
		assertThat(this.answers.rows(this.project, "CustomerGroups").toList().get(0))
			.isEqualTo(Map.of("CustGroup", "10", "Name", "Wholesale trade"));
	}

	@Test
	void aStaleDeleteIsRefusedAndAnEditOfADeletedRowToo() {
		TableRow saved = this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "10"));
		CustomerActor admin = this.fixtures.colleague(this.configurator, CustomerRole.ADMINISTRATOR);
		this.grid.edit(admin, this.project, "CustomerGroups", saved.id(), saved.version(), row("CustGroup", "11"));

		assertThatThrownBy(() -> this.grid.delete(this.configurator, this.project, "CustomerGroups", saved.id(),
				saved.version()))
			.isInstanceOfSatisfying(RowConflict.class, c -> {
				assertThat(c.changedBy()).isEqualTo(admin.signInId());
				assertThat(c.cells()).isEqualTo(Map.of("CustGroup", "11"));
			});
		assertThat(this.answers.count(this.project, "CustomerGroups")).isEqualTo(1);

		TableRow now = this.grid.row(admin, this.project, "CustomerGroups", saved.id());
		this.clock.advance(Duration.ofMinutes(5));
		Instant deleted = this.clock.instant();
		this.grid.delete(admin, this.project, "CustomerGroups", saved.id(), now.version());
		assertThatThrownBy(() -> this.grid.edit(this.configurator, this.project, "CustomerGroups", saved.id(),
				now.version(), row("CustGroup", "12")))
			.isInstanceOfSatisfying(RowConflict.class, c -> {
				assertThat(c.gone()).isTrue();
				assertThat(c.current()).isNull();
				assertThat(c.changedBy()).isEqualTo(admin.signInId());
				assertThat(c.changedAt()).isCloseTo(deleted, within(1, ChronoUnit.MILLIS));
			});
		assertThatThrownBy(() -> this.grid.delete(this.configurator, this.project, "CustomerGroups", saved.id(),
				now.version()))
			.isInstanceOfSatisfying(RowConflict.class, c -> assertThat(c.gone()).isTrue());
		assertThat(this.answers.count(this.project, "CustomerGroups")).isZero();
		assertThat(this.grid.findRow(this.configurator, this.project, "CustomerGroups", saved.id())).isEmpty();
	}

	@Test
	void rowsAnImportWroteAreEditedFromVersionZeroAndTheRowsItReplacedAreGone() throws Exception {
		TableRow typed = this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "10"));
		Path file = Files.createTempFile("groups", ".csv");
		Files.writeString(file, "Customer group,Description\n20,Retail\n");
		ImportJob job = this.imports.start(this.configurator, this.project, "CustomerGroups", "groups.csv", file,
				ImportMode.REPLACE);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.imports.job(this.configurator, this.project, job.id()), j -> !j.isActive());
		assertThatThrownBy(() -> this.grid.edit(this.configurator, this.project, "CustomerGroups", typed.id(),
				typed.version(), row("CustGroup", "11")))
			.isInstanceOfSatisfying(RowConflict.class, c -> assertThat(c.gone()).isTrue());

		TableRow imported = this.answers.page(this.project, "CustomerGroups", 0, 10).rows().get(0);
		assertThat(imported.version()).isZero();
		assertThat(imported.changedBy()).isNull();
		TableRow edited = this.grid.edit(this.configurator, this.project, "CustomerGroups", imported.id(), 0,
				row("CustGroup", "20", "Name", "Retail trade"));
		assertThat(edited.version()).isEqualTo(1);
		assertThat(this.answers.rows(this.project, "CustomerGroups").toList())
			.containsExactly(Map.of("CustGroup", "20", "Name", "Retail trade"));
	}

	@Test
	void pagesNumberRowsAcrossGaps() {
		for (int i = 1; i <= 7; i++) {
			this.grid.add(this.configurator, this.project, "PaymentTerms", row("PaymTermId", "T" + i, "PaymMethod", "Net", "NumOfDays",
					Integer.toString(i)));
		}
		TablePage second = this.answers.page(this.project, "PaymentTerms", 1, 3);
		this.grid.delete(this.configurator, this.project, "PaymentTerms", second.rows().get(0).id(),
				second.rows().get(0).version());
		TablePage page = this.grid.grid(this.configurator, this.project, "PaymentTerms", 1, 3).page();
		assertThat(page.total()).isEqualTo(6);
		assertThat(page.pages()).isEqualTo(2);
		assertThat(page.rows()).extracting(TableRow::position).containsExactly(4L, 5L, 6L);
		assertThat(page.rows()).extracting(r -> r.cell("PaymTermId")).containsExactly("T5", "T6", "T7");
	}

	@Test
	void refusedRowsNameEveryProblemByColumnAndChangeNothing() {
		this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "10"));
		this.grid.add(this.configurator, this.project, "Customers",
				row("AccountNum", "C-001", "Name", "Contoso", "CustGroup", "10"));

		assertThatThrownBy(() -> this.grid.add(this.configurator, this.project, "Customers",
				row("AccountNum", "C-002", "CustGroup", "99", "CreditMax", "lots")))
			.isInstanceOfSatisfying(RowRefused.class, e -> assertThat(e.problems()).containsExactly(
					new ValidationError("Customers", 2, "Name", "Name must be filled in."),
					new ValidationError("Customers", 2, "CustGroup",
							"Customer group '99' is not one of the customer groups answered in 'Customer groups'."),
					new ValidationError("Customers", 2, "CreditMax", "Credit limit 'lots' is not a number.")));
		assertThatThrownBy(() -> this.grid.add(this.configurator, this.project, "Customers",
				row("AccountNum", "c-001", "Name", "Again", "CustGroup", "10")))
			.isInstanceOfSatisfying(RowRefused.class, e -> assertThat(e.problems()).extracting(ValidationError::message)
				.containsExactly("This row repeats Customer account 'c-001' of row 1."));
		assertThatThrownBy(() -> this.grid.add(this.configurator, this.project, "Customers", row("Name", " ")))
			.isInstanceOf(RowRefused.class);

		// the row keeps its own key when it is edited
		TableRow saved = this.answers.page(this.project, "Customers", 0, 10).rows().get(0);
		this.grid.edit(this.configurator, this.project, "Customers", saved.id(), saved.version(),
				row("AccountNum", "C-001", "Name", "Contoso Ltd", "CustGroup", "10"));
		assertThat(this.answers.rows(this.project, "Customers").toList())
			.containsExactly(Map.of("AccountNum", "C-001", "Name", "Contoso Ltd", "CustGroup", "10"));

		// the grid shows problems of saved rows too: here the group that the customer refers to goes away
		TableRow group = this.answers.page(this.project, "CustomerGroups", 0, 10).rows().get(0);
		this.grid.edit(this.configurator, this.project, "CustomerGroups", group.id(), group.version(), row("CustGroup", "11"));
		assertThat(this.grid.grid(this.configurator, this.project, "Customers", 0, 50).problems().values())
			.singleElement()
			.satisfies(p -> assertThat(p).containsOnlyKeys("CustGroup"));
		assertThat(this.grid.choices(this.configurator, this.project, "Customers")).containsEntry("CustGroup",
				List.of("11"));
	}

	@Test
	void aViewerLooksButCannotChange() {
		TableRow saved = this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "10"));
		CustomerActor viewer = this.fixtures.colleague(this.configurator, CustomerRole.DESIGNER, CustomerRole.VIEWER);
		assertThat(this.grid.grid(this.configurator, this.project, "CustomerGroups", 0, 10).mayChange()).isTrue();
		assertThat(this.grid.grid(viewer, this.project, "CustomerGroups", 0, 10).mayChange()).isFalse();
		assertThat(this.grid.grid(viewer, this.project, "CustomerGroups", 0, 10).page().total()).isEqualTo(1);
		assertThatThrownBy(() -> this.grid.add(viewer, this.project, "CustomerGroups", row("CustGroup", "20")))
			.isInstanceOf(ProjectAccessDenied.class);
		assertThatThrownBy(() -> this.grid.edit(viewer, this.project, "CustomerGroups", saved.id(), 1,
				row("CustGroup", "20")))
			.isInstanceOf(ProjectAccessDenied.class);
		assertThatThrownBy(() -> this.grid.delete(viewer, this.project, "CustomerGroups", saved.id(), 1))
			.isInstanceOf(ProjectAccessDenied.class);
		CustomerActor designer = this.fixtures.colleague(this.configurator, CustomerRole.DESIGNER);
		assertThatThrownBy(() -> this.grid.grid(designer, this.project, "CustomerGroups", 0, 10))
			.isInstanceOf(ProjectAccessDenied.class);
		assertThat(this.answers.count(this.project, "CustomerGroups")).isEqualTo(1);
	}

	@Test
	void theRowsOfAnArchivedProjectOnlyShow() {
		this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "10"));
		this.management.archive(this.configurator, this.project);
		assertThat(this.grid.grid(this.configurator, this.project, "CustomerGroups", 0, 10).mayChange()).isFalse();
		assertThatThrownBy(() -> this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "20")))
			.isInstanceOf(ProjectAccessDenied.class);
		assertThat(this.answers.count(this.project, "CustomerGroups")).isEqualTo(1);
	}

	@Test
	void aConfiguratorSeesOnlyTheTablesOfTheGroupsAssignedToThem() {
		TableRow saved = this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "10"));
		CustomerActor other = this.fixtures.colleague(this.configurator, CustomerRole.CONFIGURATOR);
		// with no group in the project, the project is not theirs to open at all (as its page is not)
		assertThatThrownBy(() -> this.grid.tables(other, this.project)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.grid.project(other, this.project)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.grid.grid(other, this.project, "CustomerGroups", 0, 10))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.grid.delete(other, this.project, "CustomerGroups", saved.id(), 1))
			.isInstanceOf(NotFoundException.class);

		// with one group assigned, they see that group's tables and change its rows, and nothing of the others
		long customerGroups = this.management.overview(this.configurator, this.project).areas()
			.stream()
			.flatMap(a -> a.groups().stream())
			.filter(g -> g.name().equals("Customer groups"))
			.findFirst()
			.orElseThrow()
			.id();
		this.management.reassign(this.configurator, this.project, customerGroups, other.accountId(), null);
		assertThat(this.grid.tables(other, this.project)).extracting(t -> t.question().shortName())
			.containsExactly("CustomerGroups");
		this.grid.edit(other, this.project, "CustomerGroups", saved.id(), saved.version(), row("CustGroup", "11"));
		assertThatThrownBy(() -> this.grid.grid(other, this.project, "Customers", 0, 10))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.grid.add(other, this.project, "Customers", row("AccountNum", "C-9")))
			.isInstanceOf(NotFoundException.class);
		// the creator keeps the project, without the group handed over
		assertThat(this.grid.tables(this.configurator, this.project)).extracting(t -> t.question().shortName())
			.doesNotContain("CustomerGroups")
			.contains("Customers");
		assertThatThrownBy(() -> this.grid.grid(this.configurator, this.project, "CustomerGroups", 0, 10))
			.isInstanceOf(NotFoundException.class);
		// a Viewer (not a Configurator) reads every table of every project and changes none
		CustomerActor viewer = this.fixtures.colleague(this.configurator, CustomerRole.DESIGNER, CustomerRole.VIEWER);
		assertThat(this.grid.tables(viewer, this.project)).extracting(t -> t.question().shortName())
			.contains("CustomerGroups", "Customers");
		assertThat(this.grid.grid(viewer, this.project, "CustomerGroups", 0, 10).mayChange()).isFalse();
		assertThat(this.answers.rows(this.project, "CustomerGroups").toList()).containsExactly(Map.of("CustGroup", "11"));
	}

	@Test
	void theCreatorSeesTheTablesOfTheirNewProject() {
		this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "10"));
		assertThat(this.grid.tables(this.configurator, this.project)).extracting(t -> t.question().shortName())
			.contains("Currencies", "CustomerGroups", "Customers", "ZipCodes");
		assertThat(this.grid.tables(this.configurator, this.project))
			.filteredOn(t -> t.question().shortName().equals("CustomerGroups"))
			.extracting(TableGrid.TableSummary::rows)
			.containsExactly(1L);
	}

	@Test
	void anotherTenantsProjectOrRowIsNotFound() {
		TableRow saved = this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "10"));
		CustomerActor stranger = this.fixtures.customer(CustomerRole.ADMINISTRATOR);
		long own = this.fixtures.project(stranger);
		assertThatThrownBy(() -> this.grid.grid(stranger, this.project, "CustomerGroups", 0, 10))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.grid.add(stranger, this.project, "CustomerGroups", row("CustGroup", "20")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.grid.delete(stranger, own, "CustomerGroups", saved.id(), 1))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.grid.grid(this.configurator, this.project, "CompanyName", 0, 10))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.answers.count(this.project, "CustomerGroups")).isEqualTo(1);
	}

	@Test
	void rowsOfAnAreaThatIsNotOpenAreRefusedWhileBaseInformationIsNotCompleteAndItsOwnTablesTakeRowsAnyway() {
		long fresh = this.fixtures.freshProject(this.configurator);
		// Base information's own tables take rows from the start
		TableRow euro = this.grid.add(this.configurator, fresh, "Currencies", row("CurrencyCode", "EUR", "Txt", "Euro"));
		assertThat(this.grid.grid(this.configurator, fresh, "Currencies", 0, 10)).satisfies(g -> {
			assertThat(g.areaOpen()).isTrue();
			assertThat(g.mayChange()).isTrue();
		});
		TableGrid.Grid closed = this.grid.grid(this.configurator, fresh, "CustomerGroups", 0, 10);
		assertThat(closed.areaOpen()).isFalse();
		assertThat(closed.mayChange()).isFalse();
		assertThat(closed.mayCancelImports()).isTrue();
		long audited = audited();
		assertThatThrownBy(() -> this.grid.add(this.configurator, fresh, "CustomerGroups", row("CustGroup", "10")))
			.isInstanceOfSatisfying(RuleViolation.class, TableGridTests::areaClosed);
		assertThat(this.answers.count(fresh, "CustomerGroups")).isZero();
		assertThat(audited()).isEqualTo(audited);

		// once Base information is complete the other areas open
		this.fixtures.completeBaseInformation(this.configurator, fresh);
		assertThat(this.grid.grid(this.configurator, fresh, "CustomerGroups", 0, 10).mayChange()).isTrue();
		TableRow wholesale = this.grid.add(this.configurator, fresh, "CustomerGroups", row("CustGroup", "10"));

		// a required answer of Base information cleared closes them again: rows stay, to read, not to change
		this.projects.saveValues(this.configurator.customerId(), fresh, Map.of("CompanyName", ""),
				this.configurator.signInId());
		audited = audited();
		assertThatThrownBy(() -> this.grid.edit(this.configurator, fresh, "CustomerGroups", wholesale.id(),
				wholesale.version(), row("CustGroup", "11")))
			.isInstanceOfSatisfying(RuleViolation.class, TableGridTests::areaClosed);
		assertThatThrownBy(
				() -> this.grid.delete(this.configurator, fresh, "CustomerGroups", wholesale.id(), wholesale.version()))
			.isInstanceOfSatisfying(RuleViolation.class, TableGridTests::areaClosed);
		assertThatThrownBy(() -> this.grid.add(this.configurator, fresh, "CustomerGroups", row("CustGroup", "20")))
			.isInstanceOfSatisfying(RuleViolation.class, TableGridTests::areaClosed);
		assertThat(this.grid.grid(this.configurator, fresh, "CustomerGroups", 0, 10).page().rows())
			.extracting(TableRow::cells)
			.containsExactly(Map.of("CustGroup", "10"));
		assertThat(this.grid.row(this.configurator, fresh, "CustomerGroups", wholesale.id()).version())
			.isEqualTo(wholesale.version());
		// refusals change nothing, so nothing is audited for them
		assertThat(audited()).isEqualTo(audited);
		this.grid.edit(this.configurator, fresh, "Currencies", euro.id(), euro.version(),
				row("CurrencyCode", "EUR", "Txt", "Euro (EMU)"));
		this.grid.delete(this.configurator, fresh, "Currencies", euro.id(), euro.version() + 1);
		assertThat(this.answers.rows(fresh, "Currencies").toList()).extracting(r -> r.get("CurrencyCode"))
			.containsExactly("USD");
	}

	/**
	 * The company is in the US and Addresses lists only Germany: Base information shows the error on its country/region,
	 * but Addresses, where it is put right, stays open (closing it would leave the mistake unfixable but by a wrong
	 * country/region); the project is not ready to load until it is put right.
	 */
	@Test
	void countriesRegionsThatLeaveOutTheCompanysOwnKeepAddressesOpenToPutItRight() {
		long fresh = this.fixtures.freshProject(this.configurator);
		this.fixtures.completeBaseInformation(this.configurator, fresh);
		this.grid.add(this.configurator, fresh, "CountriesRegions",
				row("CountryRegionId", "DE", "ShortName", "Germany"));

		ProjectOverview wrong = this.management.overview(this.configurator, fresh);
		ProjectOverview.Group organisation = wrong.areas().get(0).groups().get(0);
		assertThat(organisation.name()).isEqualTo("Organization information");
		assertThat(organisation.errors()).as("the company's country/region is not among them").isEqualTo(1);
		assertThat(wrong.areas()).as("every area stays open").allMatch(ProjectOverview.Area::open);
		assertThat(this.grid.grid(this.configurator, fresh, "CountriesRegions", 0, 10).mayChange()).isTrue();
		assertThat(this.grid.grid(this.configurator, fresh, "CustomerGroups", 0, 10).mayChange()).isTrue();

		this.grid.add(this.configurator, fresh, "CountriesRegions",
				row("CountryRegionId", "US", "ShortName", "United States"));
		assertThat(this.management.overview(this.configurator, fresh).areas().get(0).groups().get(0).errors())
			.isZero();
	}

	private long audited() {
		return this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(this.configurator.customerId()).size();
	}

	static void areaClosed(RuleViolation violation) {
		assertThat(violation.code()).isEqualTo("project.areaClosed");
		assertThat(violation.getMessage())
			.isEqualTo("Complete Base information first: the other functional areas open once it is complete.");
	}

	@Test
	void aCopiedProjectHasTheSameRowsAndTheyStayApart() {
		this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "10"));
		this.grid.add(this.configurator, this.project, "PaymentTerms", row("PaymTermId", "Net30", "PaymMethod", "Net"));
		long copy = this.fixtures.project(this.configurator);
		this.answers.copy(this.project, copy, this.configurator.signInId());
		assertThat(this.answers.rows(copy, "CustomerGroups").toList()).containsExactly(Map.of("CustGroup", "10"));
		this.grid.add(this.configurator, copy, "CustomerGroups", row("CustGroup", "20"));
		assertThat(this.answers.count(this.project, "CustomerGroups")).isEqualTo(1);
		assertThat(this.answers.count(copy, "CustomerGroups")).isEqualTo(2);
		assertThat(this.answers.count(copy, "PaymentTerms")).isEqualTo(1);

		long foreign = this.fixtures.freshProject(this.fixtures.customer(CustomerRole.ADMINISTRATOR));
		assertThatThrownBy(() -> this.answers.copy(this.project, foreign, "x"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.answers.all(foreign)).isEmpty();
	}

}
