package org.rapidstart.provisioning.project;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What "New project" asks: a name, the organisation, and either a default project (industry defaults) or a custom
 * one from a published template ({@link TemplateOption#key()}).
 */
public record NewProject(String name, Organisation organisation, ProjectKind kind, @Nullable String template,
		@Nullable LocalDate targetDate) {

}
