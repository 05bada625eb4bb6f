package org.rapidstart.provisioning.project;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Single-value answers, answered class parameters and autosaved drafts, in plain SQL: they are written and read a
 * set at a time (a group's answers, a project's answers, a copy of a whole project) rather than as entities.
 */
@Repository
class AnswerStore {

	private static final RowMapper<StoredAnswer> ANSWER = (rs, n) -> new StoredAnswer(rs.getString("question"),
			rs.getString("parameter"), rs.getString("value"), rs.getLong("group_id"), rs.getLong("answers_version"),
			rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"));

	private final JdbcTemplate jdbc;

	AnswerStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<StoredAnswer> answers(long projectId) {
		return this.jdbc.query("select * from project_answer where project_id = ? order by question, parameter", ANSWER,
				projectId);
	}

	/** The answers of a group changed after the given version, latest first: what a conflicting save missed. */
	List<StoredAnswer> changedSince(long groupId, long version) {
		return this.jdbc.query("""
				select * from project_answer where group_id = ? and answers_version > ?
				order by answers_version desc, question, parameter""", ANSWER, groupId, version);
	}

	void write(long projectId, AnswerKey key, @Nullable String value, long groupId, long answersVersion, Instant at,
			String by) {
		this.jdbc.update("""
				insert into project_answer (project_id, question, parameter, value, group_id, answers_version,
				                            changed_at, changed_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (project_id, question, parameter) do update set value = excluded.value,
				    group_id = excluded.group_id, answers_version = excluded.answers_version,
				    changed_at = excluded.changed_at, changed_by = excluded.changed_by""", projectId, key.question(),
				key.parameter(), value, groupId, answersVersion, Timestamp.from(at), by);
	}

	/**
	 * Copies the answers of the groups at the given positions of one project into another whose groups were made
	 * from the same template.
	 */
	void copy(long fromProjectId, long toProjectId, List<Integer> positions, Instant at, String by) {
		if (positions.isEmpty()) {
			return;
		}
		this.jdbc.update("""
				insert into project_answer (project_id, question, parameter, value, group_id, answers_version,
				                            changed_at, changed_by)
				select ?, a.question, a.parameter, a.value, tg.id, 0, ?, ?
				from project_answer a
				join project_group fg on fg.id = a.group_id
				join project_group tg on tg.project_id = ? and tg.position = fg.position
				where a.project_id = ? and a.value is not null and fg.position = any (?)""", ps -> {
					ps.setLong(1, toProjectId);
					ps.setTimestamp(2, Timestamp.from(at));
					ps.setString(3, by);
					ps.setLong(4, toProjectId);
					ps.setLong(5, fromProjectId);
					ps.setArray(6, ps.getConnection().createArrayOf("integer", positions.toArray()));
				});
	}

	// ---- drafts ----

	Optional<Draft> draft(long groupId, long accountId) {
		return this.jdbc
			.query("select answers_version, input, saved_at from project_group_draft where group_id = ? and account_id = ?",
					(rs, n) -> new Draft(rs.getLong("answers_version"), rs.getString("input"),
							rs.getTimestamp("saved_at").toInstant()),
					groupId, accountId)
			.stream()
			.findFirst();
	}

	void saveDraft(long groupId, long accountId, long answersVersion, String inputJson, Instant at) {
		this.jdbc.update("""
				insert into project_group_draft (group_id, account_id, answers_version, input, saved_at)
				values (?, ?, ?, cast(? as jsonb), ?)
				on conflict (group_id, account_id) do update set answers_version = excluded.answers_version,
				    input = excluded.input, saved_at = excluded.saved_at""", groupId, accountId, answersVersion,
				inputJson, Timestamp.from(at));
	}

	void deleteDraft(long groupId, long accountId) {
		this.jdbc.update("delete from project_group_draft where group_id = ? and account_id = ?", groupId, accountId);
	}

	record Draft(long answersVersion, String inputJson, Instant savedAt) {

	}

}
