package org.rapidstart.provisioning.project;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.model.Template;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade other features (tables, workbook round trip, loads) read and change a project through. Every method is
 * scoped by the customer: an id of another tenant, or an unknown one, is a {@link NotFoundException}.
 */
@Service
public class Projects {

	private final StoredProjects projects;

	private final ProjectGroups groups;

	private final ProjectEngine engine;

	private final AnswerSaving saving;

	private final AnswerStore answerStore;

	Projects(StoredProjects projects, ProjectGroups groups, ProjectEngine engine, AnswerSaving saving,
			AnswerStore answerStore) {
		this.projects = projects;
		this.groups = groups;
		this.engine = engine;
		this.saving = saving;
		this.answerStore = answerStore;
	}

	/** The project with its template (from the project's snapshot). */
	@Transactional(readOnly = true)
	public ProjectView project(long customerId, long projectId) {
		Project project = load(customerId, projectId);
		return ProjectView.of(project, this.engine.template(project));
	}

	/**
	 * The project, for an actor who may read projects and sees it: an Administrator or a Viewer any project of the
	 * tenant, a Configurator only one they created or with a question group assigned to them (as the project list and
	 * the project page offer it). A project the actor does not see is not found, as another tenant's.
	 */
	@Transactional(readOnly = true)
	public ProjectView project(CustomerActor actor, long projectId) {
		ProjectAccess.requireRead(actor);
		Project project = load(actor.customerId(), projectId);
		if (!ProjectAccess.seesProject(actor, project, this.groups.findByProjectIdOrderByPosition(project.getId()))) {
			throw new NotFoundException("Project");
		}
		return ProjectView.of(project, this.engine.template(project));
	}

	/** Who last changed an answer and when. */
	public record LastChange(String by, Instant at) {

	}

	/**
	 * Who last changed each single value and class parameter and when, by key ({@code Question} or
	 * {@code Question|Parameter}, ignoring letter case): for a change made elsewhere that an import must not overwrite.
	 * The project's answers are locked until the caller's transaction ends (a save of them waits, one under way
	 * finishes first), so call it in the transaction that saves: what it answers stays true until then.
	 */
	@Transactional
	public Map<String, LastChange> lastChanges(long customerId, long projectId) {
		Project project = load(customerId, projectId);
		this.groups.lockByProjectId(project.getId());
		Map<String, LastChange> changes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		this.answerStore.answers(project.getId())
			.forEach(a -> changes.put(a.key().toString(), new LastChange(a.changedBy(), a.changedAt())));
		return changes;
	}

	/** The project's answers as the engine sees them: single values, class parameters and table rows. */
	@Transactional(readOnly = true)
	public Answers answers(long customerId, long projectId) {
		return this.engine.answers(load(customerId, projectId));
	}

	/**
	 * Saves single values and answered class parameters, keyed {@code Question} or {@code Question|Parameter}; a blank
	 * value clears the answer. Refused as a whole ({@link AnswersRefused}, nothing written) when a key is not an
	 * answerable question of the project or a given value is wrong. The caller has checked that {@code actor} may
	 * answer those questions (see {@link #requireMayAnswer}).
	 */
	@Transactional
	public void saveValues(long customerId, long projectId, Map<String, String> values, String actor) {
		this.saving.save(load(customerId, projectId), values, actor, null, 0);
	}

	/**
	 * Refuses (not found, or {@link ProjectAccessDenied}) unless the actor may change the answer of the question:
	 * an Administrator, or a Configurator the question's group is assigned to; never in an archived project.
	 */
	@Transactional(readOnly = true)
	public void requireMayAnswer(CustomerActor actor, long projectId, String question) {
		ProjectAccess.requireRead(actor);
		Project project = load(actor.customerId(), projectId);
		ProjectGroup group = groupOf(project, question);
		if (!ProjectAccess.sees(actor, group)) {
			throw new NotFoundException("Question");
		}
		if (!ProjectAccess.mayAnswer(actor, group) || project.isArchived()) {
			throw new ProjectAccessDenied();
		}
	}

	/**
	 * Refuses a change to the answer of the question while its functional area is closed: the other areas open once
	 * Base information is complete (the engine's rule, as the question group page applies it; Base information's own
	 * questions are always open).
	 *
	 * @throws RuleViolation {@code project.areaClosed}, with the words of the question group page
	 */
	@Transactional(readOnly = true)
	public void requireAreaOpen(long customerId, long projectId, String question) {
		if (!areaOpen(customerId, projectId, question)) {
			throw QuestionGroupAnswering.areaClosed();
		}
	}

