package org.rapidstart.provisioning.project.table;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.questionnaire.model.Question;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Upload workbook" and CSV upload of a table question: the uploaded file is kept in a work folder and imported in
 * the background (progress, cancel, every bad row with its row, column and reason). Replace or append; an import
 * with any bad row, or one that is cancelled or stops, changes nothing. One import per question at a time.
 */
@Service
public class TableImports {

	private final TableProjects projects;

	private final ImportJobs jobs;

	private final ImportWorker worker;

	private final RowStore store;

	private final AuditLog audit;

	private final ImportStarts starts;

	private final TableImportProperties properties;

	private final java.time.Clock clock;

	TableImports(TableProjects projects, ImportJobs jobs, ImportWorker worker, RowStore store, AuditLog audit,
			ImportStarts starts, TableImportProperties properties, java.time.Clock clock) {
		this.projects = projects;
		this.jobs = jobs;
		this.worker = worker;
		this.store = store;
		this.audit = audit;
		this.starts = starts;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Starts importing {@code upload} (which this service then owns and deletes) into the question.
	 *
	 * @throws RuleViolation when the file is not a workbook or CSV file, is empty, or an import of the question is
	 * running already; {@code project.areaClosed} while the question's functional area is not open (Base information
	 * is not complete)
	 */
	public ImportJob start(CustomerActor actor, long projectId, String question, String fileName, Path upload,
			ImportMode mode) {
		try {
			TableProject project = this.projects.project(actor, projectId);
			Question q = this.projects.question(actor, project, question);
			this.projects.requireMayChange(actor, project, q);
			FileKind kind = FileKind.of(fileName)
				.orElseThrow(() -> new RuleViolation("file", "tables.import.fileType",
						"Upload an Excel workbook (.xlsx) or a CSV file (.csv)."));
			long id = this.starts.start(project.id(), fileName, upload, kind.extension(), (name, bytes) -> {
				// one import per question
				if (this.jobs.anyActive(project.id(), q.shortName())) {
					throw new RuleViolation(null, "tables.import.running",
							"An import into this question is running: wait until it ends or cancel it.");
				}
				long job = this.jobs.create(actor.customerId(), project.id(), q.shortName(), name, kind, mode,
						this.store.newRowSet(bytes >= this.properties.ownTableFrom().toBytes()), bytes,
						actor.signInId(), this.clock.instant());
				this.audit.recordInTenant(actor.signInId(), actor.customerId(), "TABLE_IMPORT_STARTED",
						(mode == ImportMode.APPEND ? "Append" : "Replace") + " import of " + name + " into "
								+ q.shortName() + " in project '" + project.name() + "'");
				return job;
			}, (file, job) -> this.worker.submit(job, file));
			return this.jobs.find(actor.customerId(), project.id(), id).orElseThrow();
		}
		finally {
			ImportFiles.deleteQuietly(upload);
		}
	}

	/** The import, if the actor sees its table question (an import into another's question group is not found). */
	@Transactional(readOnly = true)
	public ImportJob job(CustomerActor actor, long projectId, long id) {
		TableProject project = this.projects.project(actor, projectId);
		ImportJob job = this.jobs.find(actor.customerId(), project.id(), id)
			.orElseThrow(() -> new NotFoundException("Import"));
		if (!this.projects.maySee(actor, project, project.tableQuestion(job.question()))) {
			throw new NotFoundException("Import");
		}
		return job;
	}

	/** The question's latest import, to show its state (or its problems) on the question's page. */
	@Transactional(readOnly = true)
	public Optional<ImportJob> latest(CustomerActor actor, long projectId, String question) {
		TableProject project = this.projects.project(actor, projectId);
		return this.jobs.latest(project.id(), this.projects.question(actor, project, question).shortName());
	}

	/** Asks a waiting or running import to stop; it then changes nothing. An import that has ended stays as it is. */
	@Transactional
	public ImportJob cancel(CustomerActor actor, long projectId, long id) {
		TableProject project = this.projects.project(actor, projectId);
		ImportJob job = this.jobs.find(actor.customerId(), project.id(), id)
			.orElseThrow(() -> new NotFoundException("Import"));
		// cancelling changes no rows: it stays possible when the question's area has closed since the import started
		this.projects.requireMayAnswer(actor, project, this.projects.question(actor, project, job.question()));
		if (this.jobs.requestCancel(actor.customerId(), project.id(), id) == 1) {
			this.audit.recordInTenant(actor.signInId(), actor.customerId(), "TABLE_IMPORT_CANCEL_REQUESTED",
					"Cancel of the import of " + job.fileName() + " into " + job.question() + " in project '"
							+ project.name() + "'");
		}
		return this.jobs.find(actor.customerId(), project.id(), id).orElseThrow();
	}

	/** A page of the import's bad rows, in file order. */
	@Transactional(readOnly = true)
	public List<ImportProblem> problems(CustomerActor actor, long projectId, long id, int offset, int limit) {
		job(actor, projectId, id);
		return this.jobs.problems(id, Math.max(0, offset), Math.max(1, Math.min(limit, 1000)));
	}

	/** Every bad row of the import, streamed (for a download). */
	@Transactional(readOnly = true)
	public void eachProblem(CustomerActor actor, long projectId, long id, Consumer<ImportProblem> action) {
		job(actor, projectId, id);
		this.jobs.eachProblem(id, action);
	}

}
