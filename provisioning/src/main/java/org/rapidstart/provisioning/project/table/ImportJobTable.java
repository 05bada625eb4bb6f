package org.rapidstart.provisioning.project.table;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL that the job tables of background imports (of a table's rows, of an answers workbook) share: a job waits
 * (QUEUED), runs (RUNNING) unless a cancel came first, is cancelled only while it waits or runs, is locked by the
 * transaction that applies it, and gives signs of life while an instance holds it ({@link ImportThreads}).
 */
abstract class ImportJobTable {

	final JdbcTemplate jdbc;

	private final String table;

	ImportJobTable(JdbcTemplate jdbc, String table) {
		this.jdbc = jdbc;
		this.table = table;
	}

	/** QUEUED becomes RUNNING, unless a cancel came first. */
	boolean start(long id, Instant now) {
		return this.jdbc.update("update " + this.table + " set status = 'RUNNING', started_at = ?, heartbeat_at = ? "
				+ "where id = ? and status = 'QUEUED' and not cancel_requested", Timestamp.from(now),
				Timestamp.from(now), id) == 1;
	}

	/** Asks a job of the tenant's project that waits or runs to stop; 1 when there was one. */
	int requestCancel(long customerId, long projectId, long id) {
		return this.jdbc.update("update " + this.table + " set cancel_requested = true where id = ? and project_id = ? "
				+ "and customer_id = ? and status in ('QUEUED', 'RUNNING')", id, projectId, customerId);
	}

	/**
	 * Locks the job for the transaction that applies it; answers whether a cancel was asked for (a later cancel waits,
	 * then finds it done).
	 */
	boolean lockToApply(long id) {
		List<Boolean> cancel = this.jdbc.queryForList(
				"select cancel_requested from " + this.table + " where id = ? for update", Boolean.class, id);
		return cancel.isEmpty() || Boolean.TRUE.equals(cancel.get(0));
	}

	/** Signs of life for the jobs this instance holds; one being applied is skipped rather than waited for. */
	void heartbeat(List<Long> ids, Instant now) {
		if (!ids.isEmpty()) {
			this.jdbc.update("update " + this.table + " set heartbeat_at = ? where id in (select id from " + this.table
					+ " where id = any(?) and status in ('QUEUED', 'RUNNING') for update skip locked)",
					Timestamp.from(now), ids.toArray(Long[]::new));
		}
	}

	/**
	 * Fails the jobs without a sign of life since {@code before} (their instance stopped); returns the row sets they
	 * wrote.
	 */
	abstract List<Long> failStale(Instant before, String problem, Instant now);

}
