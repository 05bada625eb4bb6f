package org.rapidstart.questionnaire.model;

/** How a single-value question is entered on the answering page. */
public enum Control { TEXT_BOX, LIST, YES_NO, NUMBER, DATE }
