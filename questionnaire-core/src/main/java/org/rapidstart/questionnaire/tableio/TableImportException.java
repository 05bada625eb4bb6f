package org.rapidstart.questionnaire.tableio;

/** A file that cannot be read as rows of a table question; the message says why, for the upload page. */
public class TableImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TableImportException(String message) {
        super(message);
    }

    public TableImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
