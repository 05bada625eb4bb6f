package org.rapidstart.provisioning.project.table;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.ProjectAccessDenied;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import answers in the background: the uploaded workbook waits in the work folder and {@link AnswerWorkbooks} reads
 * it on a worker thread, with progress on its page and Cancel until the moment it is applied. All of it is applied in
 * one transaction, or nothing (refused with every problem, cancelled, or stopped). One import per project at a time.
 */
@Service
public class AnswerImports {

	private final TableProjects projects;

	private final AnswerImportJobs jobs;

	private final AnswerImportWorker worker;

	private final AuditLog audit;

	private final ImportStarts starts;

	private final Clock clock;

	AnswerImports(TableProjects projects, AnswerImportJobs jobs, AnswerImportWorker worker, AuditLog audit,
			ImportStarts starts, Clock clock) {
		this.projects = projects;
		this.jobs = jobs;
		this.worker = worker;
		this.audit = audit;
		this.starts = starts;
		this.clock = clock;
	}

	/**
	 * Starts importing {@code upload} (which this service then owns and deletes) into the project.
	 *
	 * @throws ProjectAccessDenied for a Viewer, or in an archived project
	 * @throws RuleViolation when the file is not a workbook, is empty, or an import of answers into the project is
	 * running already
	 */
	public AnswerImport start(CustomerActor actor, long projectId, String fileName, Path upload) {
		try {
			TableProject project = this.projects.project(actor, projectId);
			if (!actor.has(CustomerRole.CONFIGURATOR) || project.archived()) {
				throw new ProjectAccessDenied();
			}
			if (FileKind.of(fileName).filter(k -> k == FileKind.WORKBOOK).isEmpty()) {
				throw new RuleViolation("file", "tables.answers.fileType",
						"Choose the answers workbook (.xlsx) that Export answers wrote.");
			}
			long id = this.starts.start(project.id(), fileName, upload, ".xlsx", (name, bytes) -> {
				// one import of answers per project
				if (this.jobs.anyActive(project.id())) {
					throw new RuleViolation("file", "tables.answers.running",
							"An import of answers into this project is running: wait until it ends or cancel it.");
				}
				long job = this.jobs.create(actor.customerId(), project.id(), name, actor.signInId(),
						this.clock.instant());
				this.audit.recordInTenant(actor.signInId(), actor.customerId(), "ANSWERS_WORKBOOK_IMPORT_STARTED",
						"Import of the answers workbook " + name + " into project '" + project.name() + "'");
				return job;
			}, (file, job) -> this.worker.submit(job, project.id(), actor, file));
			return this.jobs.find(actor.customerId(), project.id(), id).orElseThrow();
		}
		finally {
			ImportFiles.deleteQuietly(upload);
		}
	}

	/**
	 * The import, for whoever started it, and for those who see every question group of the project: its progress
	 * and problems name the sheets, rows and values of every table the workbook held. (One of another project, or
	 * another person's for a Configurator who sees only the groups assigned to them, is not found.)
	 */
	@Transactional(readOnly = true)
	public AnswerImport job(CustomerActor actor, long projectId, long id) {
		TableProject project = this.projects.project(actor, projectId);
		return this.jobs.find(actor.customerId(), project.id(), id)
			.filter(job -> maySee(actor, job))
			.orElseThrow(() -> new NotFoundException("Import"));
	}

	/** The project's latest import of answers that the actor may see, to show while it runs on the tables page. */
	@Transactional(readOnly = true)
	public Optional<AnswerImport> latest(CustomerActor actor, long projectId) {
		return this.jobs.latest(this.projects.project(actor, projectId).id()).filter(job -> maySee(actor, job));
	}

	private boolean maySee(CustomerActor actor, AnswerImport job) {
		return job.startedBy().equalsIgnoreCase(actor.signInId()) || this.projects.seesEveryGroup(actor);
	}

	/** Asks a waiting or running import to stop; it then changes nothing. One that has ended stays as it is. */
	@Transactional
	public AnswerImport cancel(CustomerActor actor, long projectId, long id) {
		AnswerImport job = job(actor, projectId, id);
		if (!actor.has(CustomerRole.CONFIGURATOR)) {
			throw new ProjectAccessDenied();
		}
		if (this.jobs.requestCancel(actor.customerId(), job.projectId(), id) == 1) {
			this.audit.recordInTenant(actor.signInId(), actor.customerId(), "ANSWERS_WORKBOOK_IMPORT_CANCEL_REQUESTED",
					"Cancel of the import of the answers workbook " + job.fileName() + " into project "
							+ job.projectId());
		}
		return this.jobs.find(actor.customerId(), job.projectId(), id).orElseThrow();
	}

	/** The problems that refused the import, in the order they were found. */
	@Transactional(readOnly = true)
	public List<AnswerWorkbooks.Problem> problems(CustomerActor actor, long projectId, long id, int offset, int limit) {
		job(actor, projectId, id);
		return this.jobs.problems(id, Math.max(0, offset), Math.max(1, Math.min(limit, 1000)));
	}

}
