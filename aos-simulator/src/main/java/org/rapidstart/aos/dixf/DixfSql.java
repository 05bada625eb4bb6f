package org.rapidstart.aos.dixf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.rapidstart.aos.metadata.AxCatalogue;
import org.rapidstart.aos.metadata.AxEnum;
import org.rapidstart.aos.metadata.AxField;
import org.rapidstart.aos.metadata.AxRelation;
import org.rapidstart.aos.metadata.AxTable;

/**
 * The SQL twin of {@code AxField.check} and {@code AxTable.naturalKey}: the same messages, canonical values and
 * keys, computed set-based over a staging table. Identifiers come from the catalogue only; values never reach
 * the SQL text.
 */
final class DixfSql {

	private final AxCatalogue catalogue;

	private final AxTable entity;

	private final String company;

	DixfSql(AxCatalogue catalogue, AxTable entity, String company) {
		this.catalogue = catalogue;
		this.entity = entity;
		this.company = company;
	}

	static String stagingTable(long jobId) {
		return "aos_dixf_stg_" + jobId;
	}

	String createStaging(String table) {
		String columns = this.entity.fields()
			.stream()
			.map(f -> column(f) + " text")
			.collect(Collectors.joining(", "));
		// unlogged: staging is a work area that a crash may lose, and skipping the WAL makes COPY much faster
		return "CREATE UNLOGGED TABLE " + table + " (line_no bigint NOT NULL, run_no int NOT NULL DEFAULT 1, "
				+ "nk text, " + columns + ")";
	}

	/** Field rules (mandatory, length, type, enum) for the rows of one run in one range of lines. */
	String fieldErrors(String staging) {
		List<String> checks = new ArrayList<>();
		List<String> anyViolation = new ArrayList<>();
		for (AxField field : this.entity.fields()) {
			String check = check(field);
			if (check != null) {
				checks.add("(" + literal(field.name()) + ", " + check + ")");
				anyViolation.add("(" + check + ") IS NOT NULL");
			}
		}
		// the cheap test first: messages (format) and the one-row-per-field expansion only for failing rows
		return "INSERT INTO aos_dixf_row_error (execution_id, line_no, field_name, message) "
				+ "SELECT ?, s.line_no, e.field, e.message FROM (SELECT * FROM " + staging + " s "
				+ "WHERE s.run_no = ? AND s.line_no BETWEEN ? AND ? AND (" + String.join(" OR ", anyViolation)
				+ ") OFFSET 0) s CROSS JOIN LATERAL (VALUES " + String.join(", ", checks)
				+ ") AS e(field, message) WHERE e.message IS NOT NULL";
	}

	/** One relation: rows whose (non-empty) value has no record in the related table. */
	String relationErrors(String staging, AxRelation relation) {
		AxTable related = this.catalogue.requireTable(relation.relatedTable());
		String dataArea = related.scope().dataAreaFor(this.company);
		String present = relation.fields()
			.stream()
			.map(f -> value(this.entity.field(f).orElseThrow()) + " IS NOT NULL")
			.collect(Collectors.joining(" AND "));
		List<String> keyParts = new ArrayList<>();
		for (AxField keyField : related.keyFields()) {
			String source = relation.constraints()
				.stream()
				.filter(c -> c.relatedField().equals(keyField.name()))
				.findFirst()
				.orElseThrow()
				.field();
			keyParts.add(keyPart(canonical(this.entity.field(source).orElseThrow())));
		}
		AxField reported = this.entity.field(relation.field()).orElseThrow();
		String targetKey = String.join(" || '|' || ", keyParts);
		// the distinct values of a range are few (countries, groups): look those up, then flag their rows
		return "INSERT INTO aos_dixf_row_error (execution_id, line_no, field_name, message) "
				+ "SELECT ?, s.line_no, " + literal(reported.name()) + ", format("
				+ literal("The value '%s' in field '" + reported.name() + "' is not found in the related table '"
						+ related.name() + "'.")
				+ ", " + value(reported) + ") FROM " + staging + " s "
				+ "WHERE s.run_no = ? AND s.line_no BETWEEN ? AND ? AND " + present + " AND " + targetKey
				+ " IN (SELECT d.k FROM (SELECT DISTINCT " + targetKey + " AS k FROM " + staging + " s "
				+ "WHERE s.run_no = ? AND s.line_no BETWEEN ? AND ? AND " + present + ") d "
				+ "WHERE NOT EXISTS (SELECT 1 FROM aos_record r WHERE r.table_name = " + literal(related.name())
				+ " AND r.data_area_id = " + literal(dataArea) + " AND r.natural_key = d.k))";
	}

