package org.rapidstart.provisioning.project;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerUserNames;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.metadata.FieldMeta;
import org.rapidstart.questionnaire.metadata.FieldType;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.metadata.ParameterMeta;
import org.rapidstart.questionnaire.model.ClassParameter;
import org.rapidstart.questionnaire.model.Control;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.progress.GroupProgress;
import org.rapidstart.questionnaire.validation.Lookups;
import org.rapidstart.questionnaire.validation.ValidationError;
import org.rapidstart.questionnaire.visibility.Visibility;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answering one question group: the page (with the viewer's autosaved draft restored), Save (refused on wrong
 * values or when someone else saved the group since the page was opened), autosave of drafts, and Mark as complete
 * (refused with the list of what is missing). Only an Administrator or the group's assignee answers, and only once
 * Base information is complete (for the other areas).
 */
@Service
public class QuestionGroupAnswering {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> INPUT = new TypeReference<>() {
	};

	private final StoredProjects projects;

	private final ProjectGroups groups;

	private final ProjectStates states;

	private final ProjectEngine engine;

	private final CustomerUserNames names;

	private final AnswerSaving saving;

	private final AnswerStore store;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	QuestionGroupAnswering(StoredProjects projects, ProjectGroups groups, ProjectStates states, ProjectEngine engine,
			CustomerUserNames names, AnswerSaving saving, AnswerStore store, AuditLog audit, Clock clock,
			TransactionTemplate transactions) {
		this.projects = projects;
		this.groups = groups;
		this.states = states;
		this.engine = engine;
		this.names = names;
		this.saving = saving;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.writing = transactions;
		this.reading = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
		this.reading.setReadOnly(true);
	}

	/** The page as stored, or with the viewer's autosaved input when there is some. */
	@Transactional(readOnly = true)
	public GroupPage page(CustomerActor actor, long projectId, long groupId) {
		return page(actor, projectId, groupId, List.of());
	}

	/** The page as stored (or with the viewer's draft), with errors next to their questions (Mark as complete). */
	@Transactional(readOnly = true)
	public GroupPage page(CustomerActor actor, long projectId, long groupId, List<ValidationError> errors) {
		Loaded loaded = load(actor, projectId, groupId, false);
		// a draft is restored only for someone who may answer now: nobody else's page reads it
		Optional<AnswerStore.Draft> draft = loaded.group().mayAnswer()
				? this.store.draft(groupId, actor.accountId()) : Optional.empty();
		if (draft.isPresent()) {
			Map<String, String> input = readInput(draft.get().inputJson());
			// a draft that says what is saved anyway (autosaved just before Save) is no unsaved input
			if (!AnswerKey.overlay(loaded.state().answers(), input).equals(loaded.state().answers())) {
				return render(actor, loaded, input, draft.get().answersVersion(), errors, draft.get().savedAt());
			}
		}
		return render(actor, loaded, null, loaded.projectGroup().getAnswersVersion(), errors, null);
	}

	/** The page with the given (unsaved) input and errors: after a refused save, or to show what an answer reveals. */
	@Transactional(readOnly = true)
	public GroupPage page(CustomerActor actor, long projectId, long groupId, Map<String, String> input, long version,
			List<ValidationError> errors) {
		return render(actor, load(actor, projectId, groupId, false), input, version, errors, null);
	}

	/**
	 * Save: writes the page's answers. Refused with {@link AnswersConflict} when the group was saved by someone
	 * else since {@code version}, with {@link AnswersRefused} when a value is wrong. Clears the viewer's draft.
	 */
	@Transactional
	public List<AnswerKey> save(CustomerActor actor, long projectId, long groupId, long version,
			Map<String, String> input) {
		Loaded loaded = load(actor, projectId, groupId, true);
		requireMayAnswer(actor, loaded);
		List<AnswerKey> changed = this.saving.save(loaded.state().project(), input, actor.signInId(),
				loaded.projectGroup(), version);
		this.store.deleteDraft(groupId, actor.accountId());
		return changed;
	}

	/**
	 * Autosave: keeps the page's input as the viewer's draft, without validating or completing anything; answers
	 * with the page as that input makes it (which questions it reveals or hides), its draft saved now.
	 */
	public GroupPage saveDraft(CustomerActor actor, long projectId, long groupId, long version,
			Map<String, String> input) {
		Instant now = this.clock.instant();
		// the page is read as a page view reads it (in a read-only transaction, which shares the project's worked-out
		// state: autosaving while typing must not validate every row of a million-row table each time), then the
		// draft is written; a draft changes no answer, so the state read stays the project's
		GroupPage page = Objects.requireNonNull(this.reading.execute(tx -> {
			Loaded loaded = load(actor, projectId, groupId, false);
			requireMayAnswer(actor, loaded);
			return render(actor, loaded, input, version, List.of(), now);
		}));
		this.writing.executeWithoutResult(tx -> this.store.saveDraft(groupId, actor.accountId(), version,
				JSON.writeValueAsString(input), now));
		return page;
	}

