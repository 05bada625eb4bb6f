package org.rapidstart.provisioning.project;

import java.util.List;

import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.progress.AreaProgress;
import org.rapidstart.questionnaire.progress.GroupProgress;
import org.rapidstart.questionnaire.progress.ProjectProgress;

/**
 * A project as it stands: its template, answers (with rows), the engine's progress and its question groups. Status
 * rules: a group is complete when it was marked complete and the engine still finds it complete; in progress once
 * anything was saved or answered in it; a group with nothing to answer needs no marking and counts as complete (at
 * 100%): every question hidden or not applying, or every question shown answered without anyone's input, as a Class
 * question whose operation needs no answered parameter (General ledger's Number sequences). Once someone enters
 * something there, it is theirs to mark complete. The project is ready to load when the engine finds every area
 * complete and every group that has something to answer is marked complete.
 */
record ProjectState(Project project, Template template, Answers answers, ProjectProgress progress,
		List<ProjectGroup> groups) {

	static final String READY_TO_LOAD = "Ready to load";

	GroupProgress progressOf(ProjectGroup group) {
		return this.progress.group(group.getFunctionalArea(), group.getGroupName())
			.orElse(new GroupProgress(group.getFunctionalArea(), group.getGroupName(), 0, 0, 0, 0, 0));
	}

	boolean areaOpen(ProjectGroup group) {
		return this.progress.functionalArea(group.getFunctionalArea()).map(AreaProgress::open).orElse(false);
	}

	/**
	 * Whether the group has something to answer, so that someone marks it complete: a question shown that is not
	 * answered, or answered by someone's input (see the rules above).
	 */
	boolean needsMarking(ProjectGroup group) {
		GroupProgress p = progressOf(group);
		return p.questions() > 0 && !(p.answered() == p.questions() && p.complete() && !hasInput(group));
	}

	GroupStatus statusOf(ProjectGroup group) {
		GroupProgress p = progressOf(group);
		if (!needsMarking(group) || (group.isMarkedComplete() && p.complete())) {
			return GroupStatus.COMPLETE;
		}
		if (group.isMarkedComplete() || group.isStarted() || hasInput(group)) {
			return GroupStatus.IN_PROGRESS;
		}
		return GroupStatus.NOT_STARTED;
	}

	/** Whether anything was entered in the group (a Class question without answered parameters counts as answered
	 * from the start, so the engine's answered count cannot tell a fresh group from a started one). */
	boolean hasInput(ProjectGroup group) {
		FunctionalArea area = this.template.areasInUse().get(group.getAreaPosition());
		return area.group(group.getGroupName())
			.map(g -> g.questions()
				.stream()
				.anyMatch(q -> this.answers.value(q.shortName()).isPresent() || this.answers.rows(q.shortName()).isPresent()
						|| !this.answers.parameters(q.shortName()).isEmpty()))
			.orElse(false);
	}

	boolean readyToLoad() {
		return !this.project.isArchived() && this.progress.complete()
				&& this.groups.stream().allMatch(g -> statusOf(g) == GroupStatus.COMPLETE);
	}

	String status() {
		if (this.project.isArchived()) {
			return "Archived";
		}
		if (readyToLoad()) {
			return READY_TO_LOAD;
		}
		boolean started = this.groups.stream().anyMatch(g -> needsMarking(g) && statusOf(g) != GroupStatus.NOT_STARTED);
		return started ? GroupStatus.IN_PROGRESS.label() : GroupStatus.NOT_STARTED.label();
	}

}
