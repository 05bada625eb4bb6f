package org.rapidstart.questionnaire.loadplan;

/** How a table's records reach the AOS. */
public enum LoadMethod {
    /** Record by record through the AOS document services (upsert by natural key). */
    DOCUMENT_SERVICE,
    /** In bulk through the Data Import/Export Framework (CSV into staging, then copied to the target). */
    DIXF
}
