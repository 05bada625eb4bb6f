package org.rapidstart.questionnaire.model;

/** What a template covers: a business process (Order-to-cash), one module (Accounts receivable) or anything else. */
public enum TemplateType { BUSINESS_PROCESS, MODULE, CUSTOM }