	/**
	 * A key that appears again in the same run: later lines fail, naming the first. For a re-run of staged
	 * rows; a file being staged has its duplicates found while streaming ({@link #confirmedDuplicates}).
	 */
	String duplicateErrors(String staging) {
		return "INSERT INTO aos_dixf_row_error (execution_id, line_no, field_name, message) "
				+ "SELECT ?, d.line_no, NULL, format(" + DUPLICATE + ", d.display, d.first_line) FROM (SELECT s.line_no, "
				+ display() + " AS display, min(s.line_no) OVER (PARTITION BY s.nk) AS first_line FROM " + staging
				+ " s WHERE s.run_no = ? AND s.nk IS NOT NULL) d WHERE d.line_no <> d.first_line";
	}

	/** Candidate (line, first line) pairs from streaming, kept only where the two keys really are equal. */
	String confirmedDuplicates(String staging) {
		return "INSERT INTO aos_dixf_row_error (execution_id, line_no, field_name, message) "
				+ "SELECT ?, s.line_no, NULL, format(" + DUPLICATE + ", " + display() + ", p.first_line) "
				+ "FROM unnest(?::bigint[], ?::bigint[]) AS p(line_no, first_line) JOIN " + staging
				+ " s ON s.line_no = p.line_no JOIN " + staging + " f ON f.line_no = p.first_line WHERE s.nk = f.nk";
	}

	private static final String DUPLICATE = literal(
			"The record '%s' appears more than once in the source; it was first on line %s.");

	private String display() {
		return this.entity.keyFields().stream().map(this::canonical).collect(Collectors.joining(" || '|' || "));
	}

	/**
	 * The fast path of "copy to target", step 1: rows whose key exists get the new fields where they differ
	 * (equal rows are left alone, so they count as unchanged). Parameters: table, DataAreaId, run, from, to
	 * [, execution when {@code withErrors}].
	 */
	String updateTarget(String staging, boolean withErrors) {
		return "UPDATE aos_record r SET fields = x.fields, modified_at = now() FROM (SELECT s.nk, " + fieldsObject()
				+ " AS fields FROM " + staging + " s WHERE " + validRows(withErrors) + ") x "
				+ "WHERE r.table_name = ? AND r.data_area_id = ? AND r.natural_key = x.nk "
				+ "AND r.fields IS DISTINCT FROM x.fields";
	}

	/**
	 * Step 2: rows whose key is new are inserted. Plain INSERT (no ON CONFLICT): speculative insertion costs
	 * ~40% more on a bulk load; if a concurrent writer inserts one of these keys first, the unique index
	 * refuses, the transaction rolls back and {@link #upsertTarget} does the range instead.
	 */
	String insertTarget(String staging, boolean withErrors) {
		return "INSERT INTO aos_record (rec_id, table_name, data_area_id, natural_key, fields) "
				+ "SELECT nextval('aos_rec_id_seq'), ?, ?, s.nk, " + fieldsObject() + " FROM " + staging + " s "
				+ "WHERE " + validRows(withErrors) + " AND NOT EXISTS (SELECT 1 FROM aos_record r "
				+ "WHERE r.table_name = ? AND r.data_area_id = ? AND r.natural_key = s.nk)";
	}

