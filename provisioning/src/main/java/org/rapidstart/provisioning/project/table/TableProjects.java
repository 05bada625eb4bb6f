package org.rapidstart.provisioning.project.table;

import java.util.List;

import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.document.TemplateDocuments;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.validation.RowChecker;
import org.rapidstart.questionnaire.validation.Validator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds a project for the signed-in user's tenant only (another tenant's id is not found) and decides who may change
 * its tables: Administrators and Configurators, in a project that is not archived; a Viewer only looks.
 */
@Component
class TableProjects {

	private final MetadataCatalogue catalogue = MetadataCatalogue.ax2012();

	private final Validator validator = new Validator(this.catalogue);

	private final JdbcTemplate jdbc;

	// looked up when needed: the projects feature reads rows through this package too
	private final ObjectProvider<Projects> projects;

	TableProjects(JdbcTemplate jdbc, ObjectProvider<Projects> projects) {
		this.jdbc = jdbc;
		this.projects = projects;
	}

	TableProject project(CustomerActor actor, long projectId) {
		if (!actor.has(CustomerRole.CONFIGURATOR) && !actor.has(CustomerRole.VIEWER)) {
			throw new AccessDeniedException("not a project role");
		}
		return project(actor.customerId(), projectId);
	}

	TableProject project(long customerId, long projectId) {
		List<TableProject> found = this.jdbc.query(
				"select id, customer_id, name, template_document::text, archived_at from project "
						+ "where id = ? and customer_id = ?",
				(rs, n) -> new TableProject(rs.getLong(1), rs.getLong(2), rs.getString(3),
						TemplateDocuments.read(rs.getString(4)), rs.getTimestamp(5) != null),
				projectId, customerId);
		return found.stream().findFirst().orElseThrow(() -> new NotFoundException("Project"));
	}

	void requireMayChange(CustomerActor actor, TableProject project, Question question) {
		if (!actor.has(CustomerRole.CONFIGURATOR) || project.archived()) {
			throw new AccessDeniedException("may not change the rows of " + question.shortName());
		}
	}

	boolean mayChange(CustomerActor actor, TableProject project) {
		return actor.has(CustomerRole.CONFIGURATOR) && !project.archived();
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
		return this.projects.getObject().answers(project.customerId(), project.id());
	}

}
