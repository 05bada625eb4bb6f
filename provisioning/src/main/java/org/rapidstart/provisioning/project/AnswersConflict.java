package org.rapidstart.provisioning.project;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RuleViolation;

/**
 * Someone else saved the question group after the page was opened: this save is refused so nothing is silently
 * overwritten. Says who changed what and when; the page keeps the refused input to re-apply.
 */
public class AnswersConflict extends RuleViolation {

	private final String group;

	private final long currentVersion;

	private final @Nullable String changedBy;

	private final List<Change> changes;

	AnswersConflict(String group, long currentVersion, @Nullable String changedBy, List<Change> changes) {
		super(null, "project.answersConflict", "Not saved: " + (changedBy == null ? "someone" : changedBy)
				+ " changed the question group " + group + " after you opened it.");
		this.group = group;
		this.currentVersion = currentVersion;
		this.changedBy = changedBy;
		this.changes = List.copyOf(changes);
	}

	public String group() {
		return this.group;
	}

	/** The sign-in ID of who saved the group last (null when that is not known). */
	public @Nullable String changedBy() {
		return this.changedBy;
	}

	/** The version to base a new save on, once the user has looked at the changes. */
	public long currentVersion() {
		return this.currentVersion;
	}

	/** The changes made since the page was opened, latest first. */
	public List<Change> changes() {
		return this.changes;
	}

	/**
	 * One answer someone changed: its key ({@code Question} or {@code Question|Parameter}), what the page calls it
	 * (the question text, or a Class parameter's label), its new value (null when cleared), who and when.
	 */
	public record Change(String key, String label, @Nullable String value, String changedBy, Instant changedAt) {

	}

}
