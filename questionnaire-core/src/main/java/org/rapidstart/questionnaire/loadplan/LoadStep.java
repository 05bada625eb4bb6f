package org.rapidstart.questionnaire.loadplan;

/** One step of a load plan: load a table's records, or run a class operation. */
public sealed interface LoadStep permits TableLoad, ClassCall {
}
