package org.rapidstart.customer.tables;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cells of one row as entered in the grid, by the column's field ({@code cells[CustGroup]}), and, when it edits a
 * saved row, the row's version the form was opened with (none sent: -1, which no row has, so the edit is refused as a
 * conflict rather than applied blind).
 */
public class RowForm {

	private Map<String, String> cells = new LinkedHashMap<>();

	private long version = -1;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Map<String, String> getCells() {
		return this.cells;
	}

	public void setCells(Map<String, String> cells) {
		this.cells = cells;
	}

}
