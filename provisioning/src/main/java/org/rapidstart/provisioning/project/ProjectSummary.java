package org.rapidstart.provisioning.project;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One line of the project list: status, progress and target dates. */
public record ProjectSummary(long id, String name, ProjectKind kind, String templateName, String organisationName,
		String status, boolean readyToLoad, int percent, int groupsComplete, int groups, @Nullable LocalDate targetDate,
		@Nullable LocalDate nextGroupTargetDate, Instant createdAt, String createdBy, @Nullable Instant archivedAt) {

}
