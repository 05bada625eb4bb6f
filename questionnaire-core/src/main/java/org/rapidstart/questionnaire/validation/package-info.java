/**
 * Validation of a project's answers: per question, per table row and column, and per class parameter, with
 * messages written for the configurator. {@code FieldValues} holds the typed checks and normalisation shared with
 * the load plan; {@code Lookups} resolves lookup values for list controls and checks.
 */
@NullMarked
package org.rapidstart.questionnaire.validation;

import org.jspecify.annotations.NullMarked;
