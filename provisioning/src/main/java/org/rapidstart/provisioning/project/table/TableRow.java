package org.rapidstart.provisioning.project.table;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One saved row: its id, its position in the question's rows (1-based, as the grid numbers it), its cells, and its
 * version with who last changed it in the grid and when (version 0 and no one for a row as an import wrote it). An
 * edit or a delete names the version it was based on, so a change made in between is not overwritten.
 */
public record TableRow(RowId id, long position, Map<String, String> cells, long version, @Nullable String changedBy,
		@Nullable Instant changedAt) {

	public TableRow {
		cells = Map.copyOf(cells);
	}

	/** A row as an import wrote it: version 0, never changed in the grid. */
	public TableRow(RowId id, long position, Map<String, String> cells) {
		this(id, position, cells, 0, null, null);
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
