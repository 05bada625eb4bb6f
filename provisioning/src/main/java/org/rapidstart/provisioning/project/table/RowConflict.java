package org.rapidstart.provisioning.project.table;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RuleViolation;

/**
 * Someone else changed or deleted a row after the page that edits or deletes it was opened: the change is refused so
 * nothing is silently overwritten, and nothing was saved. Says who changed it and when, and what the row holds now
 * ({@link #current()}, none when the row is gone: deleted, or all rows replaced by an import). The page keeps the
 * refused input to re-apply: on the row again, based on {@link #current()}'s version, or as a new row when it is gone.
 */
public class RowConflict extends RuleViolation {

	private final @Nullable TableRow current;

	private final String changedBy;

	private final Instant changedAt;

	RowConflict(String question, @Nullable TableRow current, String changedBy, Instant changedAt) {
		super(null, current == null ? "tables.row.gone" : "tables.row.conflict",
				current == null
						? "Not saved: the row no longer exists. " + changedBy + " changed the rows of " + question
								+ " after you opened the page."
						: "Not saved: " + changedBy + " changed row " + current.position() + " of " + question
								+ " after you opened it.");
		this.current = current;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	/** The row as it is now, with the version to base another try on; null when it is gone. */
	public @Nullable TableRow current() {
		return this.current;
	}

	public boolean gone() {
		return this.current == null;
	}

	/** Who changed the row (or, when it is gone, who last changed the question's rows). */
	public String changedBy() {
		return this.changedBy;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

	/** The row's cells now, by field; empty when it is gone. */
	public Map<String, String> cells() {
		return this.current == null ? Map.of() : this.current.cells();
	}

}
