package org.rapidstart.provisioning.project;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.model.ClassParameter;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionType;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.progress.GroupProgress;
import org.rapidstart.questionnaire.progress.ProjectProgress;
import org.rapidstart.questionnaire.validation.ValidationError;

import org.springframework.stereotype.Component;

/**
 * Writes single-value answers and class parameters: resolves each key against the project's template, refuses
 * the whole save when a changed value is wrong (the engine's validation, with the project's other answers and rows
 * for lookups), or when another person saved one of the groups since the version the caller started from; then
 * writes only what changed, moves each touched group's version and audits. Missing required answers are no reason
 * to refuse a save: Mark as complete checks those.
 */
@Component
class AnswerSaving {

	private final ProjectEngine engine;

	private final AnswerStore store;

	private final ProjectGroups groups;

	private final AuditLog audit;

	private final Clock clock;

	AnswerSaving(ProjectEngine engine, AnswerStore store, ProjectGroups groups, AuditLog audit, Clock clock) {
		this.engine = engine;
		this.store = store;
		this.groups = groups;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Saves the values (blank clears an answer). {@code onlyGroup}, when given, limits the keys to that group and
	 * requires its answers to still be at {@code expectedVersion}. Returns the keys that changed. Call inside a
	 * transaction.
	 */
	List<AnswerKey> save(Project project, Map<String, String> values, String actor, @Nullable ProjectGroup onlyGroup,
			long expectedVersion) {
		if (project.isArchived()) {
			throw new RuleViolation(null, "project.archived",
					"The project " + project.getName() + " is archived: its answers can no longer change.");
		}
		Template template = this.engine.template(project);
		Map<AnswerKey, Resolved> resolved = new LinkedHashMap<>();
		List<ValidationError> unknown = new ArrayList<>();
		values.forEach((key, value) -> resolve(template, AnswerKey.parse(key), value, onlyGroup, unknown)
			.ifPresent(r -> resolved.put(r.key(), r)));
		if (!unknown.isEmpty()) {
			throw new AnswersRefused(unknown);
		}

		// lock the groups first: the version check, validation and write then see one state
		List<ProjectGroup> locked = this.groups.lockByProjectId(project.getId());
		if (onlyGroup != null) {
			ProjectGroup group = locked.stream().filter(g -> g.getId() == onlyGroup.getId()).findFirst().orElseThrow();
			if (group.getAnswersVersion() != expectedVersion) {
				List<StoredAnswer> since = this.store.changedSince(group.getId(), expectedVersion);
				// only another person's changes conflict: one's own earlier save (another tab, an autosaved page
				// saved twice) is simply overwritten by one's newer input
				if (since.isEmpty() || since.stream().anyMatch(a -> !a.changedBy().equals(actor))) {
					throw conflict(template, group, since);
				}
			}
		}

		List<StoredAnswer> stored = this.store.answers(project.getId());
		Map<AnswerKey, String> current = new HashMap<>();
		stored.forEach(a -> {
			if (a.value() != null) {
				current.put(a.key(), a.value());
			}
		});
		Answers answers = ProjectEngine.answersOf(stored);
		List<Resolved> changes = new ArrayList<>();
		for (Resolved r : resolved.values()) {
			if (!java.util.Objects.equals(current.get(r.key()), r.value())) {
				changes.add(r);
				answers = r.key().applyTo(answers, r.value());
			}
		}
		if (changes.isEmpty()) {
			return List.of();
		}
		// rows that lookups read, and rows of the groups being changed (whether they stay complete); not a
		// million postal codes of another group
		Set<String> sources = this.engine.lookupSources(template);
		Set<String> touched = new HashSet<>();
		changes.forEach(c -> touched.add((c.area() + "\u0000" + c.group()).toLowerCase(Locale.ROOT)));
		Answers withRows = this.engine.withRows(project, answers,
				q -> sources.contains(q.shortName().toLowerCase(Locale.ROOT)) || touched
					.contains((template.areaOf(q.shortName()).orElseThrow().name() + "\u0000"
							+ template.groupOf(q.shortName()).orElseThrow().name())
						.toLowerCase(Locale.ROOT)));
		List<ValidationError> wrong = relevantErrors(this.engine.validator().validate(template, withRows), changes);
		if (!wrong.isEmpty()) {
			throw new AnswersRefused(wrong);
		}

		ProjectProgress after = this.engine.progressOf(project, withRows);
		Instant now = this.clock.instant();
		Map<ProjectGroup, List<Resolved>> byGroup = new LinkedHashMap<>();
		for (Resolved r : changes) {
			ProjectGroup group = locked.stream()
				.filter(g -> g.getFunctionalArea().equalsIgnoreCase(r.area()) && g.getGroupName().equalsIgnoreCase(r.group()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no group " + r.area() + " / " + r.group()));
			byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(r);
		}
		byGroup.forEach((group, groupChanges) -> {
			boolean stillComplete = after.group(group.getFunctionalArea(), group.getGroupName())
				.map(GroupProgress::complete)
				.orElse(true);
			long version = group.answersChanged(now, actor, stillComplete);
			StringJoiner names = new StringJoiner(", ");
			for (Resolved r : groupChanges) {
				this.store.write(project.getId(), r.key(), r.value(), group.getId(), version, now, actor);
				names.add(r.key().toString());
			}
			this.audit.recordInTenant(actor, project.getCustomerId(), "PROJECT_ANSWERS_SAVED", "Project " + project.getName()
					+ ", question group " + group.getGroupName() + ": " + names);
		});
		return changes.stream().map(Resolved::key).toList();
	}

	private Optional<Resolved> resolve(Template template, AnswerKey key, @Nullable String value,
			@Nullable ProjectGroup onlyGroup, List<ValidationError> problems) {
		String v = (value == null || value.isBlank()) ? null : value.trim();
		Optional<Question> found = template.questionsInUse()
			.stream()
			.filter(q -> q.shortName().equalsIgnoreCase(key.question()))
			.findFirst();
		if (found.isEmpty()) {
			problems.add(new ValidationError(key.question(), null, null,
					"This project has no question '" + key.question() + "'."));
			return Optional.empty();
		}
		Question q = found.get();
		String area = template.areaOf(q.shortName()).orElseThrow().name();
		String group = template.groupOf(q.shortName()).orElseThrow().name();
		if (onlyGroup != null && !(onlyGroup.getFunctionalArea().equalsIgnoreCase(area)
				&& onlyGroup.getGroupName().equalsIgnoreCase(group))) {
			problems.add(new ValidationError(q.shortName(), null, null,
					"The question '" + q.shortName() + "' belongs to another question group."));
			return Optional.empty();
		}
		if (q.hidden()) {
			problems.add(new ValidationError(q.shortName(), null, null,
					"The question '" + q.shortName() + "' is set by the template and is not answered."));
			return Optional.empty();
		}
		if (q.type().isTable()) {
			problems.add(new ValidationError(q.shortName(), null, null,
					"The question '" + q.shortName() + "' is answered with rows, on its table page."));
			return Optional.empty();
		}
		if (key.isParameter() != (q.type() == QuestionType.CLASS)) {
			problems.add(new ValidationError(q.shortName(), null, key.isParameter() ? key.parameter() : null,
					key.isParameter() ? "The question '" + q.shortName() + "' has no parameters to answer."
							: "The question '" + q.shortName() + "' is answered through its parameters."));
			return Optional.empty();
		}
		if (!key.isParameter()) {
			return Optional.of(new Resolved(AnswerKey.of(q.shortName()), v, area, group));
		}
		Optional<ClassParameter> parameter = q.operation()
			.answeredParameters()
			.stream()
			.filter(p -> p.name().equalsIgnoreCase(key.parameter()))
			.findFirst();
		if (parameter.isEmpty()) {
			problems.add(new ValidationError(q.shortName(), null, key.parameter(),
					"The question '" + q.shortName() + "' has no parameter '" + key.parameter() + "' to answer."));
			return Optional.empty();
		}
		return Optional.of(new Resolved(new AnswerKey(q.shortName(), parameter.get().name()), v, area, group));
	}

	/** Errors about values this save gives; a missing answer is for Mark as complete to refuse, not Save. */
	private static List<ValidationError> relevantErrors(List<ValidationError> errors, List<Resolved> changes) {
		List<ValidationError> out = new ArrayList<>();
		for (ValidationError e : errors) {
			boolean relevant = changes.stream()
				.filter(c -> c.value() != null && c.key().question().equalsIgnoreCase(e.question()))
				.anyMatch(c -> !c.key().isParameter() || c.key().parameter().equalsIgnoreCase(e.column()));
			if (relevant && e.row() == null) {
				out.add(e);
			}
		}
		return out;
	}

	private static AnswersConflict conflict(Template template, ProjectGroup group, List<StoredAnswer> since) {
		List<AnswersConflict.Change> changes = new ArrayList<>();
		Set<AnswerKey> seen = new HashSet<>();
		for (StoredAnswer a : since) {
			if (seen.add(a.key())) {
				changes.add(new AnswersConflict.Change(a.key().toString(), label(template, a.key()), a.value(),
						a.changedBy(), a.changedAt()));
			}
		}
		return new AnswersConflict(group.getGroupName(), group.getAnswersVersion(), group.getAnswersChangedBy(),
				changes);
	}

	static String label(Template template, AnswerKey key) {
		Optional<Question> q = template.question(key.question());
		if (q.isEmpty()) {
			return key.question();
		}
		if (key.isParameter() && q.get().operation() != null) {
			return q.get()
				.operation()
				.parameters()
				.stream()
				.filter(p -> p.name().equalsIgnoreCase(key.parameter()))
				.map(ClassParameter::label)
				.findFirst()
				.orElse(key.parameter());
		}
		return q.get().text().isBlank() ? q.get().shortName() : q.get().text();
	}

	private record Resolved(AnswerKey key, @Nullable String value, String area, String group) {

	}

}
