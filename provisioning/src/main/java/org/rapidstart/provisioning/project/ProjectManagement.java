package org.rapidstart.provisioning.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.Customers;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.CustomerUser;
import org.rapidstart.provisioning.customeruser.CustomerUserNames;
import org.rapidstart.provisioning.customeruser.CustomerUsers;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.provisioning.template.AvailableTemplate;
import org.rapidstart.provisioning.template.TemplateLibrary;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.builtin.Industry;
import org.rapidstart.questionnaire.document.TemplateDocuments;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.progress.AreaProgress;
import org.rapidstart.questionnaire.progress.GroupProgress;
import org.rapidstart.questionnaire.validation.ValidationError;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Configure: the project list, New project (default or custom), the project page, Copy, Archive and Reassign
 * question group. Administrators and Configurators change; a Viewer only reads; a Configurator sees the projects
 * they created or have a group in, and only the groups assigned to them.
 */
@Service
public class ProjectManagement {

	private static final String BUILT_IN = "builtin:";

	private static final String STORED = "template:";

	private final StoredProjects projects;

	private final ProjectGroups groups;

	private final ProjectEngine engine;

	private final ProjectStates states;

	private final AnswerStore answers;

	private final AnswerSaving saving;

	private final CustomerUsers users;

	private final CustomerUserNames names;

	private final Customers customers;

	private final TemplateLibrary library;

	private final TableRows tableRows;

	private final TableGrid tableGrid;

	private final AuditLog audit;

	private final AssignmentMail assignmentMail;

	private final Clock clock;

	ProjectManagement(StoredProjects projects, ProjectGroups groups, ProjectEngine engine, ProjectStates states,
			AnswerStore answers, AnswerSaving saving, CustomerUsers users, CustomerUserNames names, Customers customers,
			TemplateLibrary library, TableRows tableRows, TableGrid tableGrid, AuditLog audit,
			AssignmentMail assignmentMail, Clock clock) {
		this.projects = projects;
		this.groups = groups;
		this.engine = engine;
		this.states = states;
		this.answers = answers;
		this.saving = saving;
		this.users = users;
		this.names = names;
		this.customers = customers;
		this.library = library;
		this.tableRows = tableRows;
		this.tableGrid = tableGrid;
		this.audit = audit;
		this.assignmentMail = assignmentMail;
		this.clock = clock;
	}

	// ---- templates ----

	/** The published templates a custom project can answer. */
	@Transactional(readOnly = true)
	public List<TemplateOption> templates(CustomerActor actor) {
		ProjectAccess.requireRead(actor);
		return publishedTemplates(actor.customerId()).values()
			.stream()
			.map(t -> new TemplateOption(t.key(), t.template().name(), t.template().type()))
			.toList();
	}

	private Map<String, Choice> publishedTemplates(long customerId) {
		Map<String, Choice> out = new LinkedHashMap<>();
		for (AvailableTemplate t : this.library.publishedFor(customerId)) {
			String key = t.isBuiltIn() ? BUILT_IN + t.name() : STORED + t.templateId();
			out.put(key, new Choice(key, t.templateId(), t.isBuiltIn() ? t.name() : null, t.template()));
		}
		return out;
	}

	private record Choice(String key, @Nullable Long templateId, @Nullable String builtInName, Template template) {

	}

	/** The organization's own facts, offered as the start of a new project: only to those who may create one. */
	@Transactional(readOnly = true)
	public Organisation ownOrganisation(CustomerActor actor, Industry industry) {
		ProjectAccess.requireChange(actor);
		Customer customer = this.customers.findById(actor.customerId()).orElseThrow(() -> new NotFoundException("Customer"));
		return new Organisation(customer.getOrganisationName(), customer.getStreet(), customer.getCity(),
				customer.getState(), customer.getPostalCode(),
				(customer.getCountryRegion() == null) ? "" : customer.getCountryRegion(), industry);
	}

	// ---- list ----

	@Transactional(readOnly = true)
	public List<ProjectSummary> projects(CustomerActor actor, boolean archived) {
		return eachVisible(actor, archived, (p, all, state) -> summary(actor, p, all, state));
	}

