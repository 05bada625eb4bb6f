package org.rapidstart.questionnaire.model;

/** The question types of RapidStart. */
public enum QuestionType {
    /** Sets one field of one ERP table. */
    FIELD,
    /** A record list for one ERP table, entered in a grid or by workbook, loaded record by record. */
    TABLE,
    /** Like {@link #TABLE} but for large data, loaded in bulk through DIXF (CSV or workbook). */
    DATA_IMPORT_EXPORT,
    /** Runs a named ERP operation at load time with parameters from answers. */
    CLASS,
    /** A choice that only decides which other questions appear; loads nothing. */
    NON_ACTIONABLE;

    public boolean isTable() {
        return this == TABLE || this == DATA_IMPORT_EXPORT;
    }

    /** Whether the answer is a single value (as opposed to rows or class parameters). */
    public boolean isSingleValue() {
        return this == FIELD || this == NON_ACTIONABLE;
    }
}
