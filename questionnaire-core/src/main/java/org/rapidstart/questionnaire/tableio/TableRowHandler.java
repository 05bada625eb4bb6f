package org.rapidstart.questionnaire.tableio;

import java.util.Map;

/**
 * Receives the rows of an uploaded file one at a time, so a caller can validate and store a million rows without
 * holding them. Blank rows are skipped; a row's cells map column (the target field's name) to the entered text.
 */
@FunctionalInterface
public interface TableRowHandler {

    /** One row; {@code rowNumber} is where the row is in the file (the header is row 1, as a spreadsheet shows). */
    void row(long rowNumber, Map<String, String> cells);

    /** How many rows the file says it has, header included, when it says so before its rows (a workbook does). */
    default void expectedRows(long rows) {
    }
}
