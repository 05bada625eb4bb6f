package org.rapidstart.provisioning.project.table;

import java.io.OutputStream;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.tableio.CsvTables;
import org.rapidstart.questionnaire.tableio.WorkbookTables;
import org.rapidstart.questionnaire.validation.RowChecker;

import org.springframework.stereotype.Service;

/**
 * Files of one table question: "Download template" (a workbook with the column headers, drop-down lists for enum
 * and lookup columns and an instructions sheet) and the saved rows as CSV, streamed from the database with
 * formula-like values neutralised. Scoped by the actor's tenant.
 */
@Service
public class TableFiles {

	private final TableProjects projects;

	private final TableAnswers answers;

	private final WorkbookTables workbooks = new WorkbookTables(MetadataCatalogue.ax2012());

	TableFiles(TableProjects projects, TableAnswers answers) {
		this.projects = projects;
		this.answers = answers;
	}

	/** The question as the file names it; resolves the project for the actor first (not found otherwise). */
	public Question question(CustomerActor actor, long projectId, String question) {
		TableProject project = this.projects.project(actor, projectId);
		return this.projects.question(actor, project, question);
	}

	public void writeTemplate(CustomerActor actor, long projectId, String question, OutputStream out) {
		TableProject project = this.projects.project(actor, projectId);
		Question q = this.projects.question(actor, project, question);
		RowChecker checker = this.projects.checker(project, q);
		Map<String, List<String>> choices = new LinkedHashMap<>();
		for (Column c : TableGrid.visibleColumns(q)) {
			choices.put(c.field(), checker.lookups().choicesFor(q, c));
		}
		this.workbooks.writeTemplate(q, choices, out);
	}

	/** The saved rows under a header of the column labels, read through a cursor while they are written. */
	public void writeCsv(CustomerActor actor, long projectId, String question, Writer out) {
		TableProject project = this.projects.project(actor, projectId);
		Question q = this.projects.question(actor, project, question);
		CsvTables.write(q.table(), this.answers.rows(project.id(), q.shortName()), out);
	}

}
