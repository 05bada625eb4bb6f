package org.rapidstart.provisioning.project.table;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.tableio.TableImportException;
import org.rapidstart.questionnaire.validation.RowChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background, a few at a time per instance; {@link ImportThreads} holds them and keeps the job
 * table honest: a sign of life for every import this instance holds, and imports whose instance stopped are failed
 * after a while (nothing they wrote is kept). On shutdown the running imports stop and are failed; the saved rows stay
 * as they were.
 */
@Component
class ImportWorker {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	private final ImportJobs jobs;

	private final TableProjects projects;

	private final TableAnswers answers;

	private final RowStore store;

	private final RowSetSweeper sweeper;

	private final AuditLog audit;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ImportThreads threads;

	ImportWorker(ImportJobs jobs, TableProjects projects, TableAnswers answers, RowStore store, RowSetSweeper sweeper,
			AuditLog audit, DataSource dataSource, PlatformTransactionManager transactions, Clock clock,
			TableImportProperties properties) {
		this.jobs = jobs;
		this.projects = projects;
		this.answers = answers;
		this.store = store;
		this.sweeper = sweeper;
		this.audit = audit;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.threads = new ImportThreads("table-import", properties.importThreads(), jobs, store, transactions, clock,
				properties);
	}

	/** Takes the job's file and runs it when a thread is free; refuses (the job fails) when too many wait. */
	void submit(long id, Path file) {
		this.threads.submit(id, file, problem -> end(id, ImportStatus.FAILED, problem, null, 0), () -> run(id, file));
	}

	private void run(long id, Path file) {
		Optional<ImportJobs.Work> work = this.jobs.work(id);
		if (work.isEmpty()) {
			return;
		}
		if (!this.jobs.start(id, this.clock.instant())) {
			end(id, ImportStatus.CANCELLED, null, null, 0);
			return;
		}
		execute(work.get(), file);
	}

	private void execute(ImportJobs.Work work, Path file) {
		ImportJob job = work.job();
		ImportRun run = null;
		try {
			TableProject project = this.projects.project(work.customerId(), job.projectId());
			Question q = project.tableQuestion(job.question());
			RowChecker checker = this.projects.checker(project, q);
			Optional<RowStore.Live> live = this.store.live(project.id(), q.shortName());
			boolean append = job.mode() == ImportMode.APPEND && live.map(l -> l.rowCount() > 0).orElse(false);
			List<String> layout = append ? Cells.extended(live.orElseThrow().fields(), TableGrid.fields(q))
					: TableGrid.fields(q);
			RowChecks checks = new RowChecks(checker);
			if (append) {
				this.answers.rows(project.id(), q.shortName()).forEach(checks::saved);
			}
			run = new ImportRun(this.jobs, work, q, checks, layout, this.clock);
			run.read(file, this.dataSource);
			if (run.errors() > 0) {
				end(job.id(), ImportStatus.FAILED, null, run.rowsRead(), run.errors());
			}
			else if (run.stored() == 0) {
				end(job.id(), ImportStatus.FAILED, "The file has no rows below its header row; nothing was changed.",
						run.rowsRead(), 0);
			}
			else {
				swap(work, q, layout, run);
			}
		}
		catch (ImportRun.Stopped ex) {
			end(job.id(), ex.cancelled() ? ImportStatus.CANCELLED : ImportStatus.FAILED, ex.cancelled() ? null : ImportThreads.STOPPED,
					run == null ? null : run.rowsRead(), run == null ? 0 : run.errors());
		}
		catch (TableImportException ex) {
			end(job.id(), ImportStatus.FAILED, ex.getMessage() + " Nothing was changed.", null, 0);
		}
		catch (NotFoundException ex) {
			end(job.id(), ImportStatus.FAILED, "The project or its question no longer exists.", null, 0);
		}
		catch (IOException | SQLException ex) {
			log.warn("Import {} failed", job.id(), ex);
			end(job.id(), ImportStatus.FAILED, "The file could not be read to the end; nothing was changed.",
					run == null ? null : run.rowsRead(), run == null ? 0 : run.errors());
		}
	}

	/**
	 * The one short transaction that makes the new rows the question's rows: replace points the question at the new
	 * set; append moves the new rows behind the saved ones. A cancel that came before it wins; one after it waits for
	 * it and finds the import done.
	 */
	private void swap(ImportJobs.Work work, Question q, List<String> layout, ImportRun run) {
		ImportJob job = work.job();
		Boolean swapped = this.transaction.execute(status -> {
			Instant now = this.clock.instant();
			if (this.jobs.lockToApply(job.id())) {
				this.store.discard(work.rowSet(), now);
				this.jobs.finish(job.id(), ImportStatus.CANCELLED, null, run.rowsRead(), 0, null, now);
				auditEnd(work, ImportStatus.CANCELLED, 0);
				return false;
			}
			RowStore.Live live = this.store.lockOrCreate(job.projectId(), q.shortName(), layout, job.startedBy(), now);
			if (job.mode() == ImportMode.APPEND && live.rowCount() > 0) {
				// rows of a table of their own are copied out of it as it is: it is dropped with the set, never having
				// been a partition (attaching it, and taking it out again, would be work for nothing)
				this.store.copyRows(work.rowSet(), live.rowSet(), this.store.lastRowNo(live.rowSet()));
				this.store.discard(work.rowSet(), now);
				this.store.changed(live, Cells.extended(live.fields(), layout), live.rowSet(),
						live.rowCount() + run.stored(), job.startedBy(), now);
			}
			else {
				if (RowStore.hasOwnTable(work.rowSet())) {
					this.store.attach(work.rowSet());
				}
				this.store.replace(job.projectId(), q.shortName(), layout, work.rowSet(), run.stored(),
						job.startedBy(), now);
			}
			this.jobs.finish(job.id(), ImportStatus.SUCCEEDED, (long) run.stored(), run.rowsRead(), 0, null, now);
			auditEnd(work, ImportStatus.SUCCEEDED, run.stored());
			return true;
		});
		if (Boolean.TRUE.equals(swapped)) {
			// the replaced rows go now rather than at the next sweep
			this.sweeper.sweep();
		}
	}

	/** Ends a job that did not swap: nothing it wrote is kept. */
	private void end(long id, ImportStatus status, @Nullable String problem, @Nullable Long rowsRead, long errors) {
		this.transaction.executeWithoutResult(tx -> {
			Instant now = this.clock.instant();
			Optional<ImportJobs.Work> work = this.jobs.work(id);
			if (work.isEmpty() || !work.get().job().isActive()) {
				return;
			}
			this.jobs.finish(id, status, null, rowsRead, errors, problem, now);
			this.store.discard(work.get().rowSet(), now);
			auditEnd(work.get(), status, errors);
		});
	}

	private void auditEnd(ImportJobs.Work work, ImportStatus status, long count) {
		ImportJob job = work.job();
		String what = switch (status) {
			case SUCCEEDED -> count + " rows " + (job.mode() == ImportMode.APPEND ? "appended to " : "imported into ")
					+ job.question();
			case CANCELLED -> "Import into " + job.question() + " cancelled; nothing changed";
			default -> "Import into " + job.question() + " failed" + (count > 0 ? " with " + count + " problems" : "")
					+ "; nothing changed";
		};
		this.audit.recordInTenant(job.startedBy(), work.customerId(), "TABLE_IMPORT_" + status.name(),
				what + " (file " + job.fileName() + ", project " + job.projectId() + ")");
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

}
