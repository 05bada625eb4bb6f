package org.rapidstart.provisioning.project.table;

import java.util.List;

/** One page of a question's rows: {@code page} is 0-based, {@code total} the number of rows of the question. */
public record TablePage(List<TableRow> rows, int page, int size, long total) {

	public TablePage {
		rows = List.copyOf(rows);
	}

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pages();
	}

}