	/** Whether the functional area that asks the question is open (see {@link #requireAreaOpen}). */
	@Transactional(readOnly = true)
	public boolean areaOpen(long customerId, long projectId, String question) {
		Project project = load(customerId, projectId);
		String area = this.engine.template(project)
			.areaOf(question)
			.orElseThrow(() -> new NotFoundException("Question"))
			.name();
		return !this.engine.closedAreas(project).contains(area);
	}

	/**
	 * The functional areas (names, ignoring letter case) that would be closed with these answers: for a change of
	 * many answers at once (an import of all answers), which is judged by the state it leaves. {@code answers} are the
	 * project's as the change would leave them (single values, parameters and table rows).
	 */
	@Transactional(readOnly = true)
	public Set<String> closedAreas(long customerId, long projectId, Answers answers) {
		return this.engine.closedAreas(this.engine.template(load(customerId, projectId)), answers);
	}

	/**
	 * Whether the actor may change the answer of the question (see {@link #requireMayAnswer}), asked without a
	 * refusal: a page that only offers changes or not.
	 */
	@Transactional(readOnly = true)
	public boolean mayAnswer(CustomerActor actor, long projectId, String question) {
		ProjectAccess.requireRead(actor);
		Project project = load(actor.customerId(), projectId);
		return ProjectAccess.mayAnswer(actor, groupOf(project, question)) && !project.isArchived();
	}

	/** Whether the actor may see the question (and its answers) at all; unknown or foreign projects are not found. */
	@Transactional(readOnly = true)
	public boolean maySee(CustomerActor actor, long projectId, String question) {
		ProjectAccess.requireRead(actor);
		Project project = load(actor.customerId(), projectId);
		return ProjectAccess.sees(actor, groupOf(project, question));
	}

	/**
	 * Whether the actor sees every question group of a project they see (an Administrator, or a Viewer who is not a
	 * Configurator): what concerns the whole project, such as another person's import of all answers, shows to them.
	 */
	public boolean seesEveryGroup(CustomerActor actor) {
		return ProjectAccess.seesAllGroups(actor);
	}

	/**
	 * The short names of the questions the actor may see (those of the question groups they see), ignoring letter
	 * case: {@link #maySee} for a whole page of questions at once.
	 */
	@Transactional(readOnly = true)
	public Set<String> visibleQuestions(CustomerActor actor, long projectId) {
		ProjectAccess.requireRead(actor);
		Project project = load(actor.customerId(), projectId);
		Template template = this.engine.template(project);
		Set<String> visible = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (ProjectGroup group : this.groups.findByProjectIdOrderByPosition(project.getId())) {
			if (ProjectAccess.sees(actor, group)) {
				QuestionGroupAnswering.templateGroup(template, group)
					.questions()
					.forEach(q -> visible.add(q.shortName()));
			}
		}
		return visible;
	}

	/** Where a question is asked: its functional area (its place in the project and name) and question group. */
	public record QuestionPlace(int areaIndex, String functionalArea, long groupId, String groupName) {

	}

	/**
	 * The functional area and question group that ask the question, for the trail and the links from the question's
	 * table back to its group page (where it is marked as complete); not found unless the actor sees that group.
	 */
	@Transactional(readOnly = true)
	public QuestionPlace placeOf(CustomerActor actor, long projectId, String question) {
		ProjectAccess.requireRead(actor);
		ProjectGroup group = groupOf(load(actor.customerId(), projectId), question);
		if (!ProjectAccess.sees(actor, group)) {
			throw new NotFoundException("Question");
		}
		return new QuestionPlace(group.getAreaPosition(), group.getFunctionalArea(), group.getId(),
				group.getGroupName());
	}

	private ProjectGroup groupOf(Project project, String question) {
		Template template = this.engine.template(project);
		String area = template.areaOf(question).orElseThrow(() -> new NotFoundException("Question")).name();
		String group = template.groupOf(question).orElseThrow(() -> new NotFoundException("Question")).name();
		List<ProjectGroup> all = this.groups.findByProjectIdOrderByPosition(project.getId());
		return all.stream()
			.filter(g -> g.getFunctionalArea().equalsIgnoreCase(area) && g.getGroupName().equalsIgnoreCase(group))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Question"));
	}

	private Project load(long customerId, long projectId) {
		return this.projects.findByIdAndCustomerId(projectId, customerId)
			.orElseThrow(() -> new NotFoundException("Project"));
	}

}
