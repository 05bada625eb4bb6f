package org.rapidstart.provisioning.project.table;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of answers workbook imports and their problems. Reads that a user asks for are scoped by the customer. */
@Repository
class AnswerImportJobs extends ImportJobTable {

	private static final String COLUMNS = "id, project_id, file_name, status, step, steps, stage, sheet, rows_done, "
			+ "changed_values, changed_tables, problem_count, problem, cancel_requested, started_by, created_at, "
			+ "finished_at";

	AnswerImportJobs(JdbcTemplate jdbc) {
		super(jdbc, "project_answers_import");
	}

	long create(long customerId, long projectId, String fileName, String actor, Instant now) {
		Long id = this.jdbc.queryForObject("select nextval('project_answers_import_seq')", Long.class);
		this.jdbc.update("insert into project_answers_import (id, project_id, customer_id, file_name, status, "
				+ "started_by, created_at, heartbeat_at) values (?, ?, ?, ?, 'QUEUED', ?, ?, ?)", id, projectId,
				customerId, fileName, actor, Timestamp.from(now), Timestamp.from(now));
		return id == null ? 0 : id;
	}

	Optional<AnswerImport> find(long customerId, long projectId, long id) {
		return this.jdbc
			.query("select " + COLUMNS + " from project_answers_import where id = ? and project_id = ? "
					+ "and customer_id = ?", AnswerImportJobs::job, id, projectId, customerId)
			.stream()
			.findFirst();
	}

	/** The project's latest import, running or not. */
	Optional<AnswerImport> latest(long projectId) {
		return this.jdbc
			.query("select " + COLUMNS + " from project_answers_import where project_id = ? "
					+ "order by created_at desc, id desc limit 1", AnswerImportJobs::job, projectId)
			.stream()
			.findFirst();
	}

	boolean anyActive(long projectId) {
		Integer n = this.jdbc.queryForObject("select count(*) from project_answers_import where project_id = ? "
				+ "and status in ('QUEUED', 'RUNNING')", Integer.class, projectId);
		return n != null && n > 0;
	}

	/** Records where the import is and a sign of life; answers whether a cancel was asked for. */
	boolean progress(long id, int step, int steps, AnswerWorkbooks.Stage stage, @Nullable String sheet, long rows,
			Instant now) {
		List<Boolean> cancel = this.jdbc.queryForList("update project_answers_import set step = ?, steps = ?, "
				+ "stage = ?, sheet = ?, rows_done = ?, heartbeat_at = ? where id = ? returning cancel_requested",
				Boolean.class, step, steps, stage.name(), sheet, rows, Timestamp.from(now), id);
		return cancel.isEmpty() || Boolean.TRUE.equals(cancel.get(0));
	}

	/** Remembers a row set the import writes, so that it goes if the import never ends. */
	void staging(long id, long rowSet) {
		this.jdbc.update("update project_answers_import set row_sets = array_append(row_sets, ?) where id = ?", rowSet,
				id);
	}

	void succeeded(long id, int changedValues, List<String> changedTables, Instant now) {
		this.jdbc.update("update project_answers_import set status = 'SUCCEEDED', step = steps, changed_values = ?, "
				+ "changed_tables = ?, row_sets = '{}', finished_at = ?, heartbeat_at = ? where id = ?", changedValues,
				changedTables.toArray(String[]::new), Timestamp.from(now), Timestamp.from(now), id);
	}

	/** Ends an import that changed nothing; returns the row sets it wrote, or nothing when it had ended already. */
	Optional<List<Long>> ended(long id, ImportStatus status, int problemCount, @Nullable String problem, Instant now) {
		return this.jdbc.query("update project_answers_import i set status = ?, problem_count = ?, problem = ?, "
				+ "row_sets = '{}', finished_at = ?, heartbeat_at = ? from (select id, row_sets from "
				+ "project_answers_import where id = ? and status in ('QUEUED', 'RUNNING') for update) old "
				+ "where i.id = old.id returning old.row_sets", (rs, n) -> List.of((Long[]) rs.getArray(1).getArray()),
				status.name(), problemCount, problem, Timestamp.from(now), Timestamp.from(now), id)
			.stream()
			.findFirst();
	}

	/**
	 * Imports without a sign of life since {@code before} (their instance stopped) are failed; returns the row sets
	 * they wrote. (An import is never RUNNING once applied: it is marked SUCCEEDED in the same transaction.)
	 */
	@Override
	List<Long> failStale(Instant before, String problem, Instant now) {
		return this.jdbc.queryForList("with stale as (update project_answers_import set status = 'FAILED', "
				+ "problem = ?, finished_at = ? where id in (select id from project_answers_import where status in "
				+ "('QUEUED', 'RUNNING') and heartbeat_at < ? for update skip locked) returning row_sets) "
				+ "select unnest(row_sets) from stale", Long.class, problem, Timestamp.from(now),
				Timestamp.from(before));
	}

	void addProblems(long id, List<AnswerWorkbooks.Problem> problems) {
		this.jdbc.batchUpdate("insert into project_answers_import_problem (import_id, seq, sheet, row_no, "
				+ "column_label, message) values (?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						AnswerWorkbooks.Problem p = problems.get(i);
						ps.setLong(1, id);
						ps.setInt(2, i + 1);
						ps.setString(3, p.sheet());
						ps.setObject(4, p.row());
						ps.setString(5, p.column());
						ps.setString(6, p.message());
					}

					@Override
					public int getBatchSize() {
						return problems.size();
					}

				});
	}

	List<AnswerWorkbooks.Problem> problems(long id, int offset, int limit) {
		return this.jdbc.query("select sheet, row_no, column_label, message from project_answers_import_problem "
				+ "where import_id = ? order by seq limit ? offset ?", (rs, n) -> {
					long row = rs.getLong(2);
					return new AnswerWorkbooks.Problem(rs.getString(1), rs.wasNull() ? null : row, rs.getString(3),
							rs.getString(4));
				}, id, limit, offset);
	}

	private static AnswerImport job(ResultSet rs, int n) throws SQLException {
		int changed = rs.getInt("changed_values");
		Integer changedValues = rs.wasNull() ? null : changed;
		String stage = rs.getString("stage");
		Timestamp finished = rs.getTimestamp("finished_at");
		Array tables = rs.getArray("changed_tables");
		List<String> changedTables = (tables == null) ? List.of()
				: Arrays.stream((Object[]) tables.getArray()).map(String::valueOf).toList();
		return new AnswerImport(rs.getLong("id"), rs.getLong("project_id"), rs.getString("file_name"),
				ImportStatus.valueOf(rs.getString("status")), rs.getInt("step"), rs.getInt("steps"),
				(stage == null) ? null : AnswerWorkbooks.Stage.valueOf(stage), rs.getString("sheet"),
				rs.getLong("rows_done"), changedValues, changedTables, rs.getInt("problem_count"),
				rs.getString("problem"), rs.getBoolean("cancel_requested"), rs.getString("started_by"),
				rs.getTimestamp("created_at").toInstant(), (finished == null) ? null : finished.toInstant());
	}

}
