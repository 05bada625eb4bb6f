package org.rapidstart.provisioning.project;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.customeruser.CustomerActor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Configure reports, over the active projects and the question groups the viewer may see: Project status detail
 * (per project its status and progress, and its groups; filter by project and by group status) and Question groups
 * status (target date, % answered, number of questions, assignee).
 */
@Service
public class ProjectReports {

	private final ProjectManagement management;

	ProjectReports(ProjectManagement management) {
		this.management = management;
	}

	@Transactional(readOnly = true)
	public List<ProjectStatus> projectStatusDetail(CustomerActor actor, @Nullable Long projectId,
			@Nullable GroupStatus status) {
		List<ProjectStatus> out = new ArrayList<>();
		for (ProjectStatus project : this.management.statuses(actor)) {
			if (projectId != null && project.project().id() != projectId) {
				continue;
			}
			List<ProjectOverview.Group> groups = project.groups()
				.stream()
				.filter(g -> status == null || g.status() == status)
				.toList();
			if (status != null && groups.isEmpty()) {
				continue;
			}
			out.add(new ProjectStatus(project.project(), groups));
		}
		return out;
	}

	@Transactional(readOnly = true)
	public List<ProjectOverview.Group> questionGroupsStatus(CustomerActor actor, @Nullable Long projectId) {
		return this.management.statuses(actor)
			.stream()
			.filter(p -> projectId == null || p.project().id() == projectId)
			.flatMap(p -> p.groups().stream())
			.toList();
	}

	/** One project of the Project status detail report, with its (filtered) question groups. */
	public record ProjectStatus(ProjectSummary project, List<ProjectOverview.Group> groups) {

	}

}
