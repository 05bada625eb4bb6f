package org.rapidstart.provisioning.project.table;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotAllowedException;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customeruser.CustomerActor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports of answers workbooks in the background, one at a time per instance (they are rare, and each holds a
 * workbook open), on behalf of the user who started one (checked then, and again by {@link AnswerWorkbooks} for
 * every answer it changes). {@link ImportThreads} holds them and keeps the job table honest, as for table imports:
 * signs of life, imports of stopped instances failed with their staged rows discarded, running imports failed on
 * shutdown.
 */
@Component
class AnswerImportWorker {

	/** Progress is written at most this often (ms), but always when a step begins. */
	private static final long REPORT_EVERY = 500;

	private final AnswerWorkbooks workbooks;

	private final AnswerImportJobs jobs;

	private final RowStore store;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final ImportThreads threads;

	AnswerImportWorker(AnswerWorkbooks workbooks, AnswerImportJobs jobs, RowStore store, AuditLog audit,
			PlatformTransactionManager transactions, Clock clock, TableImportProperties properties) {
		this.workbooks = workbooks;
		this.jobs = jobs;
		this.store = store;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		// progress is seen by the page while the import reads rows in a transaction of its own
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.threads = new ImportThreads("answers-import", 1, jobs, store, transactions, clock, properties);
	}

	/** Takes the import's file and runs it when the thread is free; refuses (the import fails) when too many wait. */
	void submit(long id, long projectId, CustomerActor actor, Path file) {
		this.threads.submit(id, file, problem -> end(id, actor, ImportStatus.FAILED, List.of(), problem),
				() -> run(id, projectId, actor, file));
	}

	private void run(long id, long projectId, CustomerActor actor, Path file) {
		try {
			if (!this.jobs.start(id, this.clock.instant())) {
				end(id, actor, ImportStatus.CANCELLED, List.of(), null);
				return;
			}
			AnswerWorkbooks.Result result = this.workbooks.read(actor, projectId, file, new JobProgress(id));
			if (!result.applied()) {
				end(id, actor, ImportStatus.FAILED, result.problems(), null);
			}
		}
		catch (AnswerWorkbooks.Cancelled ex) {
			if (this.threads.stopping()) {
				end(id, actor, ImportStatus.FAILED, List.of(), ImportThreads.STOPPED);
			}
			else {
				end(id, actor, ImportStatus.CANCELLED, List.of(), null);
			}
		}
		catch (NotFoundException | NotAllowedException ex) {
			end(id, actor, ImportStatus.FAILED, List.of(), "The project is no longer open to you; nothing was changed.");
		}
	}

	/** Ends an import that changed nothing, with the problems that refused it; the rows it staged go. */
	private void end(long id, CustomerActor actor, ImportStatus status, List<AnswerWorkbooks.Problem> problems,
			@Nullable String problem) {
		this.transaction.executeWithoutResult(tx -> {
			Instant now = this.clock.instant();
			this.jobs.ended(id, status, problems.size(), problem, now).ifPresent(rowSets -> {
				rowSets.forEach(rowSet -> this.store.discard(rowSet, now));
				this.jobs.addProblems(id, problems);
				this.audit.recordInTenant(actor.signInId(), actor.customerId(),
						"ANSWERS_WORKBOOK_IMPORT_" + status.name(), "Import of an answers workbook (import " + id + ") "
								+ (status == ImportStatus.CANCELLED ? "cancelled"
										: "failed" + (problems.isEmpty() ? "" : " with " + problems.size()
												+ " problems"))
								+ "; nothing changed");
			});
		});
	}

	/** Signs of life for this instance's imports; imports of instances that stopped are failed. */
	@Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT30S")
	void watch() {
		this.threads.watch();
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.threads.stop();
	}

	/** Writes the import's progress (now and then) and stops it when a cancel was asked for. */
	private final class JobProgress implements AnswerWorkbooks.Progress {

		private final long id;

		private long reportedAt;

		private int reportedStep = -1;

		JobProgress(long id) {
			this.id = id;
		}

		@Override
		public void at(int step, int steps, AnswerWorkbooks.Stage stage, @Nullable String sheet, long rows) {
			long now = System.nanoTime() / 1_000_000;
			if (step == this.reportedStep && now - this.reportedAt < REPORT_EVERY) {
				return;
			}
			this.reportedAt = now;
			this.reportedStep = step;
			Boolean cancel = AnswerImportWorker.this.ownTransaction.execute(tx -> AnswerImportWorker.this.jobs
				.progress(this.id, step, steps, stage, sheet, rows, AnswerImportWorker.this.clock.instant()));
			if (Boolean.TRUE.equals(cancel) || AnswerImportWorker.this.threads.stopping()) {
				throw new AnswerWorkbooks.Cancelled();
			}
		}

		@Override
		public void staging(long rowSet) {
			AnswerImportWorker.this.ownTransaction
				.executeWithoutResult(tx -> AnswerImportWorker.this.jobs.staging(this.id, rowSet));
		}

		@Override
		public void applying() {
			if (AnswerImportWorker.this.jobs.lockToApply(this.id)) {
				throw new AnswerWorkbooks.Cancelled();
			}
		}

		@Override
		public void applied(int changedValues, List<String> changedTables) {
			AnswerImportWorker.this.jobs.succeeded(this.id, changedValues, changedTables,
					AnswerImportWorker.this.clock.instant());
		}

	}

}