	/**
	 * One pass instead of update + insert, on PostgreSQL 17 and later (MERGE ... RETURNING merge_action()).
	 * Like the plain INSERT it is not race-safe against a concurrent insert of the same key: the unique index
	 * refuses and {@link #upsertTarget} takes over. Returns (created, updated). Parameters: run, from, to
	 * [, execution], table, DataAreaId, table, DataAreaId.
	 */
	String mergeTarget(String staging, boolean withErrors) {
		return "WITH m AS (MERGE INTO aos_record r USING (SELECT s.nk, " + fieldsObject() + " AS fields FROM "
				+ staging + " s WHERE " + validRows(withErrors) + ") x "
				+ "ON r.table_name = ? AND r.data_area_id = ? AND r.natural_key = x.nk "
				+ "WHEN MATCHED AND r.fields IS DISTINCT FROM x.fields THEN UPDATE SET fields = x.fields, modified_at = now() "
				+ "WHEN NOT MATCHED THEN INSERT (rec_id, table_name, data_area_id, natural_key, fields) "
				+ "VALUES (nextval('aos_rec_id_seq'), ?, ?, x.nk, x.fields) RETURNING merge_action() AS action) "
				+ "SELECT count(*) FILTER (WHERE action = 'INSERT'), count(*) FILTER (WHERE action = 'UPDATE') FROM m";
	}

	/** The race-safe fallback: one upsert that returns (created, updated). */
	String upsertTarget(String staging, boolean withErrors) {
		return "WITH w AS (INSERT INTO aos_record (rec_id, table_name, data_area_id, natural_key, fields) "
				+ "SELECT nextval('aos_rec_id_seq'), ?, ?, s.nk, " + fieldsObject() + " FROM " + staging + " s "
				+ "WHERE " + validRows(withErrors) + " "
				+ "ON CONFLICT (table_name, data_area_id, natural_key) DO UPDATE SET fields = EXCLUDED.fields, "
				+ "modified_at = now() WHERE aos_record.fields IS DISTINCT FROM EXCLUDED.fields "
				+ "RETURNING (xmax = 0) AS inserted) "
				+ "SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM w";
	}

	private static String validRows(boolean withErrors) {
		return "s.run_no = ? AND s.line_no BETWEEN ? AND ?" + (withErrors ? " AND NOT EXISTS (SELECT 1 FROM "
				+ "aos_dixf_row_error e WHERE e.execution_id = ? AND e.line_no = s.line_no)" : "");
	}

	/** The stored fields: a text[] in catalogue order (see {@code StoredFields}). */
	private String fieldsObject() {
		return "ARRAY[" + this.entity.fields().stream().map(this::canonical).collect(Collectors.joining(", "))
				+ "]::text[]";
	}

	/** The raw value as the rules see it: spaces trimmed, empty is absent. */
	static String value(AxField field) {
		return "NULLIF(btrim(s." + column(field) + "), '')";
	}

	/** The stored text of a valid value (the SQL side of {@code AxField.check}'s canonical value). */
	String canonical(AxField field) {
		String v = value(field);
		if (this.entity.isParameters() && field.name().equals("Key")) {
			return "COALESCE((" + v + "::bigint)::text, '0')";
		}
		if (this.entity.name().equals("CompanyInfo") && field.name().equals("DataArea")) {
			return literal(this.company);
		}
		return switch (field.type()) {
			case STRING -> v;
			case INT -> "(" + v + "::bigint)::text";
			case REAL -> "trim_scale(" + v + "::numeric)::text";
			case DATE -> "to_char(" + v + "::date, 'YYYY-MM-DD')";
			case ENUM -> {
				AxEnum axEnum = java.util.Objects.requireNonNull(this.catalogue.enumOf(field));
				StringBuilder sql = new StringBuilder("CASE upper(" + v + ")");
				for (String name : axEnum.values()) {
					sql.append(" WHEN ").append(literal(name.toUpperCase(java.util.Locale.ROOT)))
						.append(" THEN ").append(literal(name));
				}
				yield sql.append(" END").toString();
			}
		};
	}

