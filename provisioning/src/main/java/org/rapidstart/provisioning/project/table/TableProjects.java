package org.rapidstart.provisioning.project.table;

import java.util.Set;

import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.customeruser.CustomerActor;
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

/**
 * The projects feature as the tables feature uses it: a project only for the signed-in user's tenant (another
 * tenant's id is not found), a table question only when the user sees its question group, and changes only by
 * those who may answer it (an Administrator, or the Configurator the group is assigned to, in a project that is not
 * archived; a Viewer only looks) while its functional area is open (Base information complete). The rules are the
 * projects feature's ({@link Projects}).
 */
@Component
class TableProjects {

	private final MetadataCatalogue catalogue = MetadataCatalogue.ax2012();

	private final Validator validator = new Validator(this.catalogue);

	// looked up when needed: the projects feature reads rows through this package too
	private final ObjectProvider<Projects> projects;

	TableProjects(ObjectProvider<Projects> projects) {
		this.projects = projects;
	}

	/**
	 * The project, for an actor who may read projects.
	 *
	 * @throws NotFoundException for another tenant's id
	 * @throws ProjectAccessDenied for someone who may not read projects
	 */
	TableProject project(CustomerActor actor, long projectId) {
		return of(actor.customerId(), this.projects.getObject().project(actor, projectId));
	}

	/** The project by its tenant, for work that runs on behalf of a user who was checked when it started. */
	TableProject project(long customerId, long projectId) {
		return of(customerId, this.projects.getObject().project(customerId, projectId));
	}

	private static TableProject of(long customerId, ProjectView view) {
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

	/** The short names of the questions the actor sees (ignoring letter case), for a list of them. */
	Set<String> visibleQuestions(CustomerActor actor, TableProject project) {
		return this.projects.getObject().visibleQuestions(actor, project.id());
	}

	/** Whether the actor sees every question group of the project (see {@link Projects#seesEveryGroup}). */
	boolean seesEveryGroup(CustomerActor actor) {
		return this.projects.getObject().seesEveryGroup(actor);
	}

	/**
	 * Refuses a change of the question's rows unless the actor may answer it and its functional area is open.
	 *
	 * @throws ProjectAccessDenied unless the actor may answer the question
	 * @throws RuleViolation {@code project.areaClosed} while Base information, which opens the question's area, is
	 * not complete
	 */
	void requireMayChange(CustomerActor actor, TableProject project, Question question) {
		requireMayAnswer(actor, project, question);
		this.projects.getObject().requireAreaOpen(project.customerId(), project.id(), question.shortName());
	}

	/**
	 * Refuses unless the actor may answer the question, whether its area is open or not: for what changes no rows
	 * (cancelling an import that runs).
	 *
	 * @throws ProjectAccessDenied unless the actor may answer the question
	 */
	void requireMayAnswer(CustomerActor actor, TableProject project, Question question) {
		this.projects.getObject().requireMayAnswer(actor, project.id(), question.shortName());
	}

	/** Whether the actor may answer the question (its area open or not): whether a page offers Cancel of an import. */
	boolean mayAnswer(CustomerActor actor, TableProject project, Question question) {
		return this.projects.getObject().mayAnswer(actor, project.id(), question.shortName());
	}

	/** Whether the question's functional area is open: Base information's always, the others once it is complete. */
	boolean areaOpen(TableProject project, Question question) {
		return this.projects.getObject().areaOpen(project.customerId(), project.id(), question.shortName());
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
	 * columns copy): single values, class parameters and every table's rows, as the projects feature reads them.
	 */
	Answers answers(TableProject project) {
		return this.projects.getObject().answers(project.customerId(), project.id());
	}

}
