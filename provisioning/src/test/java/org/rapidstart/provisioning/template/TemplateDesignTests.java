package org.rapidstart.provisioning.template;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.audit.AuditEvent;
import org.rapidstart.provisioning.audit.AuditEvents;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.lifecycle.CustomerDataPurging;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.document.RapidStartPackage;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.Control;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Lookup;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateEditException;
import org.rapidstart.questionnaire.model.TemplateType;
import org.rapidstart.questionnaire.publish.PublishException;
import org.rapidstart.questionnaire.publish.PublishProblem;
import org.rapidstart.testsupport.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ProvisioningTest
@Import(Tenants.class)
class TemplateDesignTests {

	@Autowired
	Tenants tenants;

	@Autowired
	TemplateDesign design;

	@Autowired
	TemplateLibrary library;

	@Autowired
	AuditEvents auditEvents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	CustomerActor designer;

	CustomerActor otherDesigner;

	CustomerActor foreigner;

	@BeforeEach
	void setUp() {
		long mine = this.tenants.customer("mine");
		this.designer = Tenants.actor(mine, "dana", CustomerRole.DESIGNER);
		this.otherDesigner = Tenants.actor(mine, "dave", CustomerRole.ADMINISTRATOR);
		this.foreigner = Tenants.actor(this.tenants.customer("theirs"), "fred", CustomerRole.ADMINISTRATOR);
	}

	/** A custom template with one area: a yes/no, a dependent enum field and a customer-group table. */
	DesignedTemplate salesTemplate(String name) {
		DesignedTemplate t = this.design.create(this.designer,
				new TemplateProperties(name, "Credit and groups", TemplateType.CUSTOM, null));
		t = this.design.addFunctionalArea(this.designer, t.id(), t.version(), new AreaProperties("Sales", "", false));
		t = this.design.addQuestionGroup(this.designer, t.id(), t.version(), "Sales", "Credit", "");
		t = this.design.addQuestionGroup(this.designer, t.id(), t.version(), "Sales", "Customer groups", "");
		t = question(t, "Credit", Question.choice("UseCredit", "Do you check credit limits?"));
		t = question(t, "Credit", Question.field("CreditCheck", "What is the credit limit compared with?",
				"CustParameters", "CreditMaxCheck")
			.withControl(Control.LIST)
			.withLookup(Lookup.enumValues())
			.dependingOn("UseCredit", "Yes"));
		return question(t, "Customer groups", Question.table("CustomerGroups", "Which customer groups do you use?",
				"CustGroup", Column.of("CustGroup", "Customer group").asMandatory(), Column.of("Name", "Description")));
	}

	DesignedTemplate question(DesignedTemplate t, String group, Question q) {
		return this.design.saveQuestion(this.designer, t.id(), t.version(), "Sales", group, null, q).template();
	}

	@Test
	void aDesignerBuildsAndPublishesATemplateThatProjectsCanThenChoose() {
		DesignedTemplate t = salesTemplate("Sales setup");
		assertThat(t.template().published()).isFalse();
		assertThat(t.template().targetErpVersion()).isEqualTo("Dynamics AX 2012 R3");
		assertThat(this.library.publishedFor(this.designer.customerId())).noneMatch(a -> "Sales setup".equals(a.name()));

		t = this.design.publishFunctionalArea(this.designer, t.id(), t.version(), "Sales");
		t = this.design.publish(this.designer, t.id(), t.version());

		assertThat(t.template().published()).isTrue();
		// what a change returns (the engine's view it wrote) is what reading the stored document gives
		assertThat(this.design.template(this.designer, t.id()).template()).isEqualTo(t.template());
		assertThat(this.library.published(this.designer.customerId(), t.id(), null)).get()
			.extracting(a -> a.template().questions().size())
			.isEqualTo(3);
		assertThat(this.design.templates(this.designer)).extracting(TemplateSummary::name)
			.startsWith(BuiltInTemplates.ORDER_TO_CASH)
			.contains("Sales setup");
		assertThat(this.auditEvents.findByCustomerIdOrderByOccurredAtDescIdDesc(this.designer.customerId()))
			.extracting(AuditEvent::getAction)
			.contains("TEMPLATE_CREATED", "TEMPLATE_CHANGED", "TEMPLATE_PUBLISHED");
	}

