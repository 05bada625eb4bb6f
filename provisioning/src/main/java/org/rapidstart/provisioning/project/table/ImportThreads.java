package org.rapidstart.provisioning.project.table;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The threads of one kind of background import on this instance (a table's rows, an answers workbook), and what keeps
 * its job table honest: the imports the instance holds with their files, a sign of life for each ({@link #watch}),
 * imports of instances that stopped failed with the row sets they wrote discarded, and on shutdown ({@link #stop})
 * the running imports stopped and failed. How an import ends (its job row, its audit) is its worker's: it is told
 * through the {@code fail} it submitted the import with, and only for an import that changed nothing.
 */
final class ImportThreads {

	private static final Logger log = LoggerFactory.getLogger(ImportThreads.class);

	static final String STOPPED = "The import stopped before it finished because the portal was restarted; nothing "
			+ "was changed. Upload the file again.";

	static final String TOO_MANY = "Too many imports are waiting; nothing was changed. Try again in a few minutes.";

	static final String UNEXPECTED = "The import stopped because of an unexpected problem; nothing was changed.";

	private record Held(Path file, Consumer<String> fail) {

	}

	private final ImportJobTable jobs;

	private final RowStore store;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final TableImportProperties properties;

	private final ThreadPoolExecutor executor;

	/** The imports this instance holds (waiting or running). */
	private final Map<Long, Held> held = new ConcurrentHashMap<>();

	private volatile boolean stopping;

	ImportThreads(String name, int threads, ImportJobTable jobs, RowStore store, PlatformTransactionManager transactions,
			Clock clock, TableImportProperties properties) {
		this.jobs = jobs;
		this.store = store;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.properties = properties;
		AtomicInteger count = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(properties.importQueue()), runnable -> {
					Thread t = new Thread(runnable, name + "-" + count.incrementAndGet());
					t.setDaemon(true);
					return t;
				});
	}

	/**
	 * Takes the import's file and runs {@code work} when a thread is free; the import fails ({@code fail} is told why)
	 * when too many wait, when {@code work} throws (an Error too, which then goes on to the thread), and when the
	 * portal stops before it ends. The file is deleted once it has run.
	 */
	void submit(long id, Path file, Consumer<String> fail, Runnable work) {
		Held job = new Held(file, fail);
		this.held.put(id, job);
		try {
			this.executor.execute(() -> run(id, job, work));
		}
		catch (RejectedExecutionException ex) {
			fail.accept(TOO_MANY);
			release(id, job);
		}
	}

	private void run(long id, Held job, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed unexpectedly", id, ex);
			job.fail().accept(UNEXPECTED);
		}
		catch (Error ex) {
			// an OutOfMemoryError checking a file: without this the import would show as running until the watch
			// found it without signs of life, then as stopped by a restart (the question closed to imports till then)
			log.error("Import {} failed with an error", id, ex);
			job.fail().accept(UNEXPECTED);
			throw ex;
		}
		finally {
			release(id, job);
		}
	}

	/** Whether the portal is stopping: a running import stops and fails with {@link #STOPPED}. */
	boolean stopping() {
		return this.stopping;
	}

	private void release(long id, Held job) {
		this.held.remove(id);
		ImportFiles.deleteQuietly(job.file());
	}

	/** Signs of life for this instance's imports; imports of instances that stopped are failed. */
	void watch() {
		Instant now = this.clock.instant();
		this.jobs.heartbeat(List.copyOf(this.held.keySet()), now);
		this.transaction.executeWithoutResult(tx -> this.jobs
			.failStale(now.minus(this.properties.staleAfter()), STOPPED, now)
			.forEach(rowSet -> this.store.discard(rowSet, now)));
	}

	/** Stops the running imports (their threads are interrupted) and fails those that have not ended. */
	void stop() throws InterruptedException {
		this.stopping = true;
		this.executor.shutdownNow();
		this.executor.awaitTermination(10, TimeUnit.SECONDS);
		for (Map.Entry<Long, Held> e : Map.copyOf(this.held).entrySet()) {
			e.getValue().fail().accept(STOPPED);
			release(e.getKey(), e.getValue());
		}
	}

}
