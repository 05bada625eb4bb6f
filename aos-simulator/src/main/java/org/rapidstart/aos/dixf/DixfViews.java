package org.rapidstart.aos.dixf;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the DIXF API and console show: a job, its executions (the execution history) and row errors. */
public final class DixfViews {

	private DixfViews() {
	}

	public record JobView(long id, String company, String entity, @Nullable String fileName, int batchTasks,
			List<String> columns, Instant createdAt, String status, boolean stagingKept, List<ExecutionView> executions,
			long rowErrorCount, int errorsPage, List<RowErrorView> rowErrors) {
	}

	public record JobSummary(long id, String company, String entity, @Nullable String fileName, Instant createdAt,
			int runs, String status, long stagedRows, long errorRows, long createdRows, long updatedRows,
			long unchangedRows) {
	}

	public record ExecutionView(long id, int run, String mode, String status, long stagedRows, long errorRows,
			long createdRows, long updatedRows, long unchangedRows, @Nullable String message, Instant startedAt,
			@Nullable Instant stagedAt, @Nullable Instant validatedAt, @Nullable Instant finishedAt,
			@Nullable Long durationMs) {
	}

	public record RowErrorView(long line, @Nullable String field, String message) {
	}

}
