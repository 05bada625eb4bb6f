package org.rapidstart.provisioning.project;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.ProjectFixtures.Tenant;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.questionnaire.validation.ValidationError;
import org.rapidstart.testsupport.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ProvisioningTest
@Import(ProjectFixtures.class)
class QuestionGroupAnsweringTests {

	@Autowired
	ProjectFixtures fixtures;

	@Autowired
	QuestionGroupAnswering answering;

	@Autowired
	ProjectManagement management;

	@Autowired
	Projects projects;

	@Autowired
	TestClock clock;

	@Autowired
	TableGrid tables;

	@Autowired
	ProjectEngine engine;

	Tenant tenant;

	ProjectView project;

	long organisation;

	long ledger;

	long generalLedgerParameters;

	@BeforeEach
	void setUp() {
		this.tenant = this.fixtures.tenant();
		this.project = this.fixtures.orderToCash(this.tenant.admin());
		List<ProjectOverview.Group> groups = this.management.overview(this.tenant.admin(), this.project.id())
			.areas()
			.stream()
			.flatMap(a -> a.groups().stream())
			.toList();
		this.organisation = id(groups, "Organization information");
		this.ledger = id(groups, "Ledger");
		this.generalLedgerParameters = id(groups, "General ledger parameters");
	}

	private static long id(List<ProjectOverview.Group> groups, String name) {
		return groups.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow().id();
	}

	@Test
	void theLaterOfTwoSavesOnTheSameVersionIsRefusedWithWhoChangedWhatAndWhen() {
		CustomerActor other = secondAdmin();
		long version = this.answering.page(this.tenant.admin(), this.project.id(), this.organisation).version();
		assertThat(this.answering.page(other, this.project.id(), this.organisation).version()).isEqualTo(version);

		this.answering.save(this.tenant.admin(), this.project.id(), this.organisation, version,
				Map.of("CompanyName", "Contoso Europe", "City", "Dublin"));
		this.clock.advance(Duration.ofMinutes(2));

		assertThatThrownBy(() -> this.answering.save(other, this.project.id(), this.organisation, version,
				Map.of("CompanyName", "Contoso Ltd")))
			.isInstanceOfSatisfying(AnswersConflict.class, conflict -> {
				assertThat(conflict.getMessage()).contains(this.tenant.admin().signInId());
				assertThat(conflict.changes()).extracting(AnswersConflict.Change::key)
					.containsExactlyInAnyOrder("CompanyName", "City");
				assertThat(conflict.changes()).allSatisfy(c -> {
					assertThat(c.changedBy()).isEqualTo(this.tenant.admin().signInId());
					assertThat(c.changedAt()).isNotNull();
				});
				assertThat(conflict.changes()).filteredOn(c -> c.key().equals("CompanyName"))
					.extracting(AnswersConflict.Change::value, AnswersConflict.Change::label)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("Contoso Europe",
							"What is the legal name of your company?"));
				assertThat(conflict.currentVersion()).isEqualTo(version + 1);
			});
		assertThat(this.projects.answers(this.tenant.customerId(), this.project.id()).value("CompanyName"))
			.contains("Contoso Europe");