	@Test
	void publishingIsRefusedWithEveryProblem() {
		DesignedTemplate t = salesTemplate("Broken");
		t = question(t, "Customer groups", Question.table("Customers", "Your customers", "CustTable",
				Column.of("AccountNum", "Account").asMandatory(),
				Column.of("CustGroup", "Group").withLookup(Lookup.question("NoSuchQuestion"))));
		DesignedTemplate broken = t;

		assertThatThrownBy(() -> this.design.publish(this.designer, broken.id(), broken.version()))
			.isInstanceOf(PublishException.class)
			.satisfies(ex -> assertThat(((PublishException) ex).problems()).extracting(PublishProblem::message)
				.anyMatch(m -> m.contains("Publish at least one functional area")));
		assertThatThrownBy(() -> this.design.publishFunctionalArea(this.designer, broken.id(), broken.version(), "Sales"))
			.isInstanceOf(PublishException.class)
			.satisfies(ex -> assertThat(((PublishException) ex).problems()).extracting(PublishProblem::message)
				.anyMatch(m -> m.contains("NoSuchQuestion"))
				.anyMatch(m -> m.contains("CustTable.Name")));
		assertThat(this.design.template(this.designer, broken.id()).template().functionalAreas().get(0).published())
			.isFalse();
	}

	@Test
	void editingAPublishedTemplateNeedsUnpublishingWhichNamesTheProjectsUsingIt() {
		DesignedTemplate t = salesTemplate("In use");
		t = this.design.publishFunctionalArea(this.designer, t.id(), t.version(), "Sales");
		DesignedTemplate published = this.design.publish(this.designer, t.id(), t.version());
		project(published.id(), "Alder rollout", null);
		project(published.id(), "Old rollout", Instant.now());

		assertThatThrownBy(() -> this.design.addFunctionalArea(this.designer, published.id(), published.version(),
				new AreaProperties("More", "", false)))
			.isInstanceOf(TemplateEditException.class)
			.hasMessageContaining("Unpublish it before editing");
		assertThat(this.design.projectsUsing(this.designer, published.id())).containsExactly("Alder rollout");

		t = this.design.unpublish(this.designer, published.id(), published.version());
		assertThatThrownBy(() -> this.design.deleteQuestion(this.designer, published.id(), this.design
			.template(this.designer, published.id())
			.version(), "UseCredit")).hasMessageContaining("functional area 'Sales' is published");
		t = this.design.unpublishFunctionalArea(this.designer, t.id(), t.version(), "Sales");
		t = this.design.deleteQuestion(this.designer, t.id(), t.version(), "CreditCheck");
		assertThat(t.template().question("CreditCheck")).isEmpty();
		assertThat(this.auditEvents.findByCustomerIdOrderByOccurredAtDescIdDesc(this.designer.customerId()))
			.extracting(AuditEvent::getDetails)
			.anyMatch(d -> d.contains("unpublished (used by Alder rollout)"));
	}

