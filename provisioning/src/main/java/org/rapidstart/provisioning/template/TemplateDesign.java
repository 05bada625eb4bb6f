package org.rapidstart.provisioning.template;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.Customers;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.lifecycle.CustomerDataPurging;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.document.ImportedTemplate;
import org.rapidstart.questionnaire.document.RapidStartPackage;
import org.rapidstart.questionnaire.document.TemplateDocumentException;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.ShortNameTakenException;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateEditException;
import org.rapidstart.questionnaire.publish.PublishCheck;
import org.rapidstart.questionnaire.publish.PublishProblem;
import org.rapidstart.questionnaire.publish.Publisher;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Design area: templates, functional areas, question groups and questions of one tenant, for Designers and
 * Administrators. Every method re-checks the role and scopes by the actor's tenant (a foreign id is "not found").
 * The engine decides the design rules (published content cannot be edited, publish checks, short names); this
 * service adds tenancy, unique names, the audit trail and optimistic locking: every change names the version the
 * designer saw, and a change made meanwhile by someone else refuses it ({@link ConcurrentEditException}).
 */
@Service
public class TemplateDesign {

	private static final int MAX_NAME = 100;

	private final QuestionnaireTemplates templates;

	private final TemplateUsage usage;

	private final ViewerMemberships memberships;

	private final Customers customers;

	private final AuditLog audit;

	private final Clock clock;

	private final MetadataCatalogue catalogue = MetadataCatalogue.ax2012();

	private final Publisher publisher = new Publisher(this.catalogue);

	TemplateDesign(QuestionnaireTemplates templates, TemplateUsage usage, ViewerMemberships memberships,
			Customers customers, AuditLog audit, Clock clock) {
		this.templates = templates;
		this.usage = usage;
		this.memberships = memberships;
		this.customers = customers;
		this.audit = audit;
		this.clock = clock;
	}

	/** The ERP tables, fields, enums and class operations designers can target. */
	public MetadataCatalogue catalogue() {
		return this.catalogue;
	}

	// ---- reading ----

	/** The built-in templates (read-only) and the tenant's own, by name. */
	@Transactional(readOnly = true)
	public List<TemplateSummary> templates(CustomerActor actor) {
		requireDesigner(actor);
		List<TemplateSummary> result = new ArrayList<>();
		BuiltInTemplates.all().forEach(t -> result.add(TemplateSummary.builtIn(t)));
		this.templates.findByCustomerIdOrderByNameAsc(actor.customerId())
			.forEach(t -> result.add(TemplateSummary.of(t)));
		return result;
	}

	@Transactional(readOnly = true)
	public DesignedTemplate template(CustomerActor actor, long id) {
		requireDesigner(actor);
		return DesignedTemplate.of(load(actor, id));
	}

	/** A built-in template (published, as every built-in one is), to view, copy or export. */
	public Template builtIn(CustomerActor actor, String name) {
		requireDesigner(actor);
		return BuiltInTemplates.byName(name).orElseThrow(() -> new NotFoundException("built-in template"));
	}

	/** The tenant's active projects created from the template: listed before unpublishing, refusing deletion. */
	@Transactional(readOnly = true)
	public List<String> projectsUsing(CustomerActor actor, long id) {
		requireDesigner(actor);
		return this.usage.projectsUsing(actor.customerId(), load(actor, id).getId());
	}

	// ---- templates ----

	@Transactional
	public DesignedTemplate create(CustomerActor actor, TemplateProperties properties) {
		requireDesigner(actor);
		String name = checkName(actor.customerId(), properties.name(), null);
		Template template = new Template(name, properties.description(), properties.type(),
				properties.targetErpVersion(), false, List.of());
		QuestionnaireTemplate stored = save(actor, template);
		record(actor, "TEMPLATE_CREATED", "Template '" + name + "' created (" + template.type() + ", "
				+ template.targetErpVersion() + ")");
		return DesignedTemplate.of(stored);
	}