		// re-applied on the current version, the save goes through
		this.answering.save(other, this.project.id(), this.organisation, version + 1,
				Map.of("CompanyName", "Contoso Ltd"));
		assertThat(this.projects.answers(this.tenant.customerId(), this.project.id()).value("CompanyName"))
			.contains("Contoso Ltd");
	}

	/** A second Administrator of the same customer. */
	private CustomerActor secondAdmin() {
		return new CustomerActor(this.tenant.configurator().accountId(), "second-admin@customer.example",
				this.tenant.customerId(), Set.of(CustomerRole.ADMINISTRATOR));
	}

	@Test
	void wrongValuesAreRefusedNextToTheirQuestionAndMissingOnesOnlyByMarkAsComplete() {
		long version = this.answering.page(this.tenant.admin(), this.project.id(), this.organisation).version();
		Map<String, String> input = new LinkedHashMap<>();
		input.put("CompanyName", "Contoso Europe");
		input.put("CompanyCode", "C");
		assertThatThrownBy(() -> this.answering.save(this.tenant.admin(), this.project.id(), this.organisation, version,
				input))
			.isInstanceOfSatisfying(AnswersRefused.class, refused -> {
				GroupPage page = this.answering.page(this.tenant.admin(), this.project.id(), this.organisation, input,
						version, refused.errors());
				GroupPage.Question code = page.questions().stream()
					.filter(q -> q.shortName().equals("CompanyCode"))
					.findFirst()
					.orElseThrow();
				assertThat(code.value()).isEqualTo("C");
				assertThat(code.errors()).singleElement().asString().contains("expected form");
			});

		input.put("CompanyCode", "CEU");
		this.answering.save(this.tenant.admin(), this.project.id(), this.organisation, version, input);
		assertThatThrownBy(() -> this.answering.markComplete(this.tenant.admin(), this.project.id(), this.organisation))
			.isInstanceOfSatisfying(GroupIncomplete.class, incomplete -> assertThat(incomplete.missing())
				.extracting(ValidationError::question)
				.contains("CountryRegion", "CompanyCurrency", "FiscalYear")
				.doesNotContain("CompanyName", "CompanyCode"));

		this.answering.save(this.tenant.admin(), this.project.id(), this.organisation, version + 1,
				Map.of("CountryRegion", "IE", "CompanyCurrency", "EUR", "FiscalYear|StartDate", "2027-01-01",
						"FiscalYear|PeriodUnit", "Month", "FiscalYear|PeriodQuantity", "1", "FiscalYear|NumberOfYears",
						"2"));
		this.answering.markComplete(this.tenant.admin(), this.project.id(), this.organisation);
		assertThat(this.management.group(this.tenant.admin(), this.project.id(), this.organisation).status())
			.isEqualTo(GroupStatus.COMPLETE);
		GroupPage page = this.answering.page(this.tenant.admin(), this.project.id(), this.organisation);
		assertThat(page.questions().stream().filter(q -> q.shortName().equals("FiscalYear")).findFirst().orElseThrow()
			.parameters()).filteredOn(p -> p.name().equals("CalendarId"))
			.singleElement()
			.satisfies(p -> {
				assertThat(p.answered()).isFalse();
				assertThat(p.value()).isEqualTo("CEU");
			});

		// clearing a required answer reopens the group
		this.answering.save(this.tenant.admin(), this.project.id(), this.organisation, version + 2,
				Map.of("CompanyCurrency", ""));
		assertThat(this.management.group(this.tenant.admin(), this.project.id(), this.organisation).status())
			.isEqualTo(GroupStatus.IN_PROGRESS);
	}

	@Test
	void aYesNoAnswerRevealsItsFollowUpAndOtherAreasWaitForBaseInformation() {
		GroupPage page = this.answering.page(this.tenant.admin(), this.project.id(), this.ledger);
		assertThat(shown(page, "ReportingCurrency")).isFalse();
		page = this.answering.page(this.tenant.admin(), this.project.id(), this.ledger,
				Map.of("UseReportingCurrency", "Yes"), page.version(), List.of());
		assertThat(shown(page, "ReportingCurrency")).isTrue();

		GroupPage closed = this.answering.page(this.tenant.admin(), this.project.id(), this.generalLedgerParameters);
		assertThat(closed.group().areaOpen()).isFalse();
		assertThat(closed.mayAnswer()).isFalse();
		assertThatThrownBy(() -> this.answering.save(this.tenant.admin(), this.project.id(),
				this.generalLedgerParameters, closed.version(), Map.of("CheckVoucherNumbers", "Yes")))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("project.areaClosed"));
	}

	private static boolean shown(GroupPage page, String question) {
		return page.questions().stream().filter(q -> q.shortName().equals(question)).findFirst().orElseThrow().shown();
	}

	@Test
	void autosavedInputComesBackAsADraftUntilSaved() {
		long version = this.answering.page(this.tenant.admin(), this.project.id(), this.organisation).version();
		GroupPage autosaved = this.answering.saveDraft(this.tenant.admin(), this.project.id(), this.organisation,
				version, Map.of("CompanyName", "Half typed"));
		assertThat(autosaved.draftSavedAt()).isEqualTo(this.clock.instant());
		assertThat(autosaved.version()).isEqualTo(version);
		assertThat(autosaved.questions().get(0).value()).isEqualTo("Half typed");

		GroupPage page = this.answering.page(this.tenant.admin(), this.project.id(), this.organisation);
		assertThat(page.draftSavedAt()).isNotNull();
		assertThat(page.questions().get(0).value()).isEqualTo("Half typed");
		assertThat(this.projects.answers(this.tenant.customerId(), this.project.id()).value("CompanyName")).isEmpty();
		// drafts are personal
		assertThat(this.answering.page(secondAdmin(), this.project.id(), this.organisation)
			.draftSavedAt()).isNull();

		this.answering.save(this.tenant.admin(), this.project.id(), this.organisation, page.version(),
				Map.of("CompanyName", "Fully typed"));
		page = this.answering.page(this.tenant.admin(), this.project.id(), this.organisation);
		assertThat(page.draftSavedAt()).isNull();
		assertThat(page.questions().get(0).value()).isEqualTo("Fully typed");

		// once nobody may answer (an archived project), a draft left behind is not offered as input
		this.answering.saveDraft(this.tenant.admin(), this.project.id(), this.organisation, page.version(),
				Map.of("CompanyName", "Left behind"));
		this.management.archive(this.tenant.admin(), this.project.id());
		page = this.answering.page(this.tenant.admin(), this.project.id(), this.organisation);
		assertThat(page.draftSavedAt()).isNull();
		assertThat(page.questions().get(0).value()).isEqualTo("Fully typed");
	}

	@Test
	void autosavingWhileTypingDoesNotCheckTheRowsOfTheProjectsTablesAgain() {
		this.tables.add(this.tenant.admin(), this.project.id(), "Currencies",
				Map.of("CurrencyCode", "USD", "Txt", "US dollar", "Symbol", "$", "RoundingPrecision", "0.01"));
		long version = this.answering.page(this.tenant.admin(), this.project.id(), this.organisation).version();
		long checks = this.engine.rowChecks();
		for (String typed : List.of("C", "Co", "Con")) {
			GroupPage autosaved = this.answering.saveDraft(this.tenant.admin(), this.project.id(), this.organisation,
					version, Map.of("CompanyName", typed));
			assertThat(autosaved.questions().get(0).value()).isEqualTo(typed);
		}
		assertThat(this.engine.rowChecks() - checks).as("the state the page view worked out, shared").isZero();
		assertThat(this.answering.page(this.tenant.admin(), this.project.id(), this.organisation).questions().get(0)
			.value()).isEqualTo("Con");
	}

	@Test
	void aConfiguratorSeesAndAnswersOnlyTheGroupsAssignedToThemAndAViewerChangesNothing() {
		assertThat(this.management.projects(this.tenant.configurator(), false)).isEmpty();
		assertThatThrownBy(() -> this.management.overview(this.tenant.configurator(), this.project.id()))
			.isInstanceOf(NotFoundException.class);

		this.management.reassign(this.tenant.admin(), this.project.id(), this.ledger,
				this.tenant.configurator().accountId(), java.time.LocalDate.of(2027, 3, 1));

		ProjectOverview overview = this.management.overview(this.tenant.configurator(), this.project.id());
		assertThat(this.answering.page(this.tenant.configurator(), this.project.id(), this.ledger).group()
			.assigneeName()).as("the group page names its assignee").isEqualTo("User carl-" + this.tenant.s());
		assertThat(overview.areas()).hasSize(1);
		assertThat(overview.areas().get(0).groups()).extracting(ProjectOverview.Group::name).containsExactly("Ledger");
		assertThat(overview.areas().get(0).groups().get(0).targetDate()).isEqualTo(java.time.LocalDate.of(2027, 3, 1));
		assertThat(this.management.projects(this.tenant.configurator(), false)).extracting(ProjectSummary::id)
			.containsExactly(this.project.id());
		assertThatThrownBy(() -> this.answering.page(this.tenant.configurator(), this.project.id(), this.organisation))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.answering.save(this.tenant.configurator(), this.project.id(), this.organisation,
				0, Map.of("CompanyName", "Mine")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.management.reassign(this.tenant.configurator(), this.project.id(),
				this.organisation, this.tenant.configurator().accountId(), null))
			.isInstanceOf(NotFoundException.class);
		this.answering.save(this.tenant.configurator(), this.project.id(), this.ledger, 0,
				Map.of("LedgerName", "Contoso ledger"));
		assertThatThrownBy(() -> this.projects.requireMayAnswer(this.tenant.otherConfigurator(), this.project.id(),
				"LedgerName"))
			.isInstanceOf(RuntimeException.class);
		this.projects.requireMayAnswer(this.tenant.configurator(), this.project.id(), "LedgerName");

		// a Viewer reads every group and changes nothing
		assertThat(this.management.overview(this.tenant.viewer(), this.project.id()).areas()).hasSize(4);
		GroupPage page = this.answering.page(this.tenant.viewer(), this.project.id(), this.ledger);
		assertThat(page.mayAnswer()).isFalse();
		assertThat(page.questions().get(0).value()).isEqualTo("Contoso ledger");
		assertThatThrownBy(() -> this.answering.save(this.tenant.viewer(), this.project.id(), this.ledger,
				page.version(), Map.of("LedgerName", "Viewer's")))
			.isInstanceOf(ProjectAccessDenied.class);
		assertThatThrownBy(() -> this.answering.saveDraft(this.tenant.viewer(), this.project.id(), this.ledger,
				page.version(), Map.of("LedgerName", "Viewer's")))
			.isInstanceOf(ProjectAccessDenied.class);
		assertThatThrownBy(() -> this.answering.markComplete(this.tenant.viewer(), this.project.id(), this.ledger))
			.isInstanceOf(ProjectAccessDenied.class);
		assertThatThrownBy(() -> this.management.create(this.tenant.viewer(), new NewProject("Viewer's",
				ProjectFixtures.organisation(), ProjectKind.DEFAULT, null, null)))
			.isInstanceOf(ProjectAccessDenied.class);
		assertThatThrownBy(() -> this.management.copy(this.tenant.viewer(), this.project.id(), "Viewer's", true))
			.isInstanceOf(ProjectAccessDenied.class);
		assertThatThrownBy(() -> this.management.archive(this.tenant.viewer(), this.project.id()))
			.isInstanceOf(ProjectAccessDenied.class);
		assertThatThrownBy(() -> this.management.reassign(this.tenant.viewer(), this.project.id(), this.ledger,
				this.tenant.viewer().accountId(), null))
			.isInstanceOf(ProjectAccessDenied.class);
		assertThat(this.projects.answers(this.tenant.customerId(), this.project.id()).value("LedgerName"))
			.contains("Contoso ledger");
	}

	@Test
	void listsOfferTheValuesAnsweredElsewhereAndRefuseOthers() {
		GroupPage before = this.answering.page(this.tenant.admin(), this.project.id(), this.organisation);
		// nothing answered in the source yet: a free text box, and any currency code is taken for now
		assertThat(question(before, "CompanyCurrency").choices()).isEmpty();

		this.tables.add(this.tenant.admin(), this.project.id(), "Currencies", Map.of("CurrencyCode", "EUR", "Txt", "Euro"));
		this.tables.add(this.tenant.admin(), this.project.id(), "Currencies", Map.of("CurrencyCode", "USD", "Txt", "US dollar"));
		GroupPage page = this.answering.page(this.tenant.admin(), this.project.id(), this.organisation);
		assertThat(question(page, "CompanyCurrency").choices()).containsExactly("EUR", "USD");
		assertThat(question(page, "CompanyCurrency").list()).isTrue();
		assertThatThrownBy(() -> this.answering.save(this.tenant.admin(), this.project.id(), this.organisation,
				page.version(), Map.of("CompanyCurrency", "JPY")))
			.isInstanceOfSatisfying(AnswersRefused.class, refused -> assertThat(refused.errors()).singleElement()
				.satisfies(e -> assertThat(e.message()).contains("'JPY' is not one of the currency answered in 'Currency'")));
		this.answering.save(this.tenant.admin(), this.project.id(), this.organisation, page.version(),
				Map.of("CompanyCurrency", "usd"));
		assertThat(this.projects.answers(this.tenant.customerId(), this.project.id()).value("CompanyCurrency"))
			.contains("usd");

		// a Class parameter takes its value from another answer
		this.answering.save(this.tenant.admin(), this.project.id(), this.organisation, page.version() + 1,
				Map.of("CompanyCode", "CEU"));
		assertThat(question(this.answering.page(this.tenant.admin(), this.project.id(), this.organisation), "FiscalYear")
			.parameters()).filteredOn(p -> p.name().equals("CalendarId"))
			.singleElement()
			.satisfies(p -> assertThat(p.value()).isEqualTo("CEU"));
		// and the ledger's accounting currency offers the same currencies
		assertThat(question(this.answering.page(this.tenant.admin(), this.project.id(), this.ledger),
				"AccountingCurrency").choices()).containsExactly("EUR", "USD");
	}

	private static GroupPage.Question question(GroupPage page, String shortName) {
		return page.questions().stream().filter(q -> q.shortName().equals(shortName)).findFirst().orElseThrow();
	}

}
