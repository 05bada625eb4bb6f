package org.rapidstart.aos.document;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.rapidstart.aos.document.BatchResult.RecordResult;
import org.rapidstart.aos.metadata.AxEnum;
import org.rapidstart.aos.metadata.AxField;
import org.rapidstart.aos.metadata.AxFieldType;
import org.rapidstart.aos.metadata.AxRelation;
import org.rapidstart.aos.metadata.AxScope;
import org.rapidstart.aos.metadata.AxTable;
import org.rapidstart.aos.metadata.AxCatalogue;
import org.rapidstart.aos.metadata.Companies;
import org.rapidstart.aos.metadata.Company;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Validates and upserts batches, AX-style. One batch costs a fixed number of statements whatever its size:
 * one lookup for all relation targets, one for the existing versions, one upsert for everything that changed.
 */
@Service
public class DocumentService {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DocumentService.class);

	private final JdbcClient jdbc;

	private final AxCatalogue catalogue;

	private final Companies companies;

	DocumentService(JdbcClient jdbc, AxCatalogue catalogue, Companies companies) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.companies = companies;
	}

	/**
	 * Upserts a batch by natural key. Records are judged in order, so a record sees the ones before it in the
	 * same batch (a later duplicate of a key compares with the earlier one); a failed record never stops the
	 * others.
	 */
	@Transactional
	public BatchResult upsert(String companyId, String tableName, List<Map<String, @Nullable Object>> records) {
		Company company = this.companies.require(companyId);
		AxTable table = this.catalogue.requireTable(tableName);
		String dataArea = table.scope().dataAreaFor(company.dataAreaId());

		List<Candidate> candidates = new ArrayList<>(records.size());
		for (Map<String, @Nullable Object> record : records) {
			candidates.add(check(table, company, record));
		}
		long t0 = System.nanoTime();
		Set<TargetKey> existingTargets = existingRelationTargets(table, company, candidates);
		long t1 = System.nanoTime();
		Map<String, Stored> existing = existingRecords(table, dataArea, candidates);
		long t2 = System.nanoTime();

		// the state of each key as of the current position in the batch: the database's, then this batch's
		Map<String, Map<String, String>> current = new HashMap<>();
		existing.forEach((key, stored) -> current.put(key, stored.fields()));
		Map<String, Map<String, String>> writes = new LinkedHashMap<>();
		List<RecordStatus> statuses = new ArrayList<>(candidates.size());
		for (Candidate candidate : candidates) {
			if (candidate.messages().isEmpty()) {
				for (AxRelation relation : table.relations()) {
					TargetKey target = targetKey(relation, company, candidate.fields());
					boolean earlierInBatch = target != null && target.table().equals(table.name())
							&& target.dataArea().equals(dataArea) && current.containsKey(target.key());
					if (target != null && !earlierInBatch && !existingTargets.contains(target)) {
						candidate.messages()
							.add("The value '%s' in field '%s' is not found in the related table '%s'."
								.formatted(candidate.fields().get(relation.field()), relation.field(),
										relation.relatedTable()));
					}
				}
			}
			if (!candidate.messages().isEmpty()) {
				statuses.add(RecordStatus.FAILED);
				continue;
			}
			Map<String, String> before = current.get(candidate.naturalKey());
			if (before == null) {
				statuses.add(RecordStatus.CREATED);
			}
			else if (before.equals(candidate.fields())) {
				statuses.add(RecordStatus.UNCHANGED);
				continue;
			}
			else {
				statuses.add(RecordStatus.UPDATED);
			}
			current.put(candidate.naturalKey(), candidate.fields());
			writes.put(candidate.naturalKey(), candidate.fields());
		}

		long t3 = System.nanoTime();
		Map<String, Long> recIds = write(table, dataArea, writes, existing);
		if (log.isDebugEnabled()) {
			log.debug("batch {} x{}: relations {} us, existing {} us, judge {} us, write {} us", table.name(),
					records.size(), (t1 - t0) / 1000, (t2 - t1) / 1000, (t3 - t2) / 1000, (System.nanoTime() - t3) / 1000);
		}
		existing.forEach((key, stored) -> recIds.putIfAbsent(key, stored.recId()));
		List<RecordResult> results = new ArrayList<>(candidates.size());
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			RecordStatus status = statuses.get(i);
			Long recId = status == RecordStatus.FAILED ? null : recIds.get(c.naturalKey());
			results.add(new RecordResult(i, c.displayKey(), status, recId, List.copyOf(c.messages())));
		}
		return new BatchResult(company.dataAreaId(), table.name(), results, BatchResult.Counts.of(results));
	}

	/** A page of records in natural-key order; filters are field = value, {@code *} as a wildcard. */
	@Transactional(readOnly = true)
	public RecordPage read(String companyId, String tableName, int page, int size, Map<String, String> filters) {
		Company company = this.companies.require(companyId);
		AxTable table = this.catalogue.requireTable(tableName);
		String dataArea = table.scope().dataAreaFor(company.dataAreaId());
		StringBuilder where = new StringBuilder("table_name = ? AND data_area_id = ?");
		List<Object> params = new ArrayList<>(List.of(table.name(), dataArea));
		filters.forEach((name, value) -> {
			AxField field = table.field(name).orElseThrow(() -> badRequest("Unknown filter",
					"Field '%s' does not exist in table '%s'.".formatted(name, table.name())));
			if (value.contains("*")) {
				where.append(" AND upper(fields[?]) LIKE upper(?)");
				params.add(StoredFields.position(table, field));
				params.add(value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace('*', '%'));
			}
			else {
				where.append(" AND upper(fields[?]) = upper(?)");
				params.add(StoredFields.position(table, field));
				params.add(value);
			}
		});
		long total = this.jdbc.sql("SELECT count(*) FROM aos_record WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) page * size);
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT rec_id, fields FROM aos_record WHERE " + where
					+ " ORDER BY natural_key LIMIT ? OFFSET ?")
			.params(pageParams)
			.query((rs, n) -> present(table, company, rs.getLong(1), StoredFields.read(table, rs.getArray(2))))
			.list();
		int totalPages = size == 0 ? 0 : (int) ((total + size - 1) / size);
		return new RecordPage(company.dataAreaId(), table.name(), page, size, total, totalPages, rows);
	}

	/** Record counts per table as a company sees them (its own rows of company tables, all shared rows). */
	@Transactional(readOnly = true)
	public Map<String, Long> counts(String companyId) {
		Company company = this.companies.require(companyId);
		Map<String, Long> counts = new LinkedHashMap<>();
		this.catalogue.tables().forEach(t -> counts.put(t.name(), 0L));
		this.jdbc
			.sql("SELECT table_name, count(*) FROM aos_record WHERE data_area_id IN ('', ?) GROUP BY table_name")
			.param(company.dataAreaId())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.forEach(e -> counts.computeIfPresent(e.getKey(), (name, zero) -> e.getValue()));
		return counts;
	}

	private Candidate check(AxTable table, Company company, Map<String, @Nullable Object> record) {
		List<String> messages = new ArrayList<>();
		Map<String, String> fields = new LinkedHashMap<>();
		Set<String> invalid = new HashSet<>();
		for (Map.Entry<String, @Nullable Object> entry : record.entrySet()) {
			AxField field = table.field(entry.getKey()).orElse(null);
			if (field == null) {
				messages.add("Field '%s' does not exist in table '%s'.".formatted(entry.getKey(), table.name()));
				continue;
			}
			AxEnum axEnum = this.catalogue.enumOf(field);
			AxField.Checked checked = field.check(entry.getValue(), axEnum);
			if (checked.message() != null) {
				messages.add(checked.message());
				invalid.add(field.name());
			}
			else if (checked.value() != null) {
				fields.put(field.name(), checked.value());
			}
		}
		if (table.isParameters()) {
			// one parameters record per company: Key is always 0, so it may be left out
			String key = fields.putIfAbsent("Key", "0");
			if (key != null && !key.equals("0")) {
				messages.add("The value '%s' in field 'Key' is not valid: table '%s' holds one record per company (Key 0)."
					.formatted(key, table.name()));
			}
		}
		if (table.name().equals("CompanyInfo")) {
			String dataArea = fields.putIfAbsent("DataArea", company.dataAreaId());
			if (dataArea != null && !dataArea.equalsIgnoreCase(company.dataAreaId())) {
				messages.add("The value '%s' in field 'DataArea' must be the company '%s'."
					.formatted(dataArea, company.dataAreaId()));
			}
			fields.put("DataArea", company.dataAreaId());
		}
		for (AxField field : table.fields()) {
			// a value given but invalid already has its message; "must be filled in" would be misleading
			if (field.mandatory() && !fields.containsKey(field.name()) && !invalid.contains(field.name())) {
				messages.add(field.mandatoryMessage());
			}
		}
		Map<String, String> ordered = new LinkedHashMap<>();
		table.fields().forEach(f -> {
			String value = fields.get(f.name());
			if (value != null) {
				ordered.put(f.name(), value);
			}
		});
		boolean keyComplete = table.keyFields().stream().allMatch(f -> ordered.containsKey(f.name()));
		String displayKey = keyComplete ? table.displayKey(ordered) : null;
		return new Candidate(ordered, keyComplete ? table.naturalKey(ordered) : "", displayKey, messages);
	}

	private @Nullable TargetKey targetKey(AxRelation relation, Company company, Map<String, String> fields) {
		AxTable related = this.catalogue.requireTable(relation.relatedTable());
		Map<String, String> relatedValues = new HashMap<>();
		for (AxRelation.Constraint constraint : relation.constraints()) {
			String value = fields.get(constraint.field());
			if (value == null) {
				return null; // empty values are not checked, as in AX
			}
			relatedValues.put(constraint.relatedField(), value);
		}
		return new TargetKey(related.name(), related.scope().dataAreaFor(company.dataAreaId()),
				related.naturalKey(relatedValues));
	}

	private Set<TargetKey> existingRelationTargets(AxTable table, Company company, List<Candidate> candidates) {
		Set<TargetKey> wanted = new HashSet<>();
		for (Candidate candidate : candidates) {
			if (candidate.messages().isEmpty()) {
				for (AxRelation relation : table.relations()) {
					TargetKey target = targetKey(relation, company, candidate.fields());
					if (target != null) {
						wanted.add(target);
					}
				}
			}
		}
		if (wanted.isEmpty()) {
			return Set.of();
		}
		List<TargetKey> list = List.copyOf(wanted);
		// OFFSET 0 keeps EXISTS a per-key index probe: as a semi-join, a generic plan may hash all of aos_record
		return new HashSet<>(this.jdbc.sql("""
				SELECT u.t, u.d, u.k FROM unnest(?::text[], ?::text[], ?::text[]) AS u(t, d, k)
				WHERE EXISTS (SELECT 1 FROM aos_record r
				              WHERE r.table_name = u.t AND r.data_area_id = u.d AND r.natural_key = u.k OFFSET 0)""")
			.params(list.stream().map(TargetKey::table).toArray(String[]::new),
					list.stream().map(TargetKey::dataArea).toArray(String[]::new),
					list.stream().map(TargetKey::key).toArray(String[]::new))
			.query((rs, n) -> new TargetKey(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list());
	}

	private Map<String, Stored> existingRecords(AxTable table, String dataArea, List<Candidate> candidates) {
		String[] keys = candidates.stream()
			.filter(c -> c.messages().isEmpty())
			.map(Candidate::naturalKey)
			.distinct()
			.toArray(String[]::new);
		Map<String, Stored> existing = new HashMap<>();
		if (keys.length == 0) {
			return existing;
		}
		this.jdbc.sql("""
				SELECT natural_key, rec_id, fields FROM aos_record
				WHERE table_name = ? AND data_area_id = ? AND natural_key = ANY (?::text[])""")
			.params(table.name(), dataArea, keys)
			.query((ResultSet rs) -> {
				existing.put(rs.getString(1), new Stored(rs.getLong(2), StoredFields.read(table, rs.getArray(3))));
			});
		return existing;
	}

	/**
	 * New keys are inserted and existing ones updated, as read at the start of the batch. A plain INSERT is
	 * cheaper than ON CONFLICT; if a concurrent batch inserted one of the keys meanwhile, the unique index
	 * refuses, this transaction rolls back and the controller replays the batch once (it then sees the key).
	 */
	private Map<String, Long> write(AxTable table, String dataArea, Map<String, Map<String, String>> writes,
			Map<String, Stored> existing) {
		Map<String, Long> recIds = new HashMap<>();
		List<String> newKeys = new ArrayList<>();
		List<String> newFields = new ArrayList<>();
		List<String> changedKeys = new ArrayList<>();
		List<String> changedFields = new ArrayList<>();
		writes.forEach((key, fields) -> {
			Stored stored = existing.get(key);
			if (stored == null) {
				newKeys.add(key);
				newFields.add(StoredFields.literal(table, fields));
			}
			else {
				changedKeys.add(key);
				changedFields.add(StoredFields.literal(table, fields));
				recIds.put(key, stored.recId());
			}
		});
		if (!newKeys.isEmpty()) {
			this.jdbc.sql("""
					INSERT INTO aos_record (rec_id, table_name, data_area_id, natural_key, fields)
					SELECT nextval('aos_rec_id_seq'), ?, ?, u.k, u.f::text[] FROM unnest(?::text[], ?::text[]) AS u(k, f)
					RETURNING natural_key, rec_id""")
				.params(table.name(), dataArea, newKeys.toArray(String[]::new), newFields.toArray(String[]::new))
				.query((ResultSet rs) -> {
					recIds.put(rs.getString(1), rs.getLong(2));
				});
		}
		if (!changedKeys.isEmpty()) {
			this.jdbc.sql("""
					UPDATE aos_record r SET fields = u.f::text[], modified_at = now()
					FROM unnest(?::text[], ?::text[]) AS u(k, f)
					WHERE r.table_name = ? AND r.data_area_id = ? AND r.natural_key = u.k""")
				.params(changedKeys.toArray(String[]::new), changedFields.toArray(String[]::new), table.name(), dataArea)
				.update();
		}
		return recIds;
	}

	static Map<String, Object> present(AxTable table, Company company, long recId, Map<String, String> fields) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("RecId", recId);
		if (table.scope() == AxScope.COMPANY) {
			record.put("DataAreaId", company.dataAreaId());
		}
		for (AxField field : table.fields()) {
			String value = fields.get(field.name());
			if (value != null) {
				record.put(field.name(), typed(field, value));
			}
		}
		return record;
	}

	private static Object typed(AxField field, String value) {
		if (field.type() == AxFieldType.INT) {
			return Long.parseLong(value);
		}
		if (field.type() == AxFieldType.REAL) {
			return new BigDecimal(value);
		}
		return value;
	}

	static ErrorResponseException badRequest(String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(title);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	private record Candidate(Map<String, String> fields, String naturalKey, @Nullable String displayKey,
			List<String> messages) {
	}

	private record Stored(long recId, Map<String, String> fields) {
	}

	private record TargetKey(String table, String dataArea, String key) {
	}

}
