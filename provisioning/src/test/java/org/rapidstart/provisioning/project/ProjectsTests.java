package org.rapidstart.provisioning.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.audit.AuditEvent;
import org.rapidstart.provisioning.audit.AuditEvents;
import org.rapidstart.provisioning.project.ProjectFixtures.Tenant;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.builtin.Industry;
import org.rapidstart.questionnaire.validation.ValidationError;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ProvisioningTest
@Import(ProjectFixtures.class)
class ProjectsTests {

	@Autowired
	ProjectFixtures fixtures;

	@Autowired
	Projects projects;

	@Autowired
	ProjectManagement management;

	@Autowired
	AuditEvents audit;

	@Autowired
	ProjectReports reports;

	Tenant tenant;

	@BeforeEach
	void setUp() {
		this.tenant = this.fixtures.tenant();
	}

	@Test
	void aCustomProjectAnswersASnapshotOfItsTemplateWithOneGroupPerTemplateGroup() {
		ProjectView created = this.fixtures.orderToCash(this.tenant.admin());

		ProjectView read = this.projects.project(this.tenant.customerId(), created.id());
		assertThat(read.name()).isEqualTo(created.name());
		assertThat(read.kind()).isEqualTo(ProjectKind.CUSTOM);
		assertThat(read.templateName()).isEqualTo("Order-to-cash");
		assertThat(read.template().functionalAreas()).extracting(a -> a.name())
			.containsExactly("Base information", "General ledger", "Accounts receivable", "Addresses");
		assertThat(this.projects.answers(this.tenant.customerId(), created.id())).isEqualTo(Answers.empty());

		ProjectOverview overview = this.management.overview(this.tenant.admin(), created.id());
		assertThat(overview.status()).isEqualTo("Not started");
		assertThat(overview.areas().get(0).groups()).extracting(ProjectOverview.Group::name)
			.containsExactly("Organization information", "Ledger", "Currency");
		assertThat(overview.areas().get(0).open()).isTrue();
		assertThat(overview.areas().get(1).open()).isFalse();
		assertThat(overview.areas().get(0).groups().get(0).assigneeName()).isEqualTo("User " + "ada-" + this.tenant.s());
		assertThat(this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(this.tenant.customerId()))
			.extracting(AuditEvent::getAction)
			.contains("PROJECT_CREATED");
	}

	@Test
	void aGroupWithNothingToAnswerIsCompleteAtOnceOnEveryPageAndReportUntilSomeoneEntersSomething() {
		ProjectView project = this.fixtures.orderToCash(this.tenant.admin());
		// Number sequences asks one Class question whose operation needs none of its answered parameters
		ProjectOverview.Group fresh = numberSequences(project);
		assertThat(fresh.questions()).isEqualTo(1);
		assertThat(fresh.percent()).isEqualTo(100);
		assertThat(fresh.status()).isEqualTo(GroupStatus.COMPLETE);
		assertThat(this.reports.questionGroupsStatus(this.tenant.admin(), project.id()))
			.filteredOn(g -> g.name().equals("Number sequences"))
			.singleElement()
			.satisfies(g -> {
				assertThat(g.status()).isEqualTo(GroupStatus.COMPLETE);
				assertThat(g.percent()).isEqualTo(100);
			});
		assertThat(this.reports.projectStatusDetail(this.tenant.admin(), project.id(), GroupStatus.NOT_STARTED))
			.flatExtracting(ProjectReports.ProjectStatus::groups)
			.extracting(ProjectOverview.Group::name)
			.doesNotContain("Number sequences");
		assertThat(this.management.overview(this.tenant.admin(), project.id()).status()).as("nobody started anything")
			.isEqualTo("Not started");

		// a prefix entered there is someone's answer: theirs to mark complete
		this.projects.saveValues(this.tenant.customerId(), project.id(), Map.of("NumberSequences|Prefix", "NW"),
				this.tenant.admin().signInId());
		assertThat(numberSequences(project).status()).isEqualTo(GroupStatus.IN_PROGRESS);
		assertThat(numberSequences(project).percent()).isEqualTo(100);
	}

