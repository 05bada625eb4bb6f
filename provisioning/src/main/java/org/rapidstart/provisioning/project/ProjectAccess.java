package org.rapidstart.provisioning.project;

import java.util.Collection;
import java.util.Objects;

import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;

/**
 * Who may see and change what in projects. Administrators: everything. Configurators: create projects, and see and
 * answer only the question groups assigned to them (plus the projects they created). A Viewer who is not a
 * Configurator reads everything and changes nothing.
 */
final class ProjectAccess {

	private ProjectAccess() {
	}

	static void requireRead(CustomerActor actor) {
		if (!actor.has(CustomerRole.CONFIGURATOR) && !actor.roles().contains(CustomerRole.VIEWER)) {
			throw new ProjectAccessDenied();
		}
	}

	static void requireChange(CustomerActor actor) {
		if (!mayChange(actor)) {
			throw new ProjectAccessDenied();
		}
	}

	/** Administrator or Configurator. */
	static boolean mayChange(CustomerActor actor) {
		return actor.has(CustomerRole.CONFIGURATOR);
	}

	static boolean seesAllGroups(CustomerActor actor) {
		return actor.isAdministrator() || !actor.roles().contains(CustomerRole.CONFIGURATOR);
	}

	static boolean sees(CustomerActor actor, ProjectGroup group) {
		return seesAllGroups(actor) || isAssignee(actor, group);
	}

	static boolean mayAnswer(CustomerActor actor, ProjectGroup group) {
		return actor.isAdministrator() || (actor.roles().contains(CustomerRole.CONFIGURATOR) && isAssignee(actor, group));
	}

	/** An Administrator reassigns any group; a Configurator hands over the groups assigned to them. */
	static boolean mayReassign(CustomerActor actor, ProjectGroup group) {
		return mayAnswer(actor, group);
	}

	static boolean seesProject(CustomerActor actor, Project project, Collection<ProjectGroup> groups) {
		return seesAllGroups(actor) || project.getCreatedBy().equals(actor.signInId())
				|| groups.stream().anyMatch(g -> isAssignee(actor, g));
	}

	/** Archive: an Administrator, or the Configurator who created the project. */
	static boolean mayArchive(CustomerActor actor, Project project) {
		return actor.isAdministrator()
				|| (mayChange(actor) && project.getCreatedBy().equals(actor.signInId()));
	}

	private static boolean isAssignee(CustomerActor actor, ProjectGroup group) {
		return Objects.equals(group.getAssigneeAccountId(), actor.accountId());
	}

}
