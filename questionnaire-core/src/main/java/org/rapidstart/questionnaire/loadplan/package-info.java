/**
 * The load plan: a project's answers as ordered steps for the AOS, each loading one table's records (through the
 * document services, or in bulk through DIXF) or running one class operation. The order comes from the catalogue's
 * relations (referenced tables first; class operations before the tables that refer to what they create); a cycle
 * is a {@code LoadPlanException} naming the tables in it.
 */
@NullMarked
package org.rapidstart.questionnaire.loadplan;

import org.jspecify.annotations.NullMarked;
