package org.rapidstart.provisioning.project.table;

import java.util.Map;

/** One saved row: its id, its position in the question's rows (1-based, as the grid numbers it) and its cells. */
public record TableRow(RowId id, long position, Map<String, String> cells) {

	public TableRow {
		cells = Map.copyOf(cells);
	}

	/** The cell of a field, or "" when it is empty. */
	public String cell(String field) {
		for (Map.Entry<String, String> e : this.cells.entrySet()) {
			if (e.getKey().equalsIgnoreCase(field)) {
				return e.getValue();
			}
		}
		return "";
	}

}
