package org.rapidstart.provisioning.project.table;

import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.ProjectAccessDenied;
import org.rapidstart.provisioning.project.ProjectView;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.validation.RowChecker;
import org.rapidstart.questionnaire.validation.Validator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projects feature as the tables feature uses it: a project only for the signed-in user's tenant (another
 * tenant's id is not found), a table question only when the user sees its question group, and changes only by
 * those who may answer it (an Administrator, or the Configurator the group is assigned to, in a project that is not
 * archived; a Viewer only looks). The rules are the projects feature's ({@link Projects}).
 */
@Component
class TableProjects {

	private final MetadataCatalogue catalogue = MetadataCatalogue.ax2012();

	private final Validator validator = new Validator(this.catalogue);

	// looked up when needed: the projects feature reads rows through this package too
	private final ObjectProvider<Projects> projects;

	private final TableAnswers tables;

	private final TransactionTemplate apart;

	TableProjects(ObjectProvider<Projects> projects, TableAnswers tables, PlatformTransactionManager transactions) {
		this.projects = projects;
		this.tables = tables;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.apart.setReadOnly(true);
	}

	/** The project, for an actor who may read projects. @throws NotFoundException for another tenant's id */
	TableProject project(CustomerActor actor, long projectId) {
		if (!actor.has(CustomerRole.CONFIGURATOR) && !actor.roles().contains(CustomerRole.VIEWER)) {
			throw new ProjectAccessDenied();
		}
		return project(actor.customerId(), projectId);
	}

	/** The project by its tenant, for work that runs on behalf of a user who was checked when it started. */
	TableProject project(long customerId, long projectId) {
		ProjectView view = this.projects.getObject().project(customerId, projectId);
		return new TableProject(view.id(), customerId, view.name(), view.template(), view.archived());
	}

	/** The table question, if the actor sees its question group; otherwise not found. */
	Question question(CustomerActor actor, TableProject project, String shortName) {
		Question q = project.tableQuestion(shortName);
		if (!this.projects.getObject().maySee(actor, project.id(), q.shortName())) {
			throw new NotFoundException("Table question");
		}
		return q;
	}

	boolean maySee(CustomerActor actor, TableProject project, Question question) {
		return this.projects.getObject().maySee(actor, project.id(), question.shortName());
	}

	/** @throws ProjectAccessDenied unless the actor may answer the question */
	void requireMayChange(CustomerActor actor, TableProject project, Question question) {
		this.projects.getObject().requireMayAnswer(actor, project.id(), question.shortName());
	}

	/** Whether the page offers changes; asked apart, as a refusal would mark the caller's transaction failed. */
	boolean mayChange(CustomerActor actor, TableProject project, Question question) {
		Boolean may = this.apart.execute(status -> {
			try {
				requireMayChange(actor, project, question);
				return true;
			}
			catch (ProjectAccessDenied | NotFoundException ex) {
				// the refusal marked the transaction; ending it as a rollback on purpose keeps that quiet
				status.setRollbackOnly();
				return false;
			}
		});
		return Boolean.TRUE.equals(may);
	}

	MetadataCatalogue catalogue() {
		return this.catalogue;
	}

	/** The engine's row rules of the question, with lookups resolved against the project's other answers. */
	RowChecker checker(TableProject project, Question question) {
		return this.validator.rowChecker(project.template(), answers(project), question.shortName());
	}

	/**
	 * The project's answers as the engine validates rows against them (lookups from other answers, values hidden
	 * columns copy): single values and class parameters from the projects feature, plus every table's rows.
	 */
	Answers answers(TableProject project) {
		Answers answers = this.projects.getObject().answers(project.customerId(), project.id());
		// the rows as this feature stores them (an empty table is no answer, as for the projects feature)
		for (var table : this.tables.all(project.id()).entrySet()) {
			answers = table.getValue().count() > 0 ? answers.withRows(table.getKey(), table.getValue())
					: answers.withoutRows(table.getKey());
		}
		return answers;
	}

}