	@Test
	void deletingIsRefusedWhileActiveProjectsUseTheTemplateAndNamesThem() {
		DesignedTemplate t = salesTemplate("Delete me");
		project(t.id(), "Birch rollout", null);
		DesignedTemplate used = t;
		assertThatThrownBy(() -> this.design.delete(this.designer, used.id(), used.version()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("Birch rollout");

		this.jdbc.sql("UPDATE project SET archived_at = now() WHERE template_id = ?").param(t.id()).update();
		this.design.delete(this.designer, t.id(), t.version());
		assertThatThrownBy(() -> this.design.template(this.designer, used.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aChangeMadeFromAStalePageIsRefusedNamingWhoChangedItAndWhen() {
		DesignedTemplate seen = salesTemplate("Shared");
		Instant when = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(300);
		this.clock.set(when);
		this.design.moveQuestion(this.otherDesigner, seen.id(), seen.version(), "CreditCheck", true);

		assertThatThrownBy(() -> this.design.deleteQuestion(this.designer, seen.id(), seen.version(), "UseCredit"))
			.isInstanceOfSatisfying(ConcurrentEditException.class, ex -> {
				assertThat(ex.changedBy()).isEqualTo(this.otherDesigner.signInId());
				assertThat(ex.changedAt()).isEqualTo(when);
			});
		assertThat(this.design.template(this.designer, seen.id()).template().question("UseCredit")).isPresent();
	}

	@Test
	void anotherTenantsTemplateIsNotFoundWhateverTheAction() {
		DesignedTemplate t = salesTemplate("Private");
		long id = t.id();
		long v = t.version();
		CustomerActor f = this.foreigner;
		List<Consumer<TemplateDesign>> actions = List.of(d -> d.template(f, id), d -> d.projectsUsing(f, id),
				d -> d.export(f, id), d -> d.copy(f, id, "Stolen"), d -> d.publish(f, id, v),
				d -> d.unpublish(f, id, v), d -> d.delete(f, id, v),
				d -> d.changeProperties(f, id, v, new TemplateProperties("X", "", TemplateType.CUSTOM, null)),
				d -> d.addFunctionalArea(f, id, v, new AreaProperties("X", "", false)),
				d -> d.publishFunctionalArea(f, id, v, "Sales"), d -> d.deleteQuestion(f, id, v, "UseCredit"),
				d -> d.saveQuestion(f, id, v, "Sales", "Credit", null, Question.choice("X", "?")),
				d -> d.changeFunctionalArea(f, id, v, "Sales", new AreaProperties("X", "", false)),
				d -> d.moveFunctionalArea(f, id, v, "Sales", false), d -> d.deleteFunctionalArea(f, id, v, "Sales"),
				d -> d.unpublishFunctionalArea(f, id, v, "Sales"), d -> d.addQuestionGroup(f, id, v, "Sales", "X", ""),
				d -> d.changeQuestionGroup(f, id, v, "Sales", "Credit", "X", ""),
				d -> d.moveQuestionGroup(f, id, v, "Sales", "Credit", false),
				d -> d.deleteQuestionGroup(f, id, v, "Sales", "Credit"), d -> d.moveQuestion(f, id, v, "UseCredit", false),
				d -> d.templatesOf(f, this.designer.customerId()), d -> d.viewerTenant(f, this.designer.customerId()),
				d -> d.templateOf(f, this.designer.customerId(), id),
				d -> d.copyFromTenant(f, this.designer.customerId(), id, "Stolen"));
		for (Consumer<TemplateDesign> action : actions) {
			assertThatThrownBy(() -> action.accept(this.design)).isInstanceOf(NotFoundException.class);
		}
		assertThat(this.design.template(this.designer, id).version()).isEqualTo(v);
		assertThat(this.design.templates(f)).extracting(TemplateSummary::name).doesNotContain("Private");
	}

	@Test
	void onlyDesignersAndAdministratorsDesign() {
		DesignedTemplate t = salesTemplate("Roles");
		CustomerActor configurator = Tenants.actor(this.designer.customerId(), "carl", CustomerRole.CONFIGURATOR,
				CustomerRole.VIEWER);
		assertThatThrownBy(() -> this.design.templates(configurator)).isInstanceOf(NotDesignerException.class);
		assertThatThrownBy(() -> this.design.template(configurator, t.id())).isInstanceOf(NotDesignerException.class);
		assertThatThrownBy(() -> this.design.create(configurator,
				new TemplateProperties("Nope", "", TemplateType.CUSTOM, null)))
			.isInstanceOf(NotDesignerException.class);
		assertThatThrownBy(() -> this.design.deleteQuestion(configurator, t.id(), t.version(), "UseCredit"))
			.isInstanceOf(NotDesignerException.class);
		List<Consumer<TemplateDesign>> more = List.of(d -> d.requireDesigner(configurator),
				d -> d.builtIn(configurator, BuiltInTemplates.ORDER_TO_CASH),
				d -> d.exportBuiltIn(configurator, BuiltInTemplates.ORDER_TO_CASH),
				d -> d.copyBuiltIn(configurator, BuiltInTemplates.ORDER_TO_CASH, "Mine"), d -> d.export(configurator, t.id()),
				d -> d.copy(configurator, t.id(), "Mine"), d -> d.publish(configurator, t.id(), t.version()),
				d -> d.delete(configurator, t.id(), t.version()),
				d -> d.moveQuestion(configurator, t.id(), t.version(), "UseCredit", false),
				d -> d.importPackage(configurator, new ByteArrayInputStream(new byte[0]), "Mine"),
				d -> d.viewerTenants(configurator));
		for (Consumer<TemplateDesign> action : more) {
			assertThatThrownBy(() -> action.accept(this.design)).isInstanceOf(NotDesignerException.class);
		}
		assertThat(this.design.template(this.designer, t.id()).version()).isEqualTo(t.version());
		this.design.requireDesigner(this.otherDesigner);
		assertThat(this.design.templates(this.otherDesigner)).extracting(TemplateSummary::name).contains("Roles");
	}

	@Test
	void aTemplateTravelsAsARapidStartPackageAndABadFileSavesNothing() {
		DesignedTemplate t = salesTemplate("Travelling");
		t = this.design.publishFunctionalArea(this.designer, t.id(), t.version(), "Sales");
		TemplateFile file = this.design.export(this.designer, t.id());
		assertThat(file.fileName()).isEqualTo("Travelling.rapidstart");

		DesignedTemplate imported = this.design.importPackage(this.foreigner,
				new ByteArrayInputStream(file.content()), null);
		assertThat(imported.template().name()).isEqualTo("Travelling");
		assertThat(imported.template().published()).isFalse();
		assertThat(imported.template().functionalAreas()).isEqualTo(t.template().functionalAreas());

		assertThatThrownBy(() -> this.design.importPackage(this.designer, new ByteArrayInputStream(file.content()),
				null))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("already a template named 'Travelling'");
		int before = this.design.templates(this.designer).size();
		assertThatThrownBy(() -> this.design.importPackage(this.designer,
				new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)), "Other"))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("file");
				assertThat(ex.getMessage()).contains("not a .rapidstart package");
			});
		assertThat(this.design.templates(this.designer)).hasSize(before);
		assertThatThrownBy(() -> this.design.importPackage(this.designer,
				new ByteArrayInputStream(fromANewerRapidStart(file.content())), "Newer"))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.getMessage()).contains("newer RapidStart (format version 2)"));
		assertThat(this.design.templates(this.designer)).hasSize(before);
		assertThat(this.design.importPackage(this.designer, new ByteArrayInputStream(file.content()), "Renamed")
			.template()
			.name()).isEqualTo("Renamed");
	}

	@Test
	void builtInTemplatesAreReadOnlyButCanBeCopiedUnderANewName() {
		assertThatThrownBy(() -> this.design.create(this.designer,
				new TemplateProperties("order-to-cash", "", TemplateType.CUSTOM, null)))
			.hasMessageContaining("built-in template");
		DesignedTemplate copy = this.design.copyBuiltIn(this.designer, BuiltInTemplates.ORDER_TO_CASH, "Our O2C");
		assertThat(copy.template().published()).isFalse();
		assertThat(copy.template().functionalAreas()).hasSameSizeAs(
				BuiltInTemplates.get(BuiltInTemplates.ORDER_TO_CASH).functionalAreas());
		assertThatThrownBy(() -> this.design.copy(this.designer, copy.id(), "our o2c"))
			.hasMessageContaining("already a template named");
		assertThat(this.design.copy(this.designer, copy.id(), "Our O2C (2)").template().name()).isEqualTo("Our O2C (2)");
		assertThat(this.design.exportBuiltIn(this.designer, BuiltInTemplates.PROCURE_TO_PAY).fileName())
			.isEqualTo("Procure-to-pay.rapidstart");
		assertThatThrownBy(() -> this.design.builtIn(this.designer, "No such")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void shortNamesFollowTheEnginesRulesAndOtherProblemsAreReportedNotRefused() {
		DesignedTemplate t = salesTemplate("Names");
		DesignedTemplate v = t;
		assertThatThrownBy(() -> question(v, "Credit", Question.choice("x".repeat(41), "Too long?")))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("shortName");
				assertThat(ex.getMessage()).contains("the maximum is 40");
			});
		assertThatThrownBy(() -> question(v, "Credit", Question.choice("a.b", "Dot?")))
			.hasMessageContaining("cannot contain / | , or .");
		assertThatThrownBy(() -> question(v, "Credit", Question.choice("usecredit", "Again?")))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("shortName"))
			.hasMessage("The short name 'usecredit' is already used by another question in this template.");
		// a refusal of the edit itself (here: no such group) is not put on the short name
		assertThatThrownBy(() -> question(v, "No such group", Question.choice("Fresh", "Fresh?")))
			.isInstanceOf(TemplateEditException.class)
			.isNotInstanceOf(RuleViolation.class);

		QuestionSaved saved = this.design.saveQuestion(this.designer, t.id(), t.version(), "Sales", "Credit", null,
				Question.field("Terms", "Default terms of payment?", "CustParameters", "PaymTermId")
					.withControl(Control.LIST)
					.withLookup(Lookup.question("PaymentTerms")));
		assertThat(saved.problems()).extracting(PublishProblem::message).anyMatch(m -> m.contains("PaymentTerms"));
		assertThat(saved.template().template().question("Terms")).isPresent();

		QuestionSaved renamed = this.design.saveQuestion(this.designer, saved.template().id(),
				saved.template().version(), "Sales", "Credit", "Terms",
				Question.field("TermsOfPayment", "Default terms of payment?", "CustParameters", "PaymTermId"));
		assertThat(renamed.template().template().question("Terms")).isEmpty();
		assertThat(renamed.template().template().question("TermsOfPayment")).isPresent();
		assertThat(renamed.problems()).isEmpty();
	}

	@Test
	void aShortNameTwoImportedQuestionsShareIsRefusedOnEitherUntilOneIsRenamed() {
		// the engine refuses adding a taken short name, but an imported file may hold two questions with one
		Template twice = Template.of("Twice", TemplateType.CUSTOM, FunctionalArea.of("Sales",
				QuestionGroup.of("Credit", Question.choice("Credit", "Check credit?")),
				QuestionGroup.of("Limits", Question.choice("CREDIT", "Set limits?"))));
		DesignedTemplate t = this.design.importPackage(this.designer,
				new ByteArrayInputStream(RapidStartPackage.toBytes(twice, Instant.now(), "test")), "Twice");
		for (String group : List.of("Credit", "Limits")) {
			String name = group.equals("Credit") ? "Credit" : "CREDIT";
			assertThatThrownBy(() -> this.design.saveQuestion(this.designer, t.id(), t.version(), "Sales", group, name,
					Question.choice(name, "Changed?")))
				.as(group)
				.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("shortName"))
				.hasMessageContaining("is used by 2 questions");
		}
		QuestionSaved renamed = this.design.saveQuestion(this.designer, t.id(), t.version(), "Sales", "Credit", "Credit",
				Question.choice("CreditCheck", "Check credit?"));
		assertThat(renamed.template().template().questions()).extracting(Question::shortName)
			.containsExactly("CreditCheck", "CREDIT");
	}

	@Test
	void theBaseInformationAreaIsUniqueAndFirst() {
		DesignedTemplate t = salesTemplate("Base");
		t = this.design.addFunctionalArea(this.designer, t.id(), t.version(),
				new AreaProperties("Base information", "", true));
		assertThat(t.template().functionalAreas()).extracting(a -> a.name()).containsExactly("Base information", "Sales");
		DesignedTemplate v = t;
		assertThatThrownBy(() -> this.design.changeFunctionalArea(this.designer, v.id(), v.version(), "Sales",
				new AreaProperties("Sales", "", true)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("baseInformation"));
		t = this.design.moveFunctionalArea(this.designer, t.id(), t.version(), "Sales", true);
		assertThat(t.template().functionalAreas()).extracting(a -> a.name()).containsExactly("Sales", "Base information");
		t = this.design.changeQuestionGroup(this.designer, t.id(), t.version(), "Sales", "Credit", "Credit limits",
				"When to check");
		assertThat(t.template().functionalArea("Sales").orElseThrow().groups().get(0).name()).isEqualTo("Credit limits");
		t = this.design.moveQuestionGroup(this.designer, t.id(), t.version(), "Sales", "Credit limits", false);
		assertThat(t.template().functionalArea("Sales").orElseThrow().groups()).extracting(g -> g.name())
			.containsExactly("Customer groups", "Credit limits");
	}

	@Test
	void aPurgedTenantsTemplatesAreDeleted() {
		DesignedTemplate t = salesTemplate("Purged");
		this.transactions.executeWithoutResult(s -> this.events.publishEvent(
				new CustomerDataPurging(this.designer.customerId())));
		assertThatThrownBy(() -> this.design.template(this.designer, t.id())).isInstanceOf(NotFoundException.class);
	}

	/** The same package, its manifest claiming a format version this installation does not read yet. */
	static byte[] fromANewerRapidStart(byte[] rapidstart) {
		try {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(rapidstart));
					java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
				for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
					String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
					zip.write(text.replaceFirst("\"version\"\\s*:\\s*1", "\"version\": 2").getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	void project(long templateId, String name, Instant archivedAt) {
		this.jdbc.sql("""
				INSERT INTO project (id, customer_id, name, kind, template_id, template_name, organisation_name, country_region, industry, created_at, created_by, archived_at)
				VALUES (nextval('project_seq'), ?, ?, 'CUSTOM', ?, 'x', 'Org', 'US', 'OTHER', now(), 'test', ?)
				""")
			.params(this.designer.customerId(), name, templateId,
					archivedAt == null ? null : java.sql.Timestamp.from(archivedAt))
			.update();
	}

}
