package org.rapidstart.provisioning.project.table;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;

import org.rapidstart.provisioning.lifecycle.CustomerDataPurging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the rows of discarded row sets (replaced by an import, written by an import that failed, or of purged
 * projects) outside the transaction that discarded them, one set per transaction, so the change a user waits for
 * stays short; a set with a table of its own loses the table. Any instance may do it; deleting twice does no harm.
 * <p>
 * Taking a table out of the rows table waits for every transaction that uses the rows table (a running import holds
 * one for as long as it runs), so tables are dropped one after the other on a thread of their own: the sweep itself
 * runs on the scheduler's only thread (which also sends mail and keeps imports alive) or on the thread of an import
 * that just ended, and must not wait there.
 */
@Component
class RowSetSweeper {

	private static final Logger log = LoggerFactory.getLogger(RowSetSweeper.class);

	private final RowStore store;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ExecutorService dropping = Executors.newSingleThreadExecutor(runnable -> {
		Thread t = new Thread(runnable, "row-set-drop");
		t.setDaemon(true);
		return t;
	});

	/** The sets whose table is being dropped or waits to be. */
	private final Set<Long> dropped = ConcurrentHashMap.newKeySet();

	RowSetSweeper(RowStore store, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${rapidstart.tables.sweep-delay:PT1M}",
			fixedDelayString = "${rapidstart.tables.sweep-delay:PT1M}")
	void sweep() {
		for (Long rowSet : this.store.discarded(100)) {
			if (RowStore.hasOwnTable(rowSet)) {
				if (this.dropped.add(rowSet)) {
					try {
						this.dropping.execute(() -> drop(rowSet));
					}
					catch (RejectedExecutionException ex) {
						// the instance is stopping: the next start drops it
						this.dropped.remove(rowSet);
					}
				}
			}
			else {
				Long rows = this.transaction.execute(status -> this.store.purge(rowSet));
				log.debug("Deleted {} rows of discarded row set {}", rows, rowSet);
			}
		}
	}

	private void drop(long rowSet) {
		try {
			this.store.dropOwnTable(rowSet);
			this.store.forget(rowSet);
			log.debug("Dropped the table of discarded row set {}", rowSet);
		}
		catch (DataAccessException ex) {
			// another instance is dropping it right now: the next sweep finds it gone
			log.debug("Could not drop the table of discarded row set {} yet", rowSet, ex);
		}
		finally {
			this.dropped.remove(rowSet);
		}
	}

	/** A drop stopped half-way is finished by the next start ({@link RowStore#dropOwnTable}). */
	@PreDestroy
	void stop() {
		this.dropping.shutdownNow();
	}

	/**
	 * A purged customer's rows go with it: every row set of its projects and of its imports (an import of answers
	 * whose instance stopped before a watch failed it still names the sets it wrote) is discarded, and its imports
	 * are deleted, in the purging transaction.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void onPurge(CustomerDataPurging event) {
		var now = java.sql.Timestamp.from(this.clock.instant());
		this.jdbc.update("insert into project_row_set_discarded (row_set, discarded_at) select s.row_set, ? from ("
				+ "select t.row_set from project_table t join project p on p.id = t.project_id where p.customer_id = ? "
				+ "union select i.row_set from project_table_import i where i.customer_id = ? "
				+ "union select unnest(a.row_sets) from project_answers_import a where a.customer_id = ?) s "
				+ "on conflict do nothing", now, event.customerId(), event.customerId(), event.customerId());
		this.jdbc.update("delete from project_table where project_id in (select id from project where customer_id = ?)",
				event.customerId());
		this.jdbc.update("delete from project_table_import where customer_id = ?", event.customerId());
		this.jdbc.update("delete from project_answers_import where customer_id = ?", event.customerId());
	}

}
