package org.rapidstart.provisioning.project.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A row's cells as stored: a text array in the order of the question's stored fields, null for an empty cell. Values
 * are stripped of surrounding blanks when they are saved, so a cell is either empty or has text.
 */
final class Cells {

	private Cells() {
	}

	/** The cells of {@code row} in the order of {@code fields} (field names compared ignoring letter case). */
	static @Nullable String[] encode(List<String> fields, Map<String, String> row) {
		@Nullable String[] cells = new String[fields.size()];
		for (Map.Entry<String, String> e : row.entrySet()) {
			int i = indexOf(fields, e.getKey());
			if (i >= 0) {
				cells[i] = clean(e.getValue());
			}
		}
		return cells;
	}

	/** The row as a map from field to text, without empty cells, in field order. */
	static Map<String, String> decode(List<String> fields, @Nullable Object[] cells) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(fields.size(), cells.length); i++) {
			if (cells[i] != null) {
				row.put(fields.get(i), (String) cells[i]);
			}
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
		for (int i = 0; i < fields.size(); i++) {
			if (fields.get(i).equalsIgnoreCase(field)) {
				return i;
			}
		}
		return -1;
	}

	/** Surrounding blanks removed; blank is empty. */
	static @Nullable String clean(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String v = value.strip();
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
