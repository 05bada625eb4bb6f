package org.rapidstart.aos.dixf;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rapidstart.aos.AosProperties;
import org.rapidstart.aos.dixf.DixfViews.ExecutionView;
import org.rapidstart.aos.dixf.DixfViews.JobSummary;
import org.rapidstart.aos.dixf.DixfViews.JobView;
import org.rapidstart.aos.dixf.DixfViews.RowErrorView;
import org.rapidstart.aos.metadata.AosNotFoundException;
import org.rapidstart.aos.metadata.AxCatalogue;
import org.rapidstart.aos.metadata.AxRelation;
import org.rapidstart.aos.metadata.AxTable;
import org.rapidstart.aos.metadata.Companies;
import org.rapidstart.aos.metadata.Company;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * DIXF jobs: staging happens while the upload streams in; validation and the copy to target run on the job
 * pool afterwards (the caller may wait for them). All data work is set-based SQL over the staging table.
 */
@Service
public class DixfJobs {

	static final String ALL_ROWS = "AllRows";

	static final String RERUN = "RowsWithPreviousErrors";

	private static final Logger log = LoggerFactory.getLogger(DixfJobs.class);

	private static final List<String> RUNNING = List.of("Staging", "Validating", "CopyingToTarget");

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final AxCatalogue catalogue;

	private final Companies companies;

	private final AosProperties properties;

	private final DixfExecutors executors;

	private final TransactionTemplate transactions;

	private volatile @Nullable Boolean mergeSupported;

	DixfJobs(DataSource dataSource, JdbcClient jdbc, AxCatalogue catalogue, Companies companies,
			AosProperties properties, DixfExecutors executors, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.companies = companies;
		this.properties = properties;
		this.executors = executors;
	}

