package org.rapidstart.provisioning.project;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * One question group of a project: who answers it, by when, whether it was marked complete, and the version of its
 * answers. {@code answersVersion} moves only when answers change (not on reassignment), so a save made on an older
 * version is refused as a conflict naming the changes made since.
 */
@Entity
@Table(name = "project_group")
class ProjectGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_group_seq")
	@SequenceGenerator(name = "project_group_seq", sequenceName = "project_group_seq", allocationSize = 50)
	private @Nullable Long id;

	private long projectId;

	private int position;

	private int areaPosition;

	private String functionalArea;

	@Column(name = "group_name")
	private String groupName;

	private @Nullable Long assigneeAccountId;

	private @Nullable LocalDate targetDate;

	private boolean markedComplete;

	private @Nullable Instant completedAt;

	private @Nullable String completedBy;

	private boolean started;

	private long answersVersion;

	private @Nullable Instant answersChangedAt;

	private @Nullable String answersChangedBy;

	@Version
	private long version;

	protected ProjectGroup() {
		this.functionalArea = "";
		this.groupName = "";
	}

	ProjectGroup(long projectId, int position, int areaPosition, String functionalArea, String groupName,
			@Nullable Long assigneeAccountId) {
		this.projectId = projectId;
		this.position = position;
		this.areaPosition = areaPosition;
		this.functionalArea = functionalArea;
		this.groupName = groupName;
		this.assigneeAccountId = assigneeAccountId;
	}

	/** Answers of the group changed: a new version, and a group marked complete stays so only if it still is. */
	long answersChanged(Instant now, String actor, boolean stillComplete) {
		this.answersVersion++;
		this.answersChangedAt = now;
		this.answersChangedBy = actor;
		this.started = true;
		if (this.markedComplete && !stillComplete) {
			reopen();
		}
		return this.answersVersion;
	}

	void markComplete(Instant now, String actor) {
		this.markedComplete = true;
		this.completedAt = now;
		this.completedBy = actor;
		this.started = true;
	}

	void reopen() {
		this.markedComplete = false;
		this.completedAt = null;
		this.completedBy = null;
	}

	void assign(@Nullable Long accountId, @Nullable LocalDate targetDate) {
		this.assigneeAccountId = accountId;
		this.targetDate = targetDate;
	}

	long getId() {
		if (this.id == null) {
			throw new IllegalStateException("ProjectGroup not saved yet");
		}
		return this.id;
	}

	long getProjectId() {
		return this.projectId;
	}

	int getPosition() {
		return this.position;
	}

	int getAreaPosition() {
		return this.areaPosition;
	}

	String getFunctionalArea() {
		return this.functionalArea;
	}

	String getGroupName() {
		return this.groupName;
	}

	@Nullable Long getAssigneeAccountId() {
		return this.assigneeAccountId;
	}

	@Nullable LocalDate getTargetDate() {
		return this.targetDate;
	}

	boolean isMarkedComplete() {
		return this.markedComplete;
	}

	@Nullable Instant getCompletedAt() {
		return this.completedAt;
	}

	@Nullable String getCompletedBy() {
		return this.completedBy;
	}

	boolean isStarted() {
		return this.started;
	}

	long getAnswersVersion() {
		return this.answersVersion;
	}

	@Nullable Instant getAnswersChangedAt() {
		return this.answersChangedAt;
	}

	@Nullable String getAnswersChangedBy() {
		return this.answersChangedBy;
	}

}
