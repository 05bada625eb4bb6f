/**
 * Which questions apply and which are shown, given a project's answers: dependencies (including chains: a child of a
 * question that does not apply does not apply either), designer-hidden questions that still load a fixed value, and
 * the effective values and rows the validator and the load plan read.
 */
@NullMarked
package org.rapidstart.questionnaire.visibility;

import org.jspecify.annotations.NullMarked;
