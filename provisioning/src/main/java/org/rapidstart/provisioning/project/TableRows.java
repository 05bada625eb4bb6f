package org.rapidstart.provisioning.project;

import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

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

	/**
	 * Every table question of the project that has rows, by short name (ignoring letter case), with its row count
	 * known: the rows are streamed from the database when read, the count is not read again.
	 */
	Map<String, RowSource> all(long projectId) {
		Map<String, RowSource> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		this.jdbc.query("select question, row_count from project_table where project_id = ? and row_count > 0",
				(ResultSet rs) -> {
					String question = rs.getString(1);
					out.put(question, new Counted(this.tables.rows(projectId, question), rs.getLong(2)));
				}, projectId);
		return out;
	}

	/** Rows whose count was read with the list of tables. */
	private record Counted(RowSource rows, long count) implements RowSource {

		@Override
		public void forEach(Consumer<? super Map<String, String>> action) {
			this.rows.forEach(action);
		}

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
