package org.rapidstart.provisioning.project.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.model.Column;

/**
 * A row's cells as stored: one text in the order of the question's stored fields, separated by the unit separator
 * (U+001F), an empty part for an empty cell. One text rather than an array, because PostgreSQL takes a million of
 * them through COPY about twice as fast. Values are stripped of surrounding blanks when they are saved (so a cell is
 * either empty or has text), and of the two characters a value cannot hold: NUL (PostgreSQL text refuses it) and
 * the separator (replaced by a space).
 */
final class Cells {

	static final char SEPARATOR = '\u001F';

	private Cells() {
	}

	/** The cells of {@code row} in the order of {@code fields} (field names compared ignoring letter case). */
	static String encode(List<String> fields, Map<String, String> row) {
		@Nullable String[] cells = new String[fields.size()];
		for (Map.Entry<String, String> e : row.entrySet()) {
			int i = indexOf(fields, e.getKey());
			if (i >= 0) {
				cells[i] = clean(e.getValue());
			}
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.append(SEPARATOR);
			}
			if (cells[i] != null) {
				out.append(cells[i]);
			}
		}
		return out.toString();
	}

	/**
	 * For each of {@code fields}, the position of its column among {@code columns} (a row read as cells by column),
	 * or -1 when no column has it; field names compared ignoring letter case, as {@link #encode} compares them.
	 */
	static int[] positions(List<String> fields, List<Column> columns) {
		int[] positions = new int[fields.size()];
		for (int i = 0; i < positions.length; i++) {
			positions[i] = -1;
			for (int c = 0; c < columns.size(); c++) {
				if (columns.get(c).field().equalsIgnoreCase(fields.get(i))) {
					positions[i] = c;
					break;
				}
			}
		}
		return positions;
	}

	/** The row as a map from field to text, without empty cells, in field order. */
	static Map<String, String> decode(List<String> fields, @Nullable String cells) {
		Map<String, String> row = new LinkedHashMap<>();
		if (cells == null) {
			return row;
		}
		int start = 0;
		for (int i = 0; i < fields.size() && start <= cells.length(); i++) {
			int end = cells.indexOf(SEPARATOR, start);
			if (end < 0) {
				end = cells.length();
			}
			if (end > start) {
				row.put(fields.get(i), cells.substring(start, end));
			}
			start = end + 1;
		}
		return Collections.unmodifiableMap(row);
	}

	/** {@code fields} with the fields of {@code wanted} it lacks added at the end (positions never move). */
	static List<String> extended(List<String> fields, List<String> wanted) {
		List<String> out = new ArrayList<>(fields);
		for (String w : wanted) {
			if (indexOf(out, w) < 0) {
				out.add(w);
			}
		}
		return List.copyOf(out);
	}

	static int indexOf(List<String> fields, String field) {
		// rows read from a file carry the very field names of the layout: a quick pass by identity first
		for (int i = 0; i < fields.size(); i++) {
			if (fields.get(i) == field) {
				return i;
			}
		}
		for (int i = 0; i < fields.size(); i++) {
			if (fields.get(i).equalsIgnoreCase(field)) {
				return i;
			}
		}
		return -1;
	}

	/** Surrounding blanks removed, NUL dropped, separators made spaces; blank is empty. */
	static @Nullable String clean(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String v = value;
		if (v.indexOf('\u0000') >= 0 || v.indexOf(SEPARATOR) >= 0) {
			v = v.replace("\u0000", "").replace(SEPARATOR, ' ');
		}
		v = v.strip();
		return v.isEmpty() ? null : v;
	}

	/** Only the cells that have text, stripped. */
	static Map<String, String> cleaned(Map<String, String> row) {
		Map<String, String> out = new LinkedHashMap<>();
		row.forEach((k, v) -> {
			String c = clean(v);
			if (c != null) {
				out.put(k, c);
			}
		});
		return out;
	}

}
