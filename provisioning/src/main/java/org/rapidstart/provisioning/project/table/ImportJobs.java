package org.rapidstart.provisioning.project.table;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of import jobs and their problems. Reads that a user asks for are scoped by the customer. */
@Repository
class ImportJobs extends ImportJobTable {

	private static final String COLUMNS = "id, project_id, question, file_name, file_kind, mode, status, file_bytes, "
			+ "bytes_read, expected_rows, rows_read, rows_imported, error_count, problem, cancel_requested, started_by, "
			+ "created_at, finished_at";

	/** What the worker needs beyond the view: the tenant and the row set it writes. */
	record Work(long customerId, long rowSet, ImportJob job) {

	}

	ImportJobs(JdbcTemplate jdbc) {
		super(jdbc, "project_table_import");
	}

	long create(long customerId, long projectId, String question, String fileName, FileKind kind, ImportMode mode,
			long rowSet, long fileBytes, String actor, Instant now) {
		Long id = this.jdbc.queryForObject("select nextval('project_table_import_seq')", Long.class);
		this.jdbc.update("insert into project_table_import (id, project_id, customer_id, question, file_name, file_kind,"
				+ " mode, status, row_set, file_bytes, started_by, created_at, heartbeat_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?)", id, projectId, customerId, question, fileName,
				kind.name(), mode.name(), rowSet, fileBytes, actor, Timestamp.from(now), Timestamp.from(now));
		return id == null ? 0 : id;
	}

	Optional<ImportJob> find(long customerId, long projectId, long id) {
		return this.jdbc
			.query("select " + COLUMNS + " from project_table_import where id = ? and project_id = ? and customer_id = ?",
					ImportJobs::job, id, projectId, customerId)
			.stream()
			.findFirst();
	}

	Optional<Work> work(long id) {
		return this.jdbc
			.query("select " + COLUMNS + ", customer_id, row_set from project_table_import where id = ?",
					(rs, n) -> new Work(rs.getLong("customer_id"), rs.getLong("row_set"), job(rs, n)), id)
			.stream()
			.findFirst();
	}

	/** The latest import of the question, running or not. */
	Optional<ImportJob> latest(long projectId, String question) {
		return this.jdbc
			.query("select " + COLUMNS + " from project_table_import where project_id = ? and lower(question) = lower(?) "
					+ "order by created_at desc, id desc limit 1", ImportJobs::job, projectId, question)
			.stream()
			.findFirst();
	}

	boolean anyActive(long projectId, String question) {
		Integer n = this.jdbc.queryForObject("select count(*) from project_table_import where project_id = ? "
				+ "and lower(question) = lower(?) and status in ('QUEUED', 'RUNNING')", Integer.class, projectId,
				question);
		return n != null && n > 0;
	}

	/** Records progress and a sign of life; answers whether a cancel was asked for. */
	boolean progress(long id, long rowsRead, long bytesRead, @Nullable Long expectedRows, long errors, Instant now) {
		List<Boolean> cancel = this.jdbc.queryForList("update project_table_import set rows_read = ?, bytes_read = ?, "
				+ "expected_rows = coalesce(?, expected_rows), error_count = ?, heartbeat_at = ? where id = ? "
				+ "returning cancel_requested", Boolean.class, rowsRead, bytesRead, expectedRows, errors,
				Timestamp.from(now), id);
		return cancel.isEmpty() || Boolean.TRUE.equals(cancel.get(0));
	}

	void finish(long id, ImportStatus status, @Nullable Long rowsImported, @Nullable Long rowsRead, long errors,
			@Nullable String problem, Instant now) {
		this.jdbc.update("update project_table_import set status = ?, rows_imported = ?, "
				+ "rows_read = coalesce(?, rows_read), error_count = ?, problem = ?, finished_at = ?, heartbeat_at = ? "
				+ "where id = ? and status in ('QUEUED', 'RUNNING')", status.name(), rowsImported, rowsRead, errors,
				problem, Timestamp.from(now), Timestamp.from(now), id);
	}

	/** Jobs without a sign of life since {@code before}: their instance stopped. Marked failed; returns their sets. */
	@Override
	List<Long> failStale(Instant before, String problem, Instant now) {
		return this.jdbc.queryForList("update project_table_import set status = 'FAILED', problem = ?, finished_at = ? "
				+ "where id in (select id from project_table_import where status in ('QUEUED', 'RUNNING') "
				+ "and heartbeat_at < ? for update skip locked) returning row_set", Long.class, problem,
				Timestamp.from(now), Timestamp.from(before));
	}

	void addProblems(long id, int firstSeq, List<ImportProblem> problems) {
		this.jdbc.batchUpdate("insert into project_table_import_error (import_id, seq, row_no, column_label, message) "
				+ "values (?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						ImportProblem p = problems.get(i);
						ps.setLong(1, id);
						ps.setInt(2, firstSeq + i);
						ps.setObject(3, p.row());
						ps.setString(4, p.column());
						ps.setString(5, p.message());
					}

					@Override
					public int getBatchSize() {
						return problems.size();
					}

				});
	}

	List<ImportProblem> problems(long id, int offset, int limit) {
		return this.jdbc.query("select row_no, column_label, message from project_table_import_error "
				+ "where import_id = ? order by seq limit ? offset ?", ImportJobs::problem, id, limit, offset);
	}

	void eachProblem(long id, Consumer<ImportProblem> action) {
		this.jdbc.query("select row_no, column_label, message from project_table_import_error where import_id = ? "
				+ "order by seq", rs -> {
					action.accept(problem(rs, 0));
				}, id);
	}

	private static ImportProblem problem(ResultSet rs, int n) throws SQLException {
		long row = rs.getLong(1);
		return new ImportProblem(rs.wasNull() ? null : row, rs.getString(2), rs.getString(3));
	}

	private static ImportJob job(ResultSet rs, int n) throws SQLException {
		long expected = rs.getLong("expected_rows");
		Long expectedRows = rs.wasNull() ? null : expected;
		long imported = rs.getLong("rows_imported");
		Long rowsImported = rs.wasNull() ? null : imported;
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ImportJob(rs.getLong("id"), rs.getLong("project_id"), rs.getString("question"),
				rs.getString("file_name"), FileKind.valueOf(rs.getString("file_kind")),
				ImportMode.valueOf(rs.getString("mode")), ImportStatus.valueOf(rs.getString("status")),
				rs.getLong("file_bytes"), rs.getLong("bytes_read"), expectedRows, rs.getLong("rows_read"),
				rowsImported, rs.getLong("error_count"), rs.getString("problem"), rs.getBoolean("cancel_requested"),
				rs.getString("started_by"), rs.getTimestamp("created_at").toInstant(),
				finished == null ? null : finished.toInstant());
	}

}