	/** Creates the job, stages the file (bulk COPY) and starts validate + copy; optionally waits for them. */
	JobView start(String companyId, String entityName, @Nullable String fileName, InputStream csv,
			@Nullable Integer batchTasks, char delimiter, boolean wait) {
		Company company = this.companies.require(companyId);
		AxTable entity = this.catalogue.table(entityName).orElseThrow(() -> new AosNotFoundException("Entity", entityName));
		int tasks = batchTasks == null ? this.properties.dixf().defaultBatchTasks() : batchTasks;
		if (tasks < 1 || tasks > this.properties.dixf().maxBatchTasks()) {
			throw badRequest("Number of batch tasks must be between 1 and %d."
				.formatted(this.properties.dixf().maxBatchTasks()));
		}
		StagingWriter.Source source = StagingWriter.open(csv, delimiter, entity);
		long jobId = this.jdbc.sql("SELECT nextval('aos_dixf_job_seq')").query(Long.class).single();
		String staging = DixfSql.stagingTable(jobId);
		DixfSql sql = new DixfSql(this.catalogue, entity, company.dataAreaId());
		this.jdbc.sql(sql.createStaging(staging)).update();
		this.jdbc.sql("""
				INSERT INTO aos_dixf_job (id, data_area_id, entity, file_name, batch_tasks, columns, staging_table)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(jobId, company.dataAreaId(), entity.name(), fileName, tasks,
					String.join(",", source.columns().stream().map(f -> f.name()).toList()), staging)
			.update();
		long executionId = newExecution(jobId, 1, ALL_ROWS);
		stageAndRun(new Run(jobId, executionId, 1, company, entity, staging, tasks), source, 0, wait);
		return get(company.dataAreaId(), jobId, 0, 100);
	}

	/**
	 * "Copy data to target: rows with previous errors". Without a file the failed rows are validated again as
	 * staged (for when the related data has been fixed since); with a correction file its rows take the place
	 * of the failed ones.
	 */
	JobView rerunErrors(String companyId, long jobId, @Nullable InputStream correction, char delimiter, boolean wait) {
		Company company = this.companies.require(companyId);
		JobRow job = job(company.dataAreaId(), jobId);
		ExecutionView last = executions(jobId).get(0);
		if (RUNNING.contains(last.status())) {
			throw conflict("Job %d is still running (%s).".formatted(jobId, last.status()));
		}
		if (last.errorRows() == 0 || job.stagingTable() == null) {
			throw conflict("Job %d has no rows with previous errors.".formatted(jobId));
		}
		AxTable entity = this.catalogue.requireTable(job.entity());
		int runNo = last.run() + 1;
		String staging = job.stagingTable();
		StagingWriter.Source source = correction == null ? null : StagingWriter.open(correction, delimiter, entity);
		long executionId = newExecution(jobId, runNo, RERUN);
		Run run = new Run(jobId, executionId, runNo, company, entity, staging, job.batchTasks());
		if (source == null) {
			this.jdbc.sql("UPDATE " + staging + " SET run_no = ? WHERE line_no IN "
					+ "(SELECT line_no FROM aos_dixf_row_error WHERE execution_id = ?)")
				.params(runNo, last.id())
				.update();
			// rows that could not even be read were never staged: they stay failed until a correction file comes
			this.jdbc.sql("""
					INSERT INTO aos_dixf_row_error (execution_id, line_no, field_name, message)
					SELECT ?, e.line_no, e.field_name, e.message FROM aos_dixf_row_error e
					WHERE e.execution_id = ? AND e.field_name IS NULL AND NOT EXISTS
					  (SELECT 1 FROM %s s WHERE s.line_no = e.line_no)""".formatted(staging))
				.params(executionId, last.id())
				.update();
			stageAndRun(run, null, 0, wait);
		}
		else {
			this.jdbc.sql("DELETE FROM " + staging + " WHERE line_no IN "
					+ "(SELECT line_no FROM aos_dixf_row_error WHERE execution_id = ?)")
				.param(last.id())
				.update();
			long lastLine = this.jdbc.sql("SELECT coalesce(max(line_no), 0) FROM (SELECT max(line_no) AS line_no FROM "
					+ staging + " UNION ALL SELECT max(e.line_no) FROM aos_dixf_row_error e "
					+ "JOIN aos_dixf_execution x ON x.id = e.execution_id WHERE x.job_id = ?) l")
				.param(jobId)
				.query(Long.class)
				.single();
			stageAndRun(run, source, lastLine, wait);
		}
		return get(company.dataAreaId(), jobId, 0, 100);
	}

	/** "Staging clean-up": drops the job's staging rows; afterwards its failed rows can no longer be re-run. */
	void cleanUpStaging(String companyId, long jobId) {
		Company company = this.companies.require(companyId);
		JobRow job = job(company.dataAreaId(), jobId);
		if (RUNNING.contains(executions(jobId).get(0).status())) {
			throw conflict("Job %d is still running.".formatted(jobId));
		}
		if (job.stagingTable() != null) {
			this.jdbc.sql("DROP TABLE IF EXISTS " + job.stagingTable()).update();
			this.jdbc.sql("UPDATE aos_dixf_job SET staging_table = NULL WHERE id = ?").param(jobId).update();
		}
	}

	public List<JobSummary> list(String companyId) {
		Company company = this.companies.require(companyId);
		return this.jdbc.sql("""
				SELECT j.id, j.data_area_id, j.entity, j.file_name, j.created_at, x.run_no, x.status, x.staged_rows,
				       x.error_rows, x.created_rows, x.updated_rows, x.unchanged_rows
				FROM aos_dixf_job j
				JOIN aos_dixf_execution x ON x.job_id = j.id
				 AND x.run_no = (SELECT max(run_no) FROM aos_dixf_execution y WHERE y.job_id = j.id)
				WHERE j.data_area_id = ? ORDER BY j.id DESC""")
			.param(company.dataAreaId())
			.query((rs, n) -> new JobSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getString(7), rs.getLong(8), rs.getLong(9),
					rs.getLong(10), rs.getLong(11), rs.getLong(12)))
			.list();
	}

	/** The job, its execution history (latest first) and a page of the latest execution's row errors. */
	public JobView get(String companyId, long jobId, int errorsPage, int errorsSize) {
		Company company = this.companies.require(companyId);
		JobRow job = job(company.dataAreaId(), jobId);
		List<ExecutionView> executions = executions(jobId);
		ExecutionView latest = executions.get(0);
		long errorCount = this.jdbc.sql("SELECT count(*) FROM aos_dixf_row_error WHERE execution_id = ?")
			.param(latest.id())
			.query(Long.class)
			.single();
		List<RowErrorView> errors = this.jdbc.sql("""
				SELECT line_no, field_name, message FROM aos_dixf_row_error WHERE execution_id = ?
				ORDER BY line_no, field_name NULLS FIRST LIMIT ? OFFSET ?""")
			.params(latest.id(), errorsSize, (long) errorsPage * errorsSize)
			.query((rs, n) -> new RowErrorView(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		return new JobView(job.id(), job.company(), job.entity(), job.fileName(), job.batchTasks(),
				Arrays.asList(job.columns().split(",")), job.createdAt(), latest.status(), job.stagingTable() != null,
				executions, errorCount, errorsPage, errors);
	}

	/** Executions left running by a stopped AOS can never finish; say so instead of showing them running. */
	void failInterrupted() {
		this.jdbc.sql("""
				UPDATE aos_dixf_execution SET status = 'Failed', message = 'Interrupted: the AOS stopped during the run.',
				       finished_at = now() WHERE status IN ('Staging', 'Validating', 'CopyingToTarget')""").update();
	}

	private void stageAndRun(Run run, StagingWriter.@Nullable Source source, long lineOffset, boolean wait) {
		long structuralErrors = 0;
		try {
			if (source != null) {
				StagingWriter.Staged staged = StagingWriter.copy(this.dataSource, run.staging(), source, run.runNo(),
						lineOffset, run.entity(), run.company().dataAreaId());
				if (!staged.duplicates().isEmpty()) {
					DixfSql sql = new DixfSql(this.catalogue, run.entity(), run.company().dataAreaId());
					this.jdbc.sql(sql.confirmedDuplicates(run.staging()))
						.params(run.executionId(), staged.duplicates().stream().map(d -> d[0]).toArray(Long[]::new),
								staged.duplicates().stream().map(d -> d[1]).toArray(Long[]::new))
						.update();
				}
				if (!staged.errors().isEmpty()) {
					this.jdbc.sql("INSERT INTO aos_dixf_row_error (execution_id, line_no, field_name, message) "
							+ "SELECT ?, u.line_no, NULL, u.message FROM unnest(?::bigint[], ?::text[]) AS u(line_no, message)")
						.params(run.executionId(), staged.errors().stream().map(RowErrorView::line).toArray(Long[]::new),
								staged.errors().stream().map(RowErrorView::message).toArray(String[]::new))
						.update();
				}
				structuralErrors = staged.errors().size();
			}
			else {
				structuralErrors = this.jdbc.sql("SELECT count(*) FROM aos_dixf_row_error WHERE execution_id = ?")
					.param(run.executionId())
					.query(Long.class)
					.single();
			}
		}
		catch (SQLException | IOException | RuntimeException ex) {
			fail(run, ex);
			if (ex instanceof ErrorResponseException response) {
				throw response;
			}
			throw badRequest("The source file could not be staged: " + safeMessage(ex));
		}
		long stagedRows = this.jdbc.sql("SELECT count(*) FROM " + run.staging() + " WHERE run_no = ?")
			.param(run.runNo())
			.query(Long.class)
			.single() + structuralErrors;
		this.jdbc.sql("UPDATE aos_dixf_execution SET status = 'Validating', staged_rows = ?, staged_at = now() "
				+ "WHERE id = ?")
			.params(stagedRows, run.executionId())
			.update();
		// planner statistics for the fresh staging rows, so the validation joins are planned for their real size
		this.jdbc.sql("ANALYZE " + run.staging()).update();
		boolean rerunOfStagedRows = source == null;
		Future<?> processing = this.executors.jobs().submit(() -> process(run, stagedRows, rerunOfStagedRows));
		if (wait) {
			try {
				processing.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				// already recorded on the execution by process()
			}
		}
	}

	private void process(Run run, long stagedRows, boolean rerunOfStagedRows) {
		try {
			DixfSql sql = new DixfSql(this.catalogue, run.entity(), run.company().dataAreaId());
			long[] bounds = this.jdbc.sql("SELECT coalesce(min(line_no), 0), coalesce(max(line_no), -1) FROM "
					+ run.staging() + " WHERE run_no = ?")
				.param(run.runNo())
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.single();
			List<long[]> ranges = ranges(bounds[0], bounds[1], run.batchTasks());

			// validate: field rules and relations per range in parallel, duplicate keys across the whole run
			String fieldErrors = sql.fieldErrors(run.staging());
			List<String> relationErrors = run.entity()
				.relations()
				.stream()
				.map((AxRelation r) -> sql.relationErrors(run.staging(), r))
				.toList();
			long t0 = System.nanoTime();
			inParallel(ranges, range -> {
				this.jdbc.sql(fieldErrors).params(run.executionId(), run.runNo(), range[0], range[1]).update();
			});
			long t1 = System.nanoTime();
			inParallel(ranges, range -> {
				for (String relation : relationErrors) {
					this.jdbc.sql(relation)
						.params(run.executionId(), run.runNo(), range[0], range[1], run.runNo(), range[0], range[1])
						.update();
				}
			});
			long t2 = System.nanoTime();
			if (rerunOfStagedRows) {
				this.jdbc.sql(sql.duplicateErrors(run.staging())).params(run.executionId(), run.runNo()).update();
			}
			log.debug("DIXF job {} run {}: field rules {} ms, relations {} ms, duplicates {} ms", run.jobId(),
					run.runNo(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
			long errorRows = this.jdbc
				.sql("SELECT count(DISTINCT line_no) FROM aos_dixf_row_error WHERE execution_id = ?")
				.param(run.executionId())
				.query(Long.class)
				.single();
			this.jdbc.sql("UPDATE aos_dixf_execution SET status = 'CopyingToTarget', error_rows = ?, "
					+ "validated_at = now() WHERE id = ?")
				.params(errorRows, run.executionId())
				.update();

			// copy to target: N batch tasks, each its own transaction over its own range of lines
			String dataArea = run.entity().scope().dataAreaFor(run.company().dataAreaId());
			boolean withErrors = errorRows > 0;
			String update = sql.updateTarget(run.staging(), withErrors);
			String insert = sql.insertTarget(run.staging(), withErrors);
			String upsert = sql.upsertTarget(run.staging(), withErrors);
			String merge = sql.mergeTarget(run.staging(), withErrors);
			AtomicLong created = new AtomicLong();
			AtomicLong updated = new AtomicLong();
			inParallel(ranges, range -> {
				List<Object> rows = new ArrayList<>(List.of(run.runNo(), range[0], range[1]));
				if (withErrors) {
					rows.add(run.executionId());
				}
				long[] counts;
				try {
					counts = mergeSupported() ? merge(merge, rows, run.entity().name(), dataArea)
							: this.transactions.execute(status -> {
								List<Object> updateParams = new ArrayList<>(rows);
								updateParams.addAll(List.of(run.entity().name(), dataArea));
								long changed = this.jdbc.sql(update).params(updateParams).update();
								List<Object> insertParams = new ArrayList<>(List.of(run.entity().name(), dataArea));
								insertParams.addAll(rows);
								insertParams.addAll(List.of(run.entity().name(), dataArea));
								long inserted = this.jdbc.sql(insert).params(insertParams).update();
								return new long[] { inserted, changed };
							});
				}
				catch (DuplicateKeyException raced) {
					List<Object> upsertParams = new ArrayList<>(List.of(run.entity().name(), dataArea));
					upsertParams.addAll(rows);
					counts = this.jdbc.sql(upsert)
						.params(upsertParams)
						.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
						.single();
				}
				created.addAndGet(counts[0]);
				updated.addAndGet(counts[1]);
			});
			long unchanged = stagedRows - errorRows - created.get() - updated.get();
			String status = errorRows == 0 ? "Completed" : "CompletedWithErrors";
			this.jdbc.sql("""
					UPDATE aos_dixf_execution SET status = ?, created_rows = ?, updated_rows = ?, unchanged_rows = ?,
					       finished_at = now() WHERE id = ?""")
				.params(status, created.get(), updated.get(), unchanged, run.executionId())
				.update();
			if (errorRows == 0) {
				// nothing left to re-run: the staging work area is cleaned up, as DIXF's staging clean-up does
				this.jdbc.sql("DROP TABLE IF EXISTS " + run.staging()).update();
				this.jdbc.sql("UPDATE aos_dixf_job SET staging_table = NULL WHERE id = ?").param(run.jobId()).update();
			}
		}
		catch (RuntimeException ex) {
			fail(run, ex);
			throw ex;
		}
	}

	private long[] merge(String merge, List<Object> rows, String table, String dataArea) {
		List<Object> params = new ArrayList<>(rows);
		params.addAll(List.of(table, dataArea, table, dataArea));
		return this.jdbc.sql(merge).params(params).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}

	/** For tests: force one copy path ({@code null} = decide by the server version). */
	void useMerge(@Nullable Boolean merge) {
		this.mergeSupported = merge;
	}

	/** MERGE ... RETURNING needs PostgreSQL 17; older servers get update + insert (one pass more). */
	private boolean mergeSupported() {
		Boolean supported = this.mergeSupported;
		if (supported == null) {
			supported = this.jdbc.sql("SELECT current_setting('server_version_num')::int >= 170000")
				.query(Boolean.class)
				.single();
			this.mergeSupported = supported;
		}
		return supported;
	}

	private void fail(Run run, Exception ex) {
		log.warn("DIXF job {} execution {} failed", run.jobId(), run.runNo(), ex);
		this.jdbc.sql("UPDATE aos_dixf_execution SET status = 'Failed', message = ?, finished_at = now() WHERE id = ?")
			.params("The run failed: " + safeMessage(ex), run.executionId())
			.update();
	}

	/** What a user may see: our own messages, or only the kind of a technical failure. */
	private static String safeMessage(Exception ex) {
		if (ex instanceof ErrorResponseException response && response.getBody().getDetail() != null) {
			return response.getBody().getDetail();
		}
		if (ex instanceof de.siegmar.fastcsv.reader.CsvParseException) {
			return "the CSV could not be parsed (" + ex.getMessage() + ").";
		}
		return ex.getClass().getSimpleName() + ".";
	}

	private void inParallel(List<long[]> ranges, RangeTask task) {
		List<CompletableFuture<Void>> futures = new ArrayList<>();
		for (long[] range : ranges) {
			futures.add(CompletableFuture.runAsync(() -> task.run(range), this.executors.tasks()));
		}
		try {
			CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
		}
		catch (java.util.concurrent.CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	/** Contiguous, equal ranges of staging lines, one per batch task. */
	static List<long[]> ranges(long min, long max, int tasks) {
		List<long[]> ranges = new ArrayList<>();
		if (max < min) {
			return ranges;
		}
		long span = max - min + 1;
		long size = (span + tasks - 1) / tasks;
		for (long from = min; from <= max; from += size) {
			ranges.add(new long[] { from, Math.min(max, from + size - 1) });
		}
		return ranges;
	}

	private long newExecution(long jobId, int runNo, String mode) {
		return this.jdbc.sql("""
				INSERT INTO aos_dixf_execution (id, job_id, run_no, mode, status)
				VALUES (nextval('aos_dixf_execution_seq'), ?, ?, ?, 'Staging') RETURNING id""")
			.params(jobId, runNo, mode)
			.query(Long.class)
			.single();
	}

	private JobRow job(String company, long jobId) {
		return this.jdbc.sql("""
				SELECT id, data_area_id, entity, file_name, batch_tasks, columns, staging_table, created_at
				FROM aos_dixf_job WHERE id = ? AND data_area_id = ?""")
			.params(jobId, company)
			.query((rs, n) -> new JobRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
			.optional()
			.orElseThrow(() -> new AosNotFoundException("DIXF job", Long.toString(jobId)));
	}

	private List<ExecutionView> executions(long jobId) {
		return this.jdbc.sql("""
				SELECT id, run_no, mode, status, staged_rows, error_rows, created_rows, updated_rows, unchanged_rows,
				       message, started_at, staged_at, validated_at, finished_at
				FROM aos_dixf_execution WHERE job_id = ? ORDER BY run_no DESC""")
			.param(jobId)
			.query((rs, n) -> {
				Instant started = rs.getTimestamp(11).toInstant();
				Instant finished = instant(rs.getTimestamp(14));
				return new ExecutionView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5),
						rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getString(10), started,
						instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13)), finished,
						finished == null ? null : finished.toEpochMilli() - started.toEpochMilli());
			})
			.list();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static ErrorResponseException badRequest(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid DIXF request");
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	static ErrorResponseException conflict(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle("Cannot re-run");
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	@FunctionalInterface
	private interface RangeTask {

		void run(long[] range);

	}

	private record Run(long jobId, long executionId, int runNo, Company company, AxTable entity, String staging,
			int batchTasks) {
	}

	private record JobRow(long id, String company, String entity, @Nullable String fileName, int batchTasks,
			String columns, @Nullable String stagingTable, Instant createdAt) {
	}

}
