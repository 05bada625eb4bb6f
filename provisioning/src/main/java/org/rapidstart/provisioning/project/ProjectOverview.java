package org.rapidstart.provisioning.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The project page: the project, its status and progress, and per functional area the question groups the viewer
 * may see, with assignee, target date, status and progress.
 */
public record ProjectOverview(ProjectView project, String status, boolean readyToLoad, int percent, List<Area> areas,
		boolean mayChange, boolean mayArchive) {

	/** One functional area; {@code open} is false while Base information is not complete. */
	public record Area(int index, String name, boolean baseInformation, boolean open, int questions, int answered,
			int percent, List<Group> groups) {

	}

	/**
	 * One question group with its assignment and progress; {@code areaIndex} is its functional area's place in the
	 * project (the area page's address).
	 */
	public record Group(long id, long projectId, String projectName, int areaIndex, String functionalArea,
			String name, GroupStatus status, @Nullable Long assigneeAccountId, String assigneeName,
			@Nullable LocalDate targetDate, int questions, int answered, int required, int requiredAnswered,
			int errors, int percent, @Nullable Instant completedAt, @Nullable String completedBy, boolean areaOpen,
			boolean mayAnswer, boolean mayReassign) {

		public String statusLabel() {
			return this.status.label();
		}

	}

}
