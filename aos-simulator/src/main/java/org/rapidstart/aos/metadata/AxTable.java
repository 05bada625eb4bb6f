package org.rapidstart.aos.metadata;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A table of the canonical list: fields in their documented order, the natural key and the relations. */
public record AxTable(String name, String label, AxScope scope, List<AxField> fields, List<AxRelation> relations) {

	public AxTable {
		fields = List.copyOf(fields);
		relations = List.copyOf(relations);
	}

	public Optional<AxField> field(String fieldName) {
		for (AxField field : this.fields) {
			if (field.name().equalsIgnoreCase(fieldName)) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

	public List<AxField> keyFields() {
		return this.fields.stream().filter(AxField::key).toList();
	}

	/** Parameter tables hold one record per company, keyed by {@code Key = 0}. */
	public boolean isParameters() {
		return this.name.endsWith("Parameters");
	}

	/**
	 * The stored natural key: the key values upper-cased (AX keys compare case-insensitively), joined with
	 * {@code |}, with {@code \} and {@code |} escaped. {@code DixfSql.naturalKey} builds the same text in SQL.
	 */
	public String naturalKey(Map<String, String> canonicalValues) {
		return keyFields().stream()
			.map(f -> escape(asciiUpper(canonicalValues.getOrDefault(f.name(), ""))))
			.collect(Collectors.joining("|"));
	}

	/** The key as a person reads it: original case, {@code |} between the parts of a composite key. */
	public String displayKey(Map<String, String> canonicalValues) {
		return keyFields().stream()
			.map(f -> canonicalValues.getOrDefault(f.name(), ""))
			.collect(Collectors.joining("|"));
	}

	/**
	 * Only a-z are folded: PostgreSQL's {@code upper()} depends on the database's locale, so the SQL side folds
	 * with {@code translate()} and both sides agree whatever the server's collation.
	 */
	public static String asciiUpper(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] >= 'a' && chars[i] <= 'z') {
				chars[i] = (char) (chars[i] - 32);
			}
		}
		return new String(chars);
	}

	public static String escape(String keyPart) {
		return keyPart.replace("\\", "\\\\").replace("|", "\\|");
	}

	public Optional<AxRelation> relationOf(String fieldName) {
		return this.relations.stream().filter(r -> r.field().equals(fieldName)).findFirst();
	}

}
