package org.rapidstart.provisioning.project;

import java.util.List;

import org.rapidstart.questionnaire.answers.RowSource;

import org.springframework.stereotype.Component;

/**
 * Where the rows of Table and Data Import/Export questions come from. They are stored and edited by the tables
 * feature ({@code project.table}); until it is wired in here, projects have no rows.
 */
@Component
class TableRows {

	RowSource rows(long projectId, String question) {
		// UNFINISHED: replace with project.table.TableAnswers#rows once the tables feature is on main
		return RowSource.of(List.of());
	}

}