	@Transactional
	public void discardDraft(CustomerActor actor, long projectId, long groupId) {
		load(actor, projectId, groupId, false);
		this.store.deleteDraft(groupId, actor.accountId());
	}

	/** Mark as complete: refused with {@link GroupIncomplete} while required answers are missing or wrong. */
	@Transactional
	public void markComplete(CustomerActor actor, long projectId, long groupId) {
		Loaded loaded = load(actor, projectId, groupId, true);
		requireMayAnswer(actor, loaded);
		ProjectState state = loaded.state();
		ProjectGroup group = loaded.projectGroup();
		GroupProgress progress = state.progressOf(group);
		if (!progress.complete()) {
			QuestionGroup questions = templateGroup(state.template(), group);
			Visibility visibility = Visibility.of(state.template(), state.answers());
			List<ValidationError> missing = state.progress()
				.errors()
				.stream()
				.filter(e -> questions.questions().stream().anyMatch(q -> q.shortName().equalsIgnoreCase(e.question())))
				.filter(e -> visibility.isActive(e.question()))
				.toList();
			throw new GroupIncomplete(group.getGroupName(), missing);
		}
		group.markComplete(this.clock.instant(), actor.signInId());
		this.audit.recordInTenant(actor.signInId(), actor.customerId(), "QUESTION_GROUP_COMPLETED",
				"Project " + state.project().getName() + ", question group " + group.getGroupName() + " marked as complete");
	}

	// ---- loading and rendering ----

	private record Loaded(ProjectState state, ProjectGroup projectGroup, ProjectOverview.Group group) {

	}