	private @Nullable String check(AxField field) {
		String v = value(field);
		List<String> whens = new ArrayList<>();
		boolean parametersKey = this.entity.isParameters() && field.name().equals("Key");
		boolean dataArea = this.entity.name().equals("CompanyInfo") && field.name().equals("DataArea");
		if (field.mandatory() && !parametersKey && !dataArea) {
			whens.add("WHEN " + v + " IS NULL THEN " + literal(field.mandatoryMessage()));
		}
		switch (field.type()) {
			case STRING -> whens.add("WHEN char_length(" + v + ") > " + field.length() + " THEN format("
					+ literal("The value in field '" + field.name() + "' is too long: %s characters, the maximum is "
							+ field.length() + ".")
					+ ", char_length(" + v + "))");
			case INT -> {
				String message = "format(" + literal("'%s' is not a valid integer in field '" + field.name() + "'.")
						+ ", " + v + ")";
				whens.add("WHEN " + v + " !~ " + literal("^" + AxField.INT_TEXT.pattern() + "$") + " THEN " + message);
				whens.add("WHEN " + v + "::bigint NOT BETWEEN -2147483648 AND 2147483647 THEN " + message);
				if (parametersKey) {
					whens.add("WHEN " + v + "::bigint <> 0 THEN format(" + literal("The value '%s' in field 'Key' is "
							+ "not valid: table '" + this.entity.name() + "' holds one record per company (Key 0).")
							+ ", " + v + ")");
				}
			}
			case REAL -> whens.add("WHEN " + v + " !~ " + literal("^" + AxField.REAL_TEXT.pattern() + "$")
					+ " THEN format(" + literal("'%s' is not a valid real number in field '" + field.name() + "'.")
					+ ", " + v + ")");
			case DATE -> {
				String message = "format("
						+ literal("'%s' is not a valid date in field '" + field.name() + "' (expected yyyy-MM-dd).")
						+ ", " + v + ")";
				whens.add("WHEN " + v + " !~ " + literal("^" + AxField.DATE_TEXT.pattern() + "$") + " THEN " + message);
				whens.add("WHEN NOT pg_input_is_valid(" + v + ", 'date') THEN " + message);
			}
			case ENUM -> {
				AxEnum axEnum = java.util.Objects.requireNonNull(this.catalogue.enumOf(field));
				String names = axEnum.values()
					.stream()
					.map(n -> literal(n.toUpperCase(java.util.Locale.ROOT)))
					.collect(Collectors.joining(", "));
				whens.add("WHEN upper(" + v + ") NOT IN (" + names + ") THEN format("
						+ literal("'%s' is not a valid value for the enum '" + axEnum.name() + "' in field '"
								+ field.name() + "'.")
						+ ", " + v + ")");
			}
		}
		if (dataArea) {
			whens.add("WHEN " + v + " IS NOT NULL AND upper(" + v + ") <> " + literal(this.company)
					+ " THEN format(" + literal("The value '%s' in field 'DataArea' must be the company '"
							+ this.company + "'.")
					+ ", " + v + ")");
		}
		if (whens.isEmpty()) {
			return null;
		}
		// CASE evaluates in order, so a cast only runs on text the pattern before it accepted
		return "CASE " + String.join(" ", whens) + " END";
	}

	/** Same as {@code AxTable.asciiUpper} + {@code AxTable.escape}: locale-independent folding, then escapes. */
	private static String keyPart(String expression) {
		return "replace(replace(translate(" + expression
				+ ", 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), '\\', '\\\\'), '|', '\\|')";
	}

	static String column(AxField field) {
		return "\"" + field.name() + "\"";
	}

	static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
