package org.rapidstart.provisioning.project;

import java.util.List;

import org.rapidstart.questionnaire.answers.Answers;

import org.springframework.stereotype.Component;

/** Builds a {@link ProjectState} from the database and the engine. */
@Component
class ProjectStates {

	private final ProjectEngine engine;

	private final ProjectGroups groups;

	ProjectStates(ProjectEngine engine, ProjectGroups groups) {
		this.engine = engine;
		this.groups = groups;
	}

	ProjectState of(Project project) {
		return of(project, this.groups.findByProjectIdOrderByPosition(project.getId()));
	}

	ProjectState of(Project project, List<ProjectGroup> groups) {
		// the stamp first: answers read after it are at least as new, so progress cached under it is never older
		String stamp = this.engine.stamp(project);
		Answers answers = this.engine.answers(project);
		return new ProjectState(project, this.engine.template(project), answers,
				this.engine.progress(project, answers, stamp), groups);
	}

}