	/**
	 * Each active project the actor sees with the question groups they see (the reports): one state per project and
	 * one look-up of the assignees' names, rather than a project page per project.
	 */
	List<ProjectReports.ProjectStatus> statuses(CustomerActor actor) {
		Map<Long, String> names = this.names.byAccount(actor.customerId());
		return eachVisible(actor, false, (p, all, state) -> new ProjectReports.ProjectStatus(
				summary(actor, p, all, state),
				all.stream().filter(g -> ProjectAccess.sees(actor, g)).map(g -> group(actor, state, g, names)).toList()));
	}

	/** Something made of a project the actor sees, its question groups and its state. */
	@FunctionalInterface
	private interface FromProject<T> {

		T of(Project project, List<ProjectGroup> groups, ProjectState state);

	}

	private <T> List<T> eachVisible(CustomerActor actor, boolean archived, FromProject<T> from) {
		ProjectAccess.requireRead(actor);
		List<Project> found = archived ? this.projects.findArchived(actor.customerId())
				: this.projects.findActive(actor.customerId());
		Map<Long, List<ProjectGroup>> groupsByProject = groupsOf(found);
		List<T> out = new ArrayList<>();
		for (Project p : found) {
			List<ProjectGroup> all = groupsByProject.getOrDefault(p.getId(), List.of());
			if (ProjectAccess.seesProject(actor, p, all)) {
				out.add(from.of(p, all, this.states.of(p, all)));
			}
		}
		return out;
	}

	private static ProjectSummary summary(CustomerActor actor, Project p, List<ProjectGroup> all, ProjectState state) {
		List<ProjectGroup> visible = all.stream().filter(g -> ProjectAccess.sees(actor, g)).toList();
		int complete = (int) visible.stream().filter(g -> state.statusOf(g) == GroupStatus.COMPLETE).count();
		LocalDate next = visible.stream()
			.filter(g -> state.statusOf(g) != GroupStatus.COMPLETE && g.getTargetDate() != null)
			.map(ProjectGroup::getTargetDate)
			.min(Comparator.naturalOrder())
			.orElse(null);
		return new ProjectSummary(p.getId(), p.getName(), p.getKind(), p.getTemplateName(), p.getOrganisation().name(),
				state.status(), state.readyToLoad(), percent(state, visible), complete, visible.size(),
				p.getTargetDate(), next, p.getCreatedAt(), p.getCreatedBy(), p.getArchivedAt());
	}

