package org.rapidstart.provisioning.project;

import java.util.List;

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
		ProjectEngine.Snapshot snapshot = this.engine.snapshot(project);
		return new ProjectState(project, this.engine.template(project), snapshot.answers(), snapshot.progress(), groups);
	}

}