	private Loaded load(CustomerActor actor, long projectId, long groupId, boolean forUpdate) {
		ProjectAccess.requireRead(actor);
		Project project = this.projects.findByIdAndCustomerId(projectId, actor.customerId())
			.orElseThrow(() -> new NotFoundException("Project"));
		// lock before reading, so a save's version check and write see the state that the check saw
		List<ProjectGroup> all = forUpdate ? this.groups.lockByProjectId(projectId)
				: this.groups.findByProjectIdOrderByPosition(projectId);
		ProjectGroup group = all.stream()
			.filter(g -> g.getId() == groupId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Question group"));
		if (!ProjectAccess.sees(actor, group)) {
			throw new NotFoundException("Question group");
		}
		ProjectState state = this.states.of(project, all);
		Long assignee = group.getAssigneeAccountId();
		// the one name the page shows
		Map<Long, String> names = (assignee == null) ? Map.of()
				: this.names.nameOfAccount(actor.customerId(), assignee).map(n -> Map.of(assignee, n)).orElse(Map.of());
		return new Loaded(state, group, ProjectManagement.group(actor, state, group, names));
	}

	private static void requireMayAnswer(CustomerActor actor, Loaded loaded) {
		if (!ProjectAccess.mayAnswer(actor, loaded.projectGroup())) {
			throw new ProjectAccessDenied();
		}
		if (loaded.state().project().isArchived()) {
			throw new RuleViolation(null, "project.archived", "The project " + loaded.state().project().getName()
					+ " is archived: its answers can no longer change.");
		}
		if (!loaded.group().areaOpen()) {
			throw areaClosed();
		}
	}

	/** The refusal of a change to an answer of a functional area that is not open yet (tables give the same). */
	static RuleViolation areaClosed() {
		return new RuleViolation(null, "project.areaClosed",
				"Complete Base information first: the other functional areas open once it is complete.");
	}

	private GroupPage render(CustomerActor actor, Loaded loaded, @Nullable Map<String, String> input, long version,
			List<ValidationError> errors, @Nullable Instant draftSavedAt) {
		ProjectState state = loaded.state();
		Template template = state.template();
		ProjectGroup group = loaded.projectGroup();
		QuestionGroup questions = templateGroup(template, group);
		Answers answers = (input == null) ? state.answers() : AnswerKey.overlay(state.answers(), input);
		Visibility visibility = Visibility.of(template, answers);
		MetadataCatalogue catalogue = this.engine.catalogue();
		Lookups lookups = new Lookups(catalogue, template, answers);
		List<GroupPage.Question> out = new ArrayList<>();
		for (Question q : questions.questions()) {
			if (q.hidden()) {
				continue;
			}
			List<String> qErrors = errors.stream()
				.filter(e -> e.question().equalsIgnoreCase(q.shortName()) && (e.column() == null || q.type().isTable()))
				.map(e -> (e.row() == null) ? e.message() : "Row " + e.row() + ": " + e.message())
				.toList();
			out.add(new GroupPage.Question(q.shortName(), q.text(), q.description(), q.type(), q.control(), q.required(),
					visibility.isShown(q), q.type().isSingleValue() ? answers.value(q.shortName()).orElse(null) : null,
					q.type().isSingleValue() ? lookups.choicesFor(q) : List.of(), inputType(catalogue, q),
					parameters(catalogue, template, q, answers, visibility, lookups, errors),
					q.type().isTable() ? answers.rows(q.shortName()).map(RowSource::count).orElse(0L) : 0L, qErrors));
		}
		List<ProjectGroup> visibleGroups = state.groups().stream().filter(g -> ProjectAccess.sees(actor, g)).toList();
		int i = visibleGroups.indexOf(group);
		return new GroupPage(loaded.group(), questions.description(), group.getAreaPosition(),
				state.project().isArchived(), version, out, draftSavedAt,
				(i > 0) ? visibleGroups.get(i - 1).getId() : null,
				(i >= 0 && i < visibleGroups.size() - 1) ? visibleGroups.get(i + 1).getId() : null);
	}

	private static List<GroupPage.Parameter> parameters(MetadataCatalogue catalogue, Template template, Question q,
			Answers answers, Visibility visibility, Lookups lookups, List<ValidationError> errors) {
		if (q.operation() == null) {
			return List.of();
		}
		List<GroupPage.Parameter> out = new ArrayList<>();
		Map<String, String> given = answers.parameters(q.shortName());
		for (ClassParameter p : q.operation().parameters()) {
			Optional<ParameterMeta> meta = catalogue.classOperation(q.operation().operation())
				.flatMap(o -> o.parameter(p.name()));
			FieldType type = meta.map(ParameterMeta::type).orElse(null);
			List<String> pErrors = errors.stream()
				.filter(e -> e.question().equalsIgnoreCase(q.shortName()) && p.name().equalsIgnoreCase(e.column()))
				.map(ValidationError::message)
				.toList();
			String key = q.shortName() + AnswerKey.SEPARATOR + p.name();
			if (p.isAnswered()) {
				List<String> choices = List.of();
				if (p.lookup() != null) {
					choices = lookups.values(p.lookup(), null, type).map(v -> v.values()).orElse(List.of());
				}
				else if (type != null && type.kind() == FieldType.Kind.ENUM) {
					choices = catalogue.enumeration(type.enumName()).map(e -> e.values()).orElse(List.of());
				}
				out.add(new GroupPage.Parameter(key, p.name(), p.label(), true, meta.map(ParameterMeta::mandatory).orElse(false),
						given.get(p.name()), null, choices,
						(type != null && type.kind() == FieldType.Kind.DATE) ? "date" : "text", pErrors));
			}
			else {
				String value = (p.fixedValue() != null) ? p.fixedValue()
						: visibility.activeValue(p.valueFrom()).orElse(null);
				String source = (p.fixedValue() != null) ? "Set by the template"
						: "From the answer to: " + template.question(p.valueFrom()).map(Question::text).orElse(p.valueFrom());
				out.add(new GroupPage.Parameter(key, p.name(), p.label(), false, false, value, source, List.of(), "text",
						pErrors));
			}
		}
		return out;
	}

	private static String inputType(MetadataCatalogue catalogue, Question q) {
		if (q.control() == Control.DATE) {
			return "date";
		}
		if (q.field() != null) {
			Optional<FieldMeta> meta = catalogue.field(q.field().table(), q.field().field());
			if (meta.isPresent() && meta.get().type().kind() == FieldType.Kind.DATE) {
				return "date";
			}
		}
		return "text";
	}

	static QuestionGroup templateGroup(Template template, ProjectGroup group) {
		FunctionalArea area = template.areasInUse().get(group.getAreaPosition());
		return area.group(group.getGroupName()).orElseThrow(() -> new NotFoundException("Question group"));
	}

	private static Map<String, String> readInput(String json) {
		return JSON.readValue(json, INPUT);
	}

}