	@Transactional
	public DesignedTemplate changeProperties(CustomerActor actor, long id, long version,
			TemplateProperties properties) {
		requireDesigner(actor);
		String name = checkName(actor.customerId(), properties.name(), id);
		return edit(actor, id, version, "properties changed", t -> t.withName(name)
			.withDescription(properties.description())
			.withType(properties.type())
			.withTargetErpVersion(properties.targetErpVersion()));
	}

	/** A copy of one of the tenant's templates, unpublished, under a new name. */
	@Transactional
	public DesignedTemplate copy(CustomerActor actor, long id, String newName) {
		requireDesigner(actor);
		Template source = load(actor, id).template();
		return saveCopy(actor, source, newName, "Template '" + source.name() + "'");
	}

	/** A copy of a built-in template, unpublished and editable, under a new name. */
	@Transactional
	public DesignedTemplate copyBuiltIn(CustomerActor actor, String builtInName, String newName) {
		Template source = builtIn(actor, builtInName);
		return saveCopy(actor, source, newName, "Built-in template '" + source.name() + "'");
	}

	/** Publishes the template. @throws org.rapidstart.questionnaire.publish.PublishException with every problem */
	@Transactional
	public DesignedTemplate publish(CustomerActor actor, long id, long version) {
		return edit(actor, id, version, "published", this.publisher::publish, "TEMPLATE_PUBLISHED");
	}

	/** Unpublishes the template so it can be edited; {@link #projectsUsing} says whom it concerns. */
	@Transactional
	public DesignedTemplate unpublish(CustomerActor actor, long id, long version) {
		List<String> projects = projectsUsing(actor, id);
		String detail = projects.isEmpty() ? "unpublished" : "unpublished (used by " + String.join(", ", projects) + ")";
		return edit(actor, id, version, detail, this.publisher::unpublish, "TEMPLATE_UNPUBLISHED");
	}

	/** Deletes the template, unless active projects use it (they are named); returns the deleted template's name. */
	@Transactional
	public String delete(CustomerActor actor, long id, long version) {
		requireDesigner(actor);
		QuestionnaireTemplate stored = load(actor, id);
		requireVersion(stored, version);
		List<String> projects = this.usage.projectsUsing(actor.customerId(), id);
		if (!projects.isEmpty()) {
			throw new RuleViolation(null, "template.inUse", "The template '" + stored.getName() + "' cannot be deleted"
					+ " because " + (projects.size() == 1 ? "this project uses" : "these projects use") + " it: "
					+ String.join(", ", projects) + ".");
		}
		this.templates.delete(stored);
		this.templates.flush();
		record(actor, "TEMPLATE_DELETED", "Template '" + stored.getName() + "' deleted");
		return stored.getName();
	}

	@Transactional(readOnly = true)
	public TemplateFile export(CustomerActor actor, long id) {
		requireDesigner(actor);
		return file(actor, load(actor, id).template());
	}

	public TemplateFile exportBuiltIn(CustomerActor actor, String builtInName) {
		return file(actor, builtIn(actor, builtInName));
	}

	/**
	 * Imports a {@code .rapidstart} package as a new, unpublished template, named as in the file unless
	 * {@code name} is given. A malformed or incompatible file saves nothing and says why (field {@code file}).
	 */
	@Transactional
	public DesignedTemplate importPackage(CustomerActor actor, InputStream in, @Nullable String name) {
		requireDesigner(actor);
		ImportedTemplate imported;
		try {
			imported = RapidStartPackage.read(in);
		}
		catch (TemplateDocumentException ex) {
			throw new RuleViolation("file", "template.importFailed",
					"The file cannot be imported: " + ex.getMessage());
		}
		Template template = imported.template();
		String newName = checkName(actor.customerId(),
				(name == null || name.isBlank()) ? template.name() : name, null);
		QuestionnaireTemplate stored = save(actor, template.withName(newName));
		record(actor, "TEMPLATE_IMPORTED", "Template '" + newName + "' imported from a package exported "
				+ imported.manifest().exportedAt() + " by " + imported.manifest().source());
		return DesignedTemplate.of(stored);
	}

	// ---- functional areas ----

