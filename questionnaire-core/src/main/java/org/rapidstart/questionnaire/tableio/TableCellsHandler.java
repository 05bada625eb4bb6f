package org.rapidstart.questionnaire.tableio;

import org.jspecify.annotations.Nullable;

/**
 * Receives the rows of an uploaded file one at a time as an array of cells by column: the form a million-row import
 * reads without a map per row. Blank rows are skipped.
 */
@FunctionalInterface
public interface TableCellsHandler {

    /**
     * One row; {@code rowNumber} is where the row is in the file (the header is row 1, as a spreadsheet shows).
     * {@code cells} has one entry per column of the question's table ({@code TableTarget.columns()}, in that order),
     * the entered text or null where the file has no text for the column (hidden columns are never in a file). The
     * array is the handler's to keep.
     */
    void row(long rowNumber, @Nullable String[] cells);

    /** How many rows the file says it has, header included, when it says so before its rows (a workbook does). */
    default void expectedRows(long rows) {
    }
}
