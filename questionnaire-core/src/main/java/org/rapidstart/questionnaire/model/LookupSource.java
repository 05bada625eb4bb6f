package org.rapidstart.questionnaire.model;

/** Where a lookup takes its values from. */
public enum LookupSource {
    /** The values of the target field's enum in the metadata catalogue. */
    ENUM,
    /** The key values of a table answered elsewhere in the same project (any question whose target is that table). */
    TABLE,
    /** The answers of another named question (its value, or one column of its rows). */
    QUESTION
}