	@Transactional
	public DesignedTemplate addFunctionalArea(CustomerActor actor, long id, long version, AreaProperties area) {
		requireName(area.name(), "functional area");
		return edit(actor, id, version, "functional area '" + area.name() + "' added", t -> {
			requireSingleBaseInformation(t, null, area);
			Template added = t.addFunctionalArea(new FunctionalArea(area.name(), area.description(),
					area.baseInformation(), false, List.of()));
			return area.baseInformation() ? toFront(added, area.name()) : added;
		});
	}

	@Transactional
	public DesignedTemplate changeFunctionalArea(CustomerActor actor, long id, long version, String areaName,
			AreaProperties area) {
		requireName(area.name(), "functional area");
		return edit(actor, id, version, "functional area '" + areaName + "' changed", t -> {
			if (!area.name().equalsIgnoreCase(areaName) && t.functionalArea(area.name()).isPresent()) {
				throw new RuleViolation("name", "area.nameTaken",
						"The template already has a functional area '" + area.name() + "'.");
			}
			requireSingleBaseInformation(t, areaName, area);
			Template changed = t.updateFunctionalArea(areaName, a -> new FunctionalArea(area.name(),
					area.description(), area.baseInformation(), a.published(), a.groups()));
			return area.baseInformation() ? toFront(changed, area.name()) : changed;
		});
	}

	@Transactional
	public DesignedTemplate moveFunctionalArea(CustomerActor actor, long id, long version, String areaName,
			boolean up) {
		return edit(actor, id, version, "functional area '" + areaName + "' moved " + (up ? "up" : "down"),
				t -> up ? t.moveFunctionalAreaUp(areaName) : t.moveFunctionalAreaDown(areaName));
	}

	@Transactional
	public DesignedTemplate deleteFunctionalArea(CustomerActor actor, long id, long version, String areaName) {
		return edit(actor, id, version, "functional area '" + areaName + "' deleted",
				t -> t.removeFunctionalArea(areaName));
	}

	/** @throws org.rapidstart.questionnaire.publish.PublishException with every problem of the area */
	@Transactional
	public DesignedTemplate publishFunctionalArea(CustomerActor actor, long id, long version, String areaName) {
		return edit(actor, id, version, "functional area '" + areaName + "' published",
				t -> requireUnpublished(t).publishFunctionalArea(t, areaName));
	}

	@Transactional
	public DesignedTemplate unpublishFunctionalArea(CustomerActor actor, long id, long version, String areaName) {
		return edit(actor, id, version, "functional area '" + areaName + "' unpublished",
				t -> this.publisher.unpublishFunctionalArea(t, areaName));
	}

	// ---- question groups ----

	@Transactional
	public DesignedTemplate addQuestionGroup(CustomerActor actor, long id, long version, String areaName,
			String name, String description) {
		String groupName = requireName(name, "question group");
		return edit(actor, id, version, "question group '" + groupName + "' added to '" + areaName + "'",
				t -> t.addQuestionGroup(areaName, new QuestionGroup(groupName, description.trim(), List.of())));
	}

	@Transactional
	public DesignedTemplate changeQuestionGroup(CustomerActor actor, long id, long version, String areaName,
			String groupName, String name, String description) {
		String newName = requireName(name, "question group");
		return edit(actor, id, version, "question group '" + groupName + "' in '" + areaName + "' changed",
				t -> t.updateFunctionalArea(areaName, a -> {
					QuestionGroup group = group(a, groupName);
					if (!newName.equalsIgnoreCase(groupName) && a.group(newName).isPresent()) {
						throw new RuleViolation("name", "group.nameTaken",
								"The functional area already has a question group '" + newName + "'.");
					}
					List<QuestionGroup> groups = new ArrayList<>(a.groups());
					groups.set(groups.indexOf(group), group.withName(newName).withDescription(description.trim()));
					return a.withGroups(groups);
				}));
	}

	@Transactional
	public DesignedTemplate moveQuestionGroup(CustomerActor actor, long id, long version, String areaName,
			String groupName, boolean up) {
		return edit(actor, id, version, "question group '" + groupName + "' moved " + (up ? "up" : "down"),
				t -> up ? t.moveQuestionGroupUp(areaName, groupName) : t.moveQuestionGroupDown(areaName, groupName));
	}

