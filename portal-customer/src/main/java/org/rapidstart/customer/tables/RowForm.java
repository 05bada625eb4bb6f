package org.rapidstart.customer.tables;

import java.util.LinkedHashMap;
import java.util.Map;

/** The cells of one row as entered in the grid, by the column's field ({@code cells[CustGroup]}). */
public class RowForm {

	private Map<String, String> cells = new LinkedHashMap<>();

	public Map<String, String> getCells() {
		return this.cells;
	}

	public void setCells(Map<String, String> cells) {
		this.cells = cells;
	}

}