	private ProjectOverview.Group numberSequences(ProjectView project) {
		return this.management.overview(this.tenant.admin(), project.id())
			.areas()
			.stream()
			.flatMap(a -> a.groups().stream())
			.filter(g -> g.name().equals("Number sequences"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void anotherCustomersOrAnUnknownProjectIsNotFound() {
		ProjectView mine = this.fixtures.orderToCash(this.tenant.admin());
		Tenant other = this.fixtures.tenant();

		assertThatThrownBy(() -> this.projects.project(other.customerId(), mine.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.projects.answers(other.customerId(), mine.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.projects.saveValues(other.customerId(), mine.id(), Map.of("CompanyName", "X"),
				other.admin().signInId()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.management.overview(other.admin(), mine.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.management.archive(other.admin(), mine.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.management.copy(other.admin(), mine.id(), "Mine now", true))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.projects.project(this.tenant.customerId(), Long.MAX_VALUE))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.management.projects(other.admin(), false)).isEmpty();
		assertThat(this.projects.answers(this.tenant.customerId(), mine.id()).values()).isEmpty();
	}

	@Test
	void savedValuesAreCheckedByTheEngineAndAWrongOneSavesNothing() {
		ProjectView project = this.fixtures.orderToCash(this.tenant.admin());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("CompanyName", "Contoso Europe");
		values.put("companycode", "TOOLONG");
		values.put("FiscalYear|StartDate", "2027-01-01");

		assertThatThrownBy(() -> this.projects.saveValues(this.tenant.customerId(), project.id(), values, "someone"))
			.isInstanceOfSatisfying(AnswersRefused.class, refused -> assertThat(refused.errors())
				.extracting(ValidationError::question)
				.containsExactly("CompanyCode"));
		assertThat(this.projects.answers(this.tenant.customerId(), project.id()).values()).isEmpty();

		values.put("companycode", "CEU");
		this.projects.saveValues(this.tenant.customerId(), project.id(), values, "someone");
		Answers answers = this.projects.answers(this.tenant.customerId(), project.id());
		assertThat(answers.value("CompanyCode")).contains("CEU");
		assertThat(answers.value("CompanyName")).contains("Contoso Europe");
		assertThat(answers.parameters("FiscalYear")).containsEntry("StartDate", "2027-01-01");

		this.projects.saveValues(this.tenant.customerId(), project.id(), Map.of("CompanyName", " "), "someone");
		assertThat(this.projects.answers(this.tenant.customerId(), project.id()).value("CompanyName")).isEmpty();

		for (String wrong : List.of("NoSuchQuestion", "Currencies", "FiscalYear", "CompanyName|Nothing",
				"FiscalYear|CalendarId")) {
			assertThatThrownBy(() -> this.projects.saveValues(this.tenant.customerId(), project.id(),
					Map.of(wrong, "x"), "someone"))
				.as(wrong)
				.isInstanceOf(AnswersRefused.class);
		}
	}

	@Test
	void aDefaultProjectStartsWithTheIndustryDefaultsAndTheOrganisationsFactsAnswered() {
		ProjectView project = this.management.create(this.tenant.configurator(), new NewProject("Defaults",
				new Organisation("Fabrikam Manufacturing", "5 Works Road", "Leeds", null, "LS1 4AP", "GB",
						Industry.MANUFACTURING),
				ProjectKind.DEFAULT, null, null));

		assertThat(project.kind()).isEqualTo(ProjectKind.DEFAULT);
		assertThat(project.template().functionalAreas()).extracting(a -> a.name())
			.containsExactly("Base information", "General ledger", "Accounts receivable", "Accounts payable", "Addresses");
		Answers answers = this.projects.answers(this.tenant.customerId(), project.id());
		assertThat(answers.value("CompanyName")).contains("Fabrikam Manufacturing");
		assertThat(answers.value("CompanyCode")).contains("FABR");
		assertThat(answers.value("CompanyCurrency")).contains("GBP");
		assertThat(answers.value("CheckCreditLimit")).contains("Yes");
		assertThat(answers.value("CreditLimitCheckType")).contains("BalanceAll");
		assertThat(answers.rows("Currencies").orElseThrow().count()).isEqualTo(4);
		assertThat(answers.rows("CustomerGroups").orElseThrow().toList()).extracting(r -> r.get("CustGroup"))
			.containsExactly("DOMESTIC", "EXPORT", "OEM");
		assertThat(answers.rows("CountriesRegions").orElseThrow().toList()).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("CountryRegionId", "GB").containsEntry("ShortName", "United Kingdom"));
		// nothing left to answer: every group is complete and the project can load
		ProjectOverview overview = this.management.overview(this.tenant.configurator(), project.id());
		assertThat(overview.areas().stream().flatMap(a -> a.groups().stream()))
			.extracting(ProjectOverview.Group::status)
			.containsOnly(GroupStatus.COMPLETE);
		assertThat(overview.readyToLoad()).isTrue();
		assertThat(overview.status()).isEqualTo("Ready to load");
	}

	@Test
	void namesAreUniqueAmongActiveProjectsAndAnArchivedProjectFreesItsName() {
		ProjectView project = this.fixtures.orderToCash(this.tenant.admin());
		assertThatThrownBy(() -> this.management.create(this.tenant.admin(), new NewProject(project.name().toUpperCase(),
				ProjectFixtures.organisation(), ProjectKind.CUSTOM, "builtin:Order-to-cash", null)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("name"));
		assertThatThrownBy(() -> this.management.create(this.tenant.admin(), new NewProject("No template",
				ProjectFixtures.organisation(), ProjectKind.CUSTOM, "builtin:Nothing", null)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("template"));

		this.management.archive(this.tenant.admin(), project.id());
		assertThat(this.management.projects(this.tenant.admin(), false)).extracting(ProjectSummary::id)
			.doesNotContain(project.id());
		assertThat(this.management.projects(this.tenant.admin(), true)).extracting(ProjectSummary::status)
			.containsExactly("Archived");
		assertThatThrownBy(() -> this.projects.saveValues(this.tenant.customerId(), project.id(),
				Map.of("CompanyName", "X"), "someone"))
			.isInstanceOf(RuleViolation.class);
		this.fixtures.orderToCash(this.tenant.admin());
	}

	@Test
	void aCopyTakesTheAnswersOnlyWhenAskedAndOnlyBySomeoneWhoSeesEveryGroup() {
		ProjectView project = this.fixtures.orderToCash(this.tenant.admin());
		this.projects.saveValues(this.tenant.customerId(), project.id(), Map.of("CompanyName", "Contoso", "CompanyCode",
				"CEU", "FiscalYear|PeriodUnit", "Month", "LedgerName", "Contoso ledger"), "someone");

		ProjectView with = this.management.copy(this.tenant.admin(), project.id(), "Copy with", true);
		ProjectView without = this.management.copy(this.tenant.admin(), project.id(), "Copy without", false);
		assertThat(this.projects.answers(this.tenant.customerId(), with.id()))
			.isEqualTo(this.projects.answers(this.tenant.customerId(), project.id()));
		assertThat(this.projects.answers(this.tenant.customerId(), without.id())).isEqualTo(Answers.empty());
		assertThat(with.template()).isEqualTo(project.template());

		// a Configurator does not see the project until a group is assigned to them, and copies its answers only
		// when they see every group
		assertThatThrownBy(() -> this.management.copy(this.tenant.configurator(), project.id(), "Not mine", true))
			.isInstanceOf(NotFoundException.class);
		long organisation = this.management.overview(this.tenant.admin(), project.id()).areas().get(0).groups().get(0).id();
		this.management.reassign(this.tenant.admin(), project.id(), organisation, this.tenant.configurator().accountId(),
				null);
		assertThatThrownBy(() -> this.management.copy(this.tenant.configurator(), project.id(), "Mine", true))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("withAnswers"));
		ProjectView configurators = this.management.copy(this.tenant.configurator(), project.id(), "Mine", false);
		assertThat(this.projects.answers(this.tenant.customerId(), configurators.id())).isEqualTo(Answers.empty());
		// the copy is the copier's: every group is assigned to them
		assertThat(this.management.overview(this.tenant.configurator(), configurators.id()).areas()
			.stream()
			.flatMap(a -> a.groups().stream())
			.allMatch(g -> g.assigneeAccountId() == this.tenant.configurator().accountId())).isTrue();
	}

}
