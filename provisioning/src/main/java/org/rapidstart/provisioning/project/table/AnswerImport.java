package org.rapidstart.provisioning.project.table;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An import of an answers workbook as its page shows it: where it is ({@code step} of {@code steps}, the stage and
 * sheet and how many of its rows are done), and how it ended: applied with what it changed, refused with
 * {@code problemCount} problems (listed by {@link AnswerImports#problems}), cancelled, or failed for {@code problem}.
 */
public record AnswerImport(long id, long projectId, String fileName, ImportStatus status, int step, int steps,
		AnswerWorkbooks.@Nullable Stage stage, @Nullable String sheet, long rowsDone, @Nullable Integer changedValues,
		List<String> changedTables, int problemCount, @Nullable String problem, boolean cancelRequested,
		String startedBy, Instant createdAt, @Nullable Instant finishedAt) {

	public AnswerImport {
		changedTables = List.copyOf(changedTables);
	}

	/** How far it is, 0 to 100: steps done, the Parameters sheet, each table sheet read and checked, saving. */
	public int percent() {
		if (this.status == ImportStatus.SUCCEEDED) {
			return 100;
		}
		return (this.steps <= 0) ? 0 : Math.min(100, Math.max(0, this.step - 1) * 100 / this.steps);
	}

	public boolean isActive() {
		return this.status.isActive();
	}

	/** Applied, and nothing differed from the saved answers. */
	public boolean changedNothing() {
		return this.status == ImportStatus.SUCCEEDED && (this.changedValues == null || this.changedValues == 0)
				&& this.changedTables.isEmpty();
	}

}