	@Transactional
	public DesignedTemplate deleteQuestionGroup(CustomerActor actor, long id, long version, String areaName,
			String groupName) {
		return edit(actor, id, version, "question group '" + groupName + "' deleted from '" + areaName + "'",
				t -> t.removeQuestionGroup(areaName, groupName));
	}

	// ---- questions ----

	/**
	 * Adds a question to a group ({@code originalShortName} null) or replaces one. The engine's short-name rules
	 * refuse the save ({@link RuleViolation} on {@code shortName}); what else publishing would report about the
	 * question comes back with the saved template.
	 */
	@Transactional
	public QuestionSaved saveQuestion(CustomerActor actor, long id, long version, String areaName, String groupName,
			@Nullable String originalShortName, Question question) {
		List<PublishProblem> problems = new ArrayList<>();
		String what = originalShortName == null ? "question '" + question.shortName() + "' added to '" + groupName + "'"
				: "question '" + originalShortName + "' changed";
		DesignedTemplate saved = edit(actor, id, version, what, t -> {
			Template changed;
			try {
				changed = originalShortName == null ? t.addQuestion(areaName, groupName, question)
						: t.replaceQuestion(originalShortName, question);
			}
			catch (ShortNameTakenException ex) {
				throw new RuleViolation("shortName", "question.shortName", ex.getMessage());
			}
			List<String> shortName = PublishCheck.shortNameProblems(changed, question.shortName());
			if (!shortName.isEmpty()) {
				throw new RuleViolation("shortName", "question.shortName", String.join(" ", shortName));
			}
			problems.addAll(problemsOf(changed, question.shortName()));
			return changed;
		});
		return new QuestionSaved(saved, List.copyOf(problems));
	}

	@Transactional
	public DesignedTemplate moveQuestion(CustomerActor actor, long id, long version, String shortName, boolean up) {
		return edit(actor, id, version, "question '" + shortName + "' moved " + (up ? "up" : "down"),
				t -> up ? t.moveQuestionUp(shortName) : t.moveQuestionDown(shortName));
	}

	@Transactional
	public DesignedTemplate deleteQuestion(CustomerActor actor, long id, long version, String shortName) {
		return edit(actor, id, version, "question '" + shortName + "' deleted", t -> t.removeQuestion(shortName));
	}

	/** What publishing the question's functional area would report about this question (and its columns). */
	public List<PublishProblem> problemsOf(Template template, String shortName) {
		Optional<FunctionalArea> area = template.areaOf(shortName);
		Optional<QuestionGroup> group = template.groupOf(shortName);
		Optional<Question> question = template.question(shortName);
		if (area.isEmpty() || group.isEmpty() || question.isEmpty()) {
			return List.of();
		}
		String where = area.get().name() + " › " + group.get().name() + " › " + question.get().shortName();
		return new PublishCheck(this.catalogue).checkArea(template, area.get().name())
			.stream()
			.filter(p -> p.where().equals(where) || p.where().startsWith(where + " › "))
			.toList();
	}

	// ---- other tenants (Viewer) ----

	/** The other tenants where the actor's account holds Viewer: "Copy from another tenant" is offered for them. */
	@Transactional(readOnly = true)
	public List<ViewerTenant> viewerTenants(CustomerActor actor) {
		requireDesigner(actor);
		return this.memberships.of(actor.accountId(), actor.customerId());
	}

	/** The templates of another tenant where the actor holds Viewer; else "not found". */
	@Transactional(readOnly = true)
	public List<TemplateSummary> templatesOf(CustomerActor actor, long sourceCustomerId) {
		ViewerTenant source = viewerTenant(actor, sourceCustomerId);
		return this.templates.findByCustomerIdOrderByNameAsc(source.customerId())
			.stream()
			.map(TemplateSummary::of)
			.toList();
	}

	/** Copies a template of another tenant (where the actor holds Viewer) into the actor's, unpublished. */
	@Transactional
	public DesignedTemplate copyFromTenant(CustomerActor actor, long sourceCustomerId, long sourceTemplateId,
			String newName) {
		ViewerTenant source = viewerTenant(actor, sourceCustomerId);
		Template template = sourceTemplate(source, sourceTemplateId);
		return saveCopy(actor, template, newName,
				"Template '" + template.name() + "' of " + source.organisationName());
	}

