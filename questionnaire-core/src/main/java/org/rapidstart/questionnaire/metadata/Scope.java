package org.rapidstart.questionnaire.metadata;

/** Whether a table is one for the whole AOS (shared) or one per company (DataAreaId). */
public enum Scope { SHARED, COMPANY }
