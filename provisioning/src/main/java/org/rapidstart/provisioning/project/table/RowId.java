package org.rapidstart.provisioning.project.table;

import org.rapidstart.provisioning.NotFoundException;

/**
 * Names one saved row: its row set and its number there. A row set is replaced as a whole by an import, so an id from
 * a page shown before the import no longer finds a row instead of finding another one.
 */
public record RowId(long rowSet, int rowNo) {

	/** The form used in URLs, {@code 12-5}. */
	@Override
	public String toString() {
		return this.rowSet + "-" + this.rowNo;
	}

	/** @throws NotFoundException for anything that is not an id of this form */
	public static RowId parse(String text) {
		int dash = text.indexOf('-');
		try {
			if (dash > 0) {
				return new RowId(Long.parseLong(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
			}
		}
		catch (NumberFormatException ex) {
			// not found, as below
		}
		throw new NotFoundException("Row");
	}

}