	/** A template of another tenant (where the actor holds Viewer), to copy it or one of its functional areas. */
	@Transactional(readOnly = true)
	public Template templateOf(CustomerActor actor, long sourceCustomerId, long sourceTemplateId) {
		return sourceTemplate(viewerTenant(actor, sourceCustomerId), sourceTemplateId);
	}

	/**
	 * Copies one functional area of another tenant's template (where the actor holds Viewer) into one of the
	 * actor's templates (as it is now: the designer chose it from a list, not from a page showing its content),
	 * unpublished. Refused when the template already has an area of that name, a question with one of the area's
	 * short names, or (for a Base information area) a Base information area.
	 */
	@Transactional
	public DesignedTemplate copyFunctionalAreaFromTenant(CustomerActor actor, long sourceCustomerId,
			long sourceTemplateId, String areaName, long targetTemplateId) {
		ViewerTenant source = viewerTenant(actor, sourceCustomerId);
		Template from = sourceTemplate(source, sourceTemplateId);
		FunctionalArea area = from.functionalArea(areaName).orElseThrow(() -> new NotFoundException("area"));
		return change(actor, load(actor, targetTemplateId), "functional area '" + area.name() + "' copied from '"
				+ from.name() + "' of " + source.organisationName(), t -> {
					requireSingleBaseInformation(t, null,
							new AreaProperties(area.name(), area.description(), area.baseInformation()));
					Template added = t.addFunctionalArea(area);
					List<String> taken = area.questions()
						.stream()
						.map(Question::shortName)
						.filter(n -> t.question(n).isPresent())
						.toList();
					if (!taken.isEmpty()) {
						throw new RuleViolation(null, "area.shortNamesTaken", "The template already has questions"
								+ " with these short names of the functional area: " + String.join(", ", taken) + ".");
					}
					return area.baseInformation() ? toFront(added, area.name()) : added;
				}, "TEMPLATE_CHANGED");
	}

	// ---- purge ----

	@EventListener
	void onPurge(CustomerDataPurging event) {
		this.templates.deleteByCustomerId(event.customerId());
	}

	// ---- internals ----

	/** Another tenant where the actor's account holds Viewer; else "not found". */
	@Transactional(readOnly = true)
	public ViewerTenant viewerTenant(CustomerActor actor, long sourceCustomerId) {
		requireDesigner(actor);
		return this.memberships.find(actor.accountId(), actor.customerId(), sourceCustomerId)
			.orElseThrow(() -> new NotFoundException("tenant"));
	}

	/** Refuses an actor who holds neither Designer nor Administrator (any more), for pages that read nothing. */
	public void requireDesigner(CustomerActor actor) {
		if (!actor.has(CustomerRole.DESIGNER)) {
			throw new NotDesignerException();
		}
	}

	private Template sourceTemplate(ViewerTenant source, long sourceTemplateId) {
		return this.templates.findByIdAndCustomerId(sourceTemplateId, source.customerId())
			.orElseThrow(() -> new NotFoundException("template"))
			.template();
	}

	private DesignedTemplate edit(CustomerActor actor, long id, long version, String what,
			UnaryOperator<Template> change) {
		return edit(actor, id, version, what, change, "TEMPLATE_CHANGED");
	}

	private DesignedTemplate edit(CustomerActor actor, long id, long version, String what,
			UnaryOperator<Template> change, String action) {
		requireDesigner(actor);
		QuestionnaireTemplate stored = load(actor, id);
		requireVersion(stored, version);
		return change(actor, stored, what, change, action);
	}

	private DesignedTemplate change(CustomerActor actor, QuestionnaireTemplate stored, String what,
			UnaryOperator<Template> change, String action) {
		Template changed = change.apply(stored.template());
		stored.change(changed, actor.signInId(), this.clock.instant());
		this.templates.saveAndFlush(stored);
		record(actor, action, "Template '" + changed.name() + "': " + what);
		return DesignedTemplate.of(stored);
	}

