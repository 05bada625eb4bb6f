package org.rapidstart.provisioning.project;

import java.util.Map;

import org.rapidstart.provisioning.project.table.TableAnswers;
import org.rapidstart.questionnaire.answers.RowSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of Table and Data Import/Export questions, stored and edited by the tables feature ({@code project.table}),
 * and a stamp of their state, so a project's progress is recomputed only after its answers or rows changed.
 */
@Component
class TableRows {

	private final TableAnswers tables;

	private final JdbcTemplate jdbc;

	TableRows(TableAnswers tables, JdbcTemplate jdbc) {
		this.tables = tables;
		this.jdbc = jdbc;
	}

	/** Every table question of the project that has rows, by short name (streamed when read). */
	Map<String, RowSource> all(long projectId) {
		return this.tables.all(projectId);
	}

	RowSource rows(long projectId, String question) {
		return this.tables.rows(projectId, question);
	}

	void copy(long fromProjectId, long toProjectId, String actor) {
		this.tables.copy(fromProjectId, toProjectId, actor);
	}

	/**
	 * Changes whenever a single-value answer of the project or the rows of one of its table questions change: the
	 * groups' answer versions, and each table's live row set, version and row count.
	 */
	String stamp(long projectId) {
		return this.jdbc.queryForObject("""
				select (select coalesce(sum(answers_version), 0) from project_group where project_id = ?) || '|'
				    || (select coalesce(string_agg(question || ':' || row_set || ':' || version || ':' || row_count, ','
				                                   order by question), '')
				        from project_table where project_id = ?)""", String.class, projectId, projectId);
	}

}
