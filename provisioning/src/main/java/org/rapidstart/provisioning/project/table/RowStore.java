package org.rapidstart.provisioning.project.table;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The SQL of stored table rows. A question's rows are the rows of its live row set ({@code project_table.row_set});
 * a set that is replaced is recorded as discarded in the same transaction and deleted later. Callers hold the
 * transaction; reading a whole set streams it through a cursor.
 * <p>
 * Most sets share one partition of {@code project_table_row}. A large import's set has a table of its own
 * ({@link #hasOwnTable}): written without an index and indexed once at the end ({@link RowSetWriter}), attached as a
 * partition when the import replaces a question's rows with it ({@link #attach}; an import that appends copies its
 * rows out of it), and dropped as a whole when discarded ({@link #dropOwnTable}).
 * Every statement on the rows names its set in its text ({@link #inSet}), so that it reads or locks that set's
 * partition alone.
 */
@Repository
class RowStore {

	/** A question's saved rows: where they are and how they are laid out. */
	record Live(long projectId, String question, List<String> fields, long rowSet, long rowCount, long version) {

		Live {
			fields = List.copyOf(fields);
		}

	}

	/** Who last changed a question's rows and when. */
	record LastChange(String changedBy, Instant changedAt) {

	}

	/** Row sets from here on have a table of their own (the bound of the shared partition, V4_14). */
	static final long OWN_TABLES = 1_000_000_000_000_000L;

	private static final String LIVE_COLUMNS = "project_id, question, fields, row_set, row_count, version";

	private static final String ROW_COLUMNS = "row_set, row_no, cells, coalesce(version, 0), changed_by, changed_at";

	private final JdbcTemplate jdbc;

	private final JdbcTemplate streaming;

	RowStore(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		// rows come in batches of this many through a cursor (the caller's transaction keeps the cursor open)
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(2000);
	}

	Optional<Live> live(long projectId, String question) {
		return this.jdbc
			.query("select " + LIVE_COLUMNS + " from project_table where project_id = ? and lower(question) = lower(?)",
					RowStore::live, projectId, question)
			.stream()
			.findFirst();
	}

	/** The live table locked for a change, so changes to one question's rows happen one after the other. */
	Optional<Live> lock(long projectId, String question) {
		return this.jdbc
			.query("select " + LIVE_COLUMNS + " from project_table where project_id = ? and lower(question) = lower(?) "
					+ "for update", RowStore::live, projectId, question)
			.stream()
			.findFirst();
	}

	List<Live> all(long projectId) {
		return this.jdbc.query("select " + LIVE_COLUMNS + " from project_table where project_id = ? order by question",
				RowStore::live, projectId);
	}

	Optional<LastChange> lastChange(long projectId, String question) {
		return this.jdbc
			.query("select changed_by, changed_at from project_table where project_id = ? and lower(question) = lower(?)",
					(rs, n) -> new LastChange(rs.getString(1), rs.getTimestamp(2).toInstant()), projectId, question)
			.stream()
			.findFirst();
	}

	/**
	 * The latest change of a question's rows made after {@code since} by someone else than {@code actor}: of the rows
	 * as a whole (replaced by an import, a row deleted) while it is the last one, or of a row still there (added or
	 * changed in the grid) even when the actor changed the rows later. {@code live} is locked ({@link #lock}).
	 */
	Optional<LastChange> changedByOthersSince(Live live, Instant since, String actor) {
		return this.jdbc.query("select changed_by, changed_at from (select changed_by, changed_at from project_table "
				+ "where project_id = ? and question = ? union all select changed_by, changed_at "
				+ "from project_table_row where " + inSet(live.rowSet()) + " and changed_at > ?) c "
				+ "where c.changed_at > ? and lower(c.changed_by) <> lower(?) order by c.changed_at desc limit 1",
				(rs, n) -> new LastChange(rs.getString(1), rs.getTimestamp(2).toInstant()), live.projectId(),
				live.question(), Timestamp.from(since), Timestamp.from(since), actor)
			.stream()
			.findFirst();
	}

	long newRowSet() {
		return newRowSet(false);
	}

	/** A new row set id; with {@code ownTable}, one whose rows go into a table of their own. */
	long newRowSet(boolean ownTable) {
		Long id = this.jdbc.queryForObject("select nextval('project_row_set_seq')", Long.class);
		return (id == null ? 0 : id) + (ownTable ? OWN_TABLES : 0);
	}

	/** Whether the set's rows are in a table of their own rather than in the shared partition. */
	static boolean hasOwnTable(long rowSet) {
		return rowSet >= OWN_TABLES;
	}

	/** The name of the table of a set that has one. */
	static String ownTable(long rowSet) {
		if (!hasOwnTable(rowSet)) {
			throw new IllegalArgumentException("Row set " + rowSet + " has no table of its own.");
		}
		return "project_table_row_" + rowSet;
	}

	/**
	 * Makes a set's own table (written and committed) the partition of {@code project_table_row} for the set, so its
	 * rows read like any others. Call inside the transaction that makes the set live; it takes no lock that stops
	 * other tables' rows from being read or written.
	 */
	void attach(long rowSet) {
		this.jdbc.execute("alter table project_table_row attach partition " + ownTable(rowSet) + " for values from ("
				+ rowSet + ") to (" + (rowSet + 1) + ")");
	}

	/**
	 * Drops a discarded set's own table: detached first without blocking readers or writers of other sets (which
	 * waits for the transactions that may still read it), so call it outside any transaction. Doing it twice, or for
	 * a table that was never committed, does no harm.
	 */
	void dropOwnTable(long rowSet) {
		String table = ownTable(rowSet);
		List<Boolean> pending = this.jdbc.queryForList(
				"select inhdetachpending from pg_inherits where inhrelid = to_regclass(?)", Boolean.class, table);
		if (!pending.isEmpty()) {
			// a detach that stopped half-way (the instance stopped) is finished rather than started again
			this.jdbc.execute("alter table project_table_row detach partition " + table
					+ (Boolean.TRUE.equals(pending.get(0)) ? " finalize" : " concurrently"));
		}
		this.jdbc.execute("drop table if exists " + table);
	}

	/** Forgets a discarded set whose rows are gone. */
	void forget(long rowSet) {
		this.jdbc.update("delete from project_row_set_discarded where row_set = ?", rowSet);
	}

	/** The live table locked for a change; a question without rows so far gets an empty live set first. */
	Live lockOrCreate(long projectId, String question, List<String> fields, String actor, Instant now) {
		Optional<Live> existing = lock(projectId, question);
		if (existing.isPresent()) {
			return existing.get();
		}
		this.jdbc.update("insert into project_table (project_id, question, fields, row_set, row_count, version, "
				+ "changed_at, changed_by) values (?, ?, ?, nextval('project_row_set_seq'), 0, 0, ?, ?) "
				+ "on conflict do nothing", projectId, question, fields.toArray(String[]::new), Timestamp.from(now),
				actor);
		return lock(projectId, question).orElseThrow();
	}

	/** Records a change: new layout, row set and count; the version goes up by one. */
	void changed(Live live, List<String> fields, long rowSet, long rowCount, String actor, Instant now) {
		this.jdbc.update("update project_table set fields = ?, row_set = ?, row_count = ?, version = version + 1, "
				+ "changed_at = ?, changed_by = ? where project_id = ? and question = ?", fields.toArray(String[]::new),
				rowSet, rowCount, Timestamp.from(now), actor, live.projectId(), live.question());
	}

	int lastRowNo(long rowSet) {
		Integer max = this.jdbc.queryForObject("select max(row_no) from project_table_row where " + inSet(rowSet),
				Integer.class);
		return max == null ? 0 : max;
	}

	/** A row added in the grid: version 1, by the actor. */
	void insert(long rowSet, int rowNo, String cells, String actor, Instant now) {
		this.jdbc.update("insert into project_table_row (row_set, row_no, cells, version, changed_by, changed_at) "
				+ "values (?, ?, ?, 1, ?, ?)", rowSet, rowNo, cells, actor, Timestamp.from(now));
	}

	/** A row changed in the grid: the version goes up by one. */
	boolean update(RowId id, String cells, String actor, Instant now) {
		return this.jdbc.update("update project_table_row set cells = ?, version = coalesce(version, 0) + 1, "
				+ "changed_by = ?, changed_at = ? where " + inSet(id.rowSet()) + " and row_no = ?", cells, actor,
				Timestamp.from(now), id.rowNo()) == 1;
	}

	boolean delete(RowId id) {
		return this.jdbc.update("delete from project_table_row where " + inSet(id.rowSet()) + " and row_no = ?",
				id.rowNo()) == 1;
	}

	Optional<TableRow> row(Live live, RowId id) {
		if (id.rowSet() != live.rowSet()) {
			return Optional.empty();
		}
		// the position counts the set's rows by its id, not by the outer row's set, which names no partition
		return this.jdbc
			.query("select " + ROW_COLUMNS + ", (select count(*) from project_table_row where " + inSet(id.rowSet())
					+ " and row_no <= ?) from project_table_row where " + inSet(id.rowSet()) + " and row_no = ?",
					(rs, n) -> tableRow(live.fields(), rs, rs.getLong(7)), id.rowNo(), id.rowNo())
			.stream()
			.findFirst();
	}

	List<TableRow> page(Live live, long offset, int limit) {
		List<TableRow> rows = new ArrayList<>();
		long[] position = { offset };
		this.jdbc.query(
				"select " + ROW_COLUMNS + " from project_table_row where " + inSet(live.rowSet())
						+ " order by row_no limit ? offset ?",
				rs -> {
					rows.add(tableRow(live.fields(), rs, ++position[0]));
				}, limit, offset);
		return rows;
	}

	/** Every row of the set in order, through a cursor: call inside a transaction. */
	void stream(Live live, Consumer<? super Map<String, String>> action) {
		this.streaming.query("select cells from project_table_row where " + inSet(live.rowSet()) + " order by row_no",
				rs -> {
					action.accept(Cells.decode(live.fields(), rs.getString(1)));
				});
	}

	/** A row with its number in its set. */
	@FunctionalInterface
	interface NumberedRow {

		void row(int rowNo, Map<String, String> cells);

	}

	/** Every row of the set in order with its number, through a cursor: call inside a transaction. */
	void streamNumbered(Live live, NumberedRow action) {
		this.streaming.query("select row_no, cells from project_table_row where " + inSet(live.rowSet())
				+ " order by row_no", rs -> {
					action.row(rs.getInt(1), Cells.decode(live.fields(), rs.getString(2)));
				});
	}

	/**
	 * Makes a written row set the question's rows in place of the saved ones (discarded, deleted later). Call inside
	 * a transaction.
	 */
	void replace(long projectId, String question, List<String> fields, long rowSet, long rowCount, String actor,
			Instant now) {
		Live live = lockOrCreate(projectId, question, fields, actor, now);
		discard(live.rowSet(), now);
		changed(live, fields, rowSet, rowCount, actor, now);
	}

	/**
	 * The position of the first row of the set, other than {@code except}, whose cells at {@code positions} equal
	 * {@code values} ignoring letter case: a repeated key.
	 */
	Optional<Long> positionOfKey(long rowSet, int except, int[] positions, String[] values) {
		StringBuilder sql = new StringBuilder("select row_no from project_table_row where " + inSet(rowSet)
				+ " and row_no <> ?");
		List<Object> args = new ArrayList<>(List.of(except));
		for (int i = 0; i < positions.length; i++) {
			sql.append(" and lower(split_part(cells, chr(31), ").append(positions[i] + 1).append(")) = lower(?)");
			args.add(values[i]);
		}
		sql.append(" order by row_no limit 1");
		List<Integer> found = this.jdbc.queryForList(sql.toString(), Integer.class, args.toArray());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.jdbc.queryForObject(
				"select count(*) from project_table_row where " + inSet(rowSet) + " and row_no <= ?", Long.class,
				found.get(0)));
	}

	/**
	 * Copies every row of one set into another (a copied project, an import appended). A set with a table of its own
	 * is read from that table, whether it is a partition of the rows (a live set) or not (an import's new rows).
	 */
	long copyRows(long fromSet, long toSet, int rowNoOffset) {
		String from = hasOwnTable(fromSet) ? ownTable(fromSet) : "project_table_row";
		return this.jdbc.update("insert into project_table_row (row_set, row_no, cells, version, changed_by, changed_at) "
				+ "select ?, row_no + ?, cells, version, changed_by, changed_at from " + from + " where "
				+ inSet(fromSet), toSet, rowNoOffset);
	}

	void insertTable(long projectId, String question, List<String> fields, long rowSet, long rowCount, String actor,
			Instant now) {
		this.jdbc.update("insert into project_table (project_id, question, fields, row_set, row_count, version, "
				+ "changed_at, changed_by) values (?, ?, ?, ?, ?, 0, ?, ?)", projectId, question,
				fields.toArray(String[]::new), rowSet, rowCount, Timestamp.from(now), actor);
	}

	void deleteTable(Live live, Instant now) {
		this.jdbc.update("delete from project_table where project_id = ? and question = ?", live.projectId(),
				live.question());
		discard(live.rowSet(), now);
	}

	void discard(long rowSet, Instant now) {
		this.jdbc.update("insert into project_row_set_discarded (row_set, discarded_at) values (?, ?) "
				+ "on conflict do nothing", rowSet, Timestamp.from(now));
	}

	List<Long> discarded(int limit) {
		return this.jdbc.queryForList("select row_set from project_row_set_discarded order by discarded_at limit ?",
				Long.class, limit);
	}

	/** Deletes a discarded set's rows, then forgets the set. */
	long purge(long rowSet) {
		int rows = this.jdbc.update("delete from project_table_row where " + inSet(rowSet));
		forget(rowSet);
		return rows;
	}

	/**
	 * The condition that picks a set's rows, with the set's id written into the statement rather than bound to it: a
	 * statement a connection runs often is planned once for any value of its parameters (PostgreSQL's generic plan),
	 * and such a plan of the partitioned rows opens and locks every partition each time it runs (one per large
	 * import, of every tenant: a grid's row added took them all); a statement that names its set is planned for that
	 * set's partition alone. The id is a number of this store's own, never text from outside.
	 */
	private static String inSet(long rowSet) {
		return "row_set = " + rowSet;
	}

	private static Live live(ResultSet rs, int n) throws SQLException {
		return new Live(rs.getLong("project_id"), rs.getString("question"),
				Arrays.stream(array(rs, 3)).map(String.class::cast).toList(), rs.getLong("row_set"),
				rs.getLong("row_count"), rs.getLong("version"));
	}

	private static TableRow tableRow(List<String> fields, ResultSet rs, long position) throws SQLException {
		Timestamp changedAt = rs.getTimestamp(6);
		return new TableRow(new RowId(rs.getLong(1), rs.getInt(2)), position, Cells.decode(fields, rs.getString(3)),
				rs.getLong(4), rs.getString(5), changedAt == null ? null : changedAt.toInstant());
	}

	private static @Nullable Object[] array(ResultSet rs, int column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? new Object[0] : (Object[]) array.getArray();
	}

}