	private DesignedTemplate saveCopy(CustomerActor actor, Template source, String newName, String from) {
		String name = checkName(actor.customerId(), newName, null);
		QuestionnaireTemplate stored = save(actor, source.withPublished(false).withName(name));
		record(actor, "TEMPLATE_COPIED", from + " copied as '" + name + "'");
		return DesignedTemplate.of(stored);
	}

	private QuestionnaireTemplate save(CustomerActor actor, Template template) {
		Instant now = this.clock.instant();
		return this.templates.saveAndFlush(new QuestionnaireTemplate(actor.customerId(), template, actor.signInId(),
				now));
	}

	private QuestionnaireTemplate load(CustomerActor actor, long id) {
		return this.templates.findByIdAndCustomerId(id, actor.customerId())
			.orElseThrow(() -> new NotFoundException("template"));
	}

	private static void requireVersion(QuestionnaireTemplate stored, long version) {
		if (stored.getVersion() != version) {
			throw new ConcurrentEditException(stored.getUpdatedBy(), stored.getUpdatedAt());
		}
	}

	private Publisher requireUnpublished(Template template) {
		if (template.published()) {
			throw new TemplateEditException("The template '" + template.name()
					+ "' is published. Unpublish it before publishing one of its functional areas.");
		}
		return this.publisher;
	}

	private String checkName(long customerId, String name, @Nullable Long self) {
		String n = requireName(name, "template");
		if (BuiltInTemplates.byName(n).isPresent()) {
			throw new RuleViolation("name", "template.builtInName",
					"'" + n + "' is the name of a built-in template; choose another name.");
		}
		Optional<QuestionnaireTemplate> existing = this.templates.findByCustomerIdAndNameIgnoreCase(customerId, n);
		if (existing.isPresent() && (self == null || existing.get().getId() != self)) {
			throw new RuleViolation("name", "template.nameTaken", "There is already a template named '"
					+ existing.get().getName() + "'; choose another name.");
		}
		return n;
	}

	private static String requireName(String name, String what) {
		String n = name.trim();
		if (n.isEmpty()) {
			throw new RuleViolation("name", "design.nameRequired", "Enter the " + what + "'s name.");
		}
		if (n.length() > MAX_NAME) {
			throw new RuleViolation("name", "design.nameTooLong", "Use at most " + MAX_NAME + " characters.");
		}
		return n;
	}

	private static void requireSingleBaseInformation(Template t, @Nullable String self, AreaProperties area) {
		if (!area.baseInformation()) {
			return;
		}
		t.functionalAreas()
			.stream()
			.filter(FunctionalArea::baseInformation)
			.filter(a -> self == null || !a.name().equalsIgnoreCase(self))
			.findFirst()
			.ifPresent(other -> {
				throw new RuleViolation("baseInformation", "area.oneBaseInformation", "'" + other.name()
						+ "' is already the Base information area; a template has at most one.");
			});
	}

	/** The Base information area is answered first, so it is listed first. */
	private static Template toFront(Template t, String areaName) {
		Template result = t;
		for (int i = 0; i < t.functionalAreas().size(); i++) {
			result = result.moveFunctionalAreaUp(areaName);
		}
		return result;
	}

	private static QuestionGroup group(FunctionalArea area, String groupName) {
		return area.group(groupName)
			.orElseThrow(() -> new TemplateEditException(
					"The functional area '" + area.name() + "' has no question group '" + groupName + "'."));
	}

	private TemplateFile file(CustomerActor actor, Template template) {
		String source = "RapidStart Customer Portal, "
				+ this.customers.findById(actor.customerId()).map(Customer::getOrganisationName).orElse("");
		byte[] bytes = RapidStartPackage.toBytes(template, this.clock.instant(), source);
		String fileName = template.name().replaceAll("[^A-Za-z0-9 ._-]", "_").trim() + ".rapidstart";
		return new TemplateFile(fileName, bytes);
	}

	private void record(CustomerActor actor, String action, String details) {
		this.audit.recordInTenant(actor.signInId(), actor.customerId(), action, details);
	}

}
