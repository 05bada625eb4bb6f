package org.rapidstart.provisioning.project;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.model.Template;

/**
 * A project as other features read it: its name, how it started, its organisation and the template it answers
 * (the engine's {@link Template}, from the project's snapshot).
 */
public record ProjectView(long id, String name, ProjectKind kind, String templateName, Template template,
		Organisation organisation, @Nullable LocalDate targetDate, Instant createdAt, String createdBy,
		@Nullable Instant archivedAt) {

	static ProjectView of(Project p, Template template) {
		return new ProjectView(p.getId(), p.getName(), p.getKind(), p.getTemplateName(), template, p.getOrganisation(),
				p.getTargetDate(), p.getCreatedAt(), p.getCreatedBy(), p.getArchivedAt());
	}

	public boolean archived() {
		return this.archivedAt != null;
	}

}
