/**
 * The answers of a configuration project: values for Field and Non-actionable questions, rows for Table and Data
 * Import/Export questions (through {@code RowSource}, so large DIXF tables can be streamed rather than held in
 * memory), and answered parameters of Class questions.
 */
@NullMarked
package org.rapidstart.questionnaire.answers;

import org.jspecify.annotations.NullMarked;