	private Map<Long, List<ProjectGroup>> groupsOf(List<Project> found) {
		if (found.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<ProjectGroup>> out = new HashMap<>();
		this.groups.findByProjectIdInOrderByProjectIdAscPositionAsc(found.stream().map(Project::getId).toList())
			.forEach(g -> out.computeIfAbsent(g.getProjectId(), k -> new ArrayList<>()).add(g));
		return out;
	}

	private static int percent(ProjectState state, List<ProjectGroup> visible) {
		int questions = 0;
		int answered = 0;
		for (ProjectGroup g : visible) {
			GroupProgress p = state.progressOf(g);
			questions += p.questions();
			answered += p.answered();
		}
		return (questions == 0) ? 100 : (int) Math.floor(100.0 * answered / questions);
	}

	// ---- New project ----

	@Transactional
	public ProjectView create(CustomerActor actor, NewProject request) {
		ProjectAccess.requireChange(actor);
		String name = requireFreeName(actor.customerId(), request.name());
		Instant now = this.clock.instant();
		Template template;
		Project project;
		if (request.kind() == ProjectKind.DEFAULT) {
			template = DefaultProject.template();
			project = new Project(actor.customerId(), name, ProjectKind.DEFAULT, null, null, template.name(),
					request.organisation(), request.targetDate(), now, actor.signInId());
		}
		else {
			Choice choice = Optional.ofNullable(request.template())
				.map(key -> publishedTemplates(actor.customerId()).get(key))
				.orElseThrow(() -> new RuleViolation("template", "project.templateRequired",
						"Choose one of the published templates."));
			template = choice.template();
			project = new Project(actor.customerId(), name, ProjectKind.CUSTOM, choice.templateId(),
					choice.builtInName(), template.name(), request.organisation(), request.targetDate(), now,
					actor.signInId());
		}
		project = this.projects.save(project);
		this.engine.keepDocument(project, TemplateDocuments.write(template));
		createGroups(project, template, actor.accountId(), request.targetDate());
		this.groups.flush();
		this.audit.recordInTenant(actor.signInId(), actor.customerId(), "PROJECT_CREATED", "Project " + name + " ("
				+ project.getKind().label() + ", " + template.name() + ") for " + request.organisation().name());
		if (request.kind() == ProjectKind.DEFAULT) {
			preAnswer(project, template, actor);
		}
		return ProjectView.of(project, this.engine.template(project));
	}

	private String requireFreeName(long customerId, String requested) {
		String name = requested.trim();
		if (name.isEmpty()) {
			throw new RuleViolation("name", "project.nameRequired", "Enter a name for the project.");
		}
		if (this.projects.nameInUse(customerId, name)) {
			throw new RuleViolation("name", "project.nameInUse",
					"A project named " + name + " already exists. Choose another name.");
		}
		return name;
	}

	private List<ProjectGroup> createGroups(Project project, Template template, @Nullable Long assignee,
			@Nullable LocalDate targetDate) {
		List<ProjectGroup> made = new ArrayList<>();
		int position = 0;
		List<FunctionalArea> areas = template.areasInUse();
		for (int a = 0; a < areas.size(); a++) {
			for (QuestionGroup g : areas.get(a).groups()) {
				ProjectGroup group = new ProjectGroup(project.getId(), position++, a, areas.get(a).name(), g.name(),
						assignee);
				group.assign(assignee, targetDate);
				made.add(this.groups.save(group));
			}
		}
		return made;
	}

	/**
	 * A default project starts answered: industry defaults and the organisation's facts, and every group the
	 * engine then finds complete is marked complete. Values the engine would refuse (an unusual organisation name
	 * for a company code, say) are left for a person to answer.
	 */
	private void preAnswer(Project project, Template template, CustomerActor actor) {
		Answers defaults = DefaultProject.answers(project.getOrganisation(), LocalDate.now(this.clock));
		Map<String, String> values = new LinkedHashMap<>();
		defaults.values().forEach((q, v) -> {
			if (answerable(template, q)) {
				values.put(q, v);
			}
		});
		defaults.allParameters().forEach((q, params) -> {
			if (answerable(template, q)) {
				params.forEach((p, v) -> values.put(q + AnswerKey.SEPARATOR + p, v));
			}
		});
		List<ValidationError> errors = this.engine.validator().validate(template, defaults);
		errors.stream()
			.filter(e -> e.row() == null)
			.forEach(e -> values.remove((e.column() == null) ? e.question() : e.question() + AnswerKey.SEPARATOR + e.column()));
		this.saving.save(project, values, actor.signInId(), null, 0);
		this.groups.flush();
		// rows go in one at a time through the tables feature, so they pass the same row rules as typed ones, in
		// template order: Base information's tables first, which open the other areas (Base information first)
		for (Question q : template.questionsInUse()) {
			Optional<RowSource> rows = defaults.rows(q.shortName());
			if (rows.isEmpty() || !q.type().isTable()) {
				continue;
			}
			String area = template.areaOf(q.shortName()).map(FunctionalArea::name).orElse("");
			if (this.engine.closedAreas(project).contains(area)) {
				// a Base information default was refused: the area's rows wait for a person, once it is complete
				continue;
			}
			int[] number = { 0 };
			rows.get().forEach(row -> {
				number[0]++;
				// a default row the engine refuses is left for a person to enter
				boolean refused = errors.stream()
					.anyMatch(e -> e.question().equalsIgnoreCase(q.shortName()) && e.row() != null && e.row() == number[0]);
				if (!refused) {
					this.tableGrid.add(actor, project.getId(), q.shortName(), row);
				}
			});
		}
		ProjectState state = this.states.of(project);
		Instant now = this.clock.instant();
		for (ProjectGroup g : state.groups()) {
			GroupProgress p = state.progressOf(g);
			if (state.needsMarking(g) && p.complete()) {
				g.markComplete(now, actor.signInId());
			}
		}
	}

	private static boolean answerable(Template template, String question) {
		return template.questionsInUse()
			.stream()
			.anyMatch(q -> q.shortName().equalsIgnoreCase(question) && !q.hidden() && !q.type().isTable());
	}

	// ---- project page ----

	@Transactional(readOnly = true)
	public ProjectOverview overview(CustomerActor actor, long projectId) {
		ProjectAccess.requireRead(actor);
		Project project = load(actor, projectId);
		List<ProjectGroup> all = this.groups.findByProjectIdOrderByPosition(projectId);
		if (!ProjectAccess.seesProject(actor, project, all)) {
			throw new NotFoundException("Project");
		}
		ProjectState state = this.states.of(project, all);
		Map<Long, String> names = this.names.byAccount(actor.customerId());
		List<ProjectOverview.Area> areas = new ArrayList<>();
		List<AreaProgress> progress = state.progress().functionalAreas();
		for (int a = 0; a < progress.size(); a++) {
			AreaProgress area = progress.get(a);
			int index = a;
			List<ProjectOverview.Group> visible = all.stream()
				.filter(g -> g.getAreaPosition() == index && ProjectAccess.sees(actor, g))
				.map(g -> group(actor, state, g, names))
				.toList();
			if (visible.isEmpty()) {
				continue;
			}
			int questions = visible.stream().mapToInt(ProjectOverview.Group::questions).sum();
			int answered = visible.stream().mapToInt(ProjectOverview.Group::answered).sum();
			areas.add(new ProjectOverview.Area(a, area.functionalArea(), area.baseInformation(), area.open(), questions,
					answered, (questions == 0) ? 100 : (int) Math.floor(100.0 * answered / questions), visible));
		}
		List<ProjectGroup> visibleGroups = all.stream().filter(g -> ProjectAccess.sees(actor, g)).toList();
		return new ProjectOverview(ProjectView.of(project, state.template()), state.status(), state.readyToLoad(),
				percent(state, visibleGroups), areas, ProjectAccess.mayChange(actor) && !project.isArchived(),
				ProjectAccess.mayArchive(actor, project) && !project.isArchived());
	}

	static ProjectOverview.Group group(CustomerActor actor, ProjectState state, ProjectGroup g, Map<Long, String> names) {
		GroupProgress p = state.progressOf(g);
		boolean open = state.areaOpen(g);
		boolean archived = state.project().isArchived();
		return new ProjectOverview.Group(g.getId(), g.getProjectId(), state.project().getName(), g.getAreaPosition(),
				g.getFunctionalArea(),
				g.getGroupName(), state.statusOf(g), g.getAssigneeAccountId(),
				(g.getAssigneeAccountId() == null) ? "" : names.getOrDefault(g.getAssigneeAccountId(), ""),
				g.getTargetDate(), p.questions(), p.answered(), p.required(), p.requiredAnswered(), p.errors(),
				p.percent(), g.getCompletedAt(), g.getCompletedBy(), open,
				!archived && open && ProjectAccess.mayAnswer(actor, g),
				!archived && ProjectAccess.mayReassign(actor, g));
	}

	// ---- Copy, Archive ----

	/**
	 * Copies the project under a new name, with or without its answers (single values and table rows). Copying the
	 * answers takes someone who sees every group; the copy's groups are assigned to the actor, with the same target
	 * dates.
	 */
	@Transactional
	public ProjectView copy(CustomerActor actor, long projectId, String newName, boolean withAnswers) {
		ProjectAccess.requireChange(actor);
		Project source = load(actor, projectId);
		List<ProjectGroup> sourceGroups = this.groups.findByProjectIdOrderByPosition(projectId);
		if (!ProjectAccess.seesProject(actor, source, sourceGroups)) {
			throw new NotFoundException("Project");
		}
		if (withAnswers && !sourceGroups.stream().allMatch(g -> ProjectAccess.sees(actor, g))) {
			throw new RuleViolation("withAnswers", "project.copyAnswersNotVisible",
					"Only someone who sees every question group of the project can copy its answers. Copy it without "
							+ "answers, or ask an Administrator.");
		}
		String name = requireFreeName(actor.customerId(), newName);
		Instant now = this.clock.instant();
		Project copy = this.projects.save(new Project(actor.customerId(), name, source.getKind(), source.getTemplateId(),
				source.getBuiltInTemplate(), source.getTemplateName(), source.getOrganisation(), source.getTargetDate(),
				now, actor.signInId()));
		this.engine.keepDocument(copy, this.engine.document(source.getId()));
		for (ProjectGroup g : sourceGroups) {
			ProjectGroup made = new ProjectGroup(copy.getId(), g.getPosition(), g.getAreaPosition(),
					g.getFunctionalArea(), g.getGroupName(), actor.accountId());
			made.assign(actor.accountId(), g.getTargetDate());
			this.groups.save(made);
		}
		this.groups.flush();
		if (withAnswers) {
			this.answers.copy(projectId, copy.getId(), sourceGroups.stream().map(ProjectGroup::getPosition).toList(), now,
					actor.signInId());
			this.tableRows.copy(projectId, copy.getId(), actor.signInId());
		}
		this.audit.recordInTenant(actor.signInId(), actor.customerId(), "PROJECT_COPIED", "Project " + source.getName()
				+ " copied to " + name + (withAnswers ? " with its answers" : " without answers"));
		return ProjectView.of(copy, this.engine.template(copy));
	}

	@Transactional
	public void archive(CustomerActor actor, long projectId) {
		ProjectAccess.requireRead(actor);
		Project project = load(actor, projectId);
		if (!ProjectAccess.seesProject(actor, project, this.groups.findByProjectIdOrderByPosition(projectId))) {
			throw new NotFoundException("Project");
		}
		if (!ProjectAccess.mayArchive(actor, project)) {
			throw new ProjectAccessDenied();
		}
		project.archive(this.clock.instant());
		this.audit.recordInTenant(actor.signInId(), actor.customerId(), "PROJECT_ARCHIVED", "Project " + project.getName());
	}

	// ---- Reassign question group ----

	/** Who a group can be assigned to: the customer's active Administrators and Configurators. */
	@Transactional(readOnly = true)
	public List<Assignee> assignees(CustomerActor actor) {
		ProjectAccess.requireRead(actor);
		return this.users.findByCustomerId(actor.customerId())
			.stream()
			.filter(CustomerUser::isActive)
			.filter(u -> u.getRoles().contains(CustomerRole.ADMINISTRATOR)
					|| u.getRoles().contains(CustomerRole.CONFIGURATOR))
			.map(u -> new Assignee(u.getAccount().getId(), u.getAccount().getDisplayName(),
					u.getAccount().getSignInId()))
			.toList();
	}

	@Transactional(readOnly = true)
	public ProjectOverview.Group group(CustomerActor actor, long projectId, long groupId) {
		ProjectAccess.requireRead(actor);
		Project project = load(actor, projectId);
		ProjectGroup group = visibleGroup(actor, project, groupId);
		return group(actor, this.states.of(project), group, this.names.byAccount(actor.customerId()));
	}

	@Transactional
	public void reassign(CustomerActor actor, long projectId, long groupId, long assigneeAccountId,
			@Nullable LocalDate targetDate) {
		ProjectAccess.requireRead(actor);
		Project project = load(actor, projectId);
		ProjectGroup group = visibleGroup(actor, project, groupId);
		if (!ProjectAccess.mayReassign(actor, group) || project.isArchived()) {
			throw new ProjectAccessDenied();
		}
		Assignee assignee = assignees(actor).stream()
			.filter(a -> a.accountId() == assigneeAccountId)
			.findFirst()
			.orElseThrow(() -> new RuleViolation("assignee", "project.assigneeUnknown",
					"Choose an Administrator or Configurator of your organization."));
		Long before = group.getAssigneeAccountId();
		LocalDate dateBefore = group.getTargetDate();
		boolean sameAssignee = Objects.equals(before, assigneeAccountId);
		group.assign(assigneeAccountId, targetDate);
		this.assignmentMail.assigned(actor, project, group, before, dateBefore);
		this.audit.recordInTenant(actor.signInId(), actor.customerId(), "QUESTION_GROUP_REASSIGNED",
				"Project " + project.getName() + ", question group " + group.getGroupName() + ": "
						+ (sameAssignee ? "target date " + targetDate : "assigned to " + assignee.signInId()
								+ ", target date " + targetDate));
	}

	ProjectGroup visibleGroup(CustomerActor actor, Project project, long groupId) {
		ProjectGroup group = this.groups.findByIdAndProjectId(groupId, project.getId())
			.orElseThrow(() -> new NotFoundException("Question group"));
		if (!ProjectAccess.sees(actor, group)) {
			throw new NotFoundException("Question group");
		}
		return group;
	}

	private Project load(CustomerActor actor, long projectId) {
		return this.projects.findByIdAndCustomerId(projectId, actor.customerId())
			.orElseThrow(() -> new NotFoundException("Project"));
	}

}
