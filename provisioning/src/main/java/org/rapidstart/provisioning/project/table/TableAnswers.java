package org.rapidstart.provisioning.project.table;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.rapidstart.questionnaire.answers.RowSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The saved rows of a project's Table and Data Import/Export questions, for the engine and for other features: a
 * streamed {@link RowSource} per question (a million postal codes are read through a cursor, never held), row
 * counts, pages for a grid and copying a project's rows. Callers pass a project id they have already resolved for
 * the signed-in user's tenant (the portal goes through {@link TableGrid} and {@link TableImports}, which do).
 */
@Service
public class TableAnswers {

	private final RowStore store;

	private final TransactionTemplate readOnly;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	TableAnswers(RowStore store, PlatformTransactionManager transactions, JdbcTemplate jdbc, Clock clock) {
		this.store = store;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The question's rows, read from the database again on every {@code forEach} (in the caller's transaction, or a
	 * read-only one of its own), in row order; {@code count()} reads the stored count.
	 */
	public RowSource rows(long projectId, String question) {
		return new StoredRows(projectId, question);
	}

	/** The number of saved rows of the question (0 when it has none). */
	@Transactional(readOnly = true)
	public long count(long projectId, String question) {
		return this.store.live(projectId, question).map(RowStore.Live::rowCount).orElse(0L);
	}

	/** Every table question of the project that has had rows, by short name (ignoring letter case). */
	@Transactional(readOnly = true)
	public Map<String, RowSource> all(long projectId) {
		Map<String, RowSource> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		this.store.all(projectId).forEach(live -> all.put(live.question(), rows(projectId, live.question())));
		return all;
	}

	/** One page (0-based) of the question's rows, {@code size} rows long. */
	@Transactional(readOnly = true)
	public TablePage page(long projectId, String question, int page, int size) {
		int p = Math.max(0, page);
		int s = Math.max(1, Math.min(size, 500));
		return this.store.live(projectId, question)
			.map(live -> new TablePage(this.store.page(live, (long) p * s, s), p, s, live.rowCount()))
			.orElse(new TablePage(java.util.List.of(), 0, s, 0));
	}

	/**
	 * Copies every question's rows of one project into another of the same customer (a copied project), replacing
	 * rows the target had. Runs in the caller's transaction when there is one.
	 */
	@Transactional
	public void copy(long fromProjectId, long toProjectId, String actor) {
		Integer customers = this.jdbc.queryForObject(
				"select count(distinct customer_id) from project where id in (?, ?)", Integer.class, fromProjectId,
				toProjectId);
		if (customers == null || customers != 1) {
			throw new IllegalArgumentException("Rows are only copied between projects of one customer.");
		}
		var now = this.clock.instant();
		for (RowStore.Live from : this.store.all(fromProjectId)) {
			this.store.lock(toProjectId, from.question()).ifPresent(old -> this.store.deleteTable(old, now));
			long rowSet = this.store.newRowSet();
			long rows = this.store.copyRows(from.rowSet(), rowSet, 0);
			this.store.insertTable(toProjectId, from.question(), from.fields(), rowSet, rows, actor, now);
		}
	}

	/** A question's rows as the engine reads them: streamed from the live row set each time. */
	private final class StoredRows implements RowSource {

		private final long projectId;

		private final String question;

		StoredRows(long projectId, String question) {
			this.projectId = projectId;
			this.question = question;
		}

		@Override
		public void forEach(Consumer<? super Map<String, String>> action) {
			TableAnswers.this.readOnly.executeWithoutResult(status -> TableAnswers.this.store
				.live(this.projectId, this.question)
				.ifPresent(live -> TableAnswers.this.store.stream(live, action)));
		}

		@Override
		public long count() {
			return TableAnswers.this.count(this.projectId, this.question);
		}

		@Override
		public String toString() {
			return "rows of " + this.question + " in project " + this.projectId;
		}

	}

}
