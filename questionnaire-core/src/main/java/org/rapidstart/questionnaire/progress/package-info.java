/**
 * Progress of a project: answered and required counts, percentages and completeness per question group,
 * functional area and project, and whether an area is open (Base information is answered before any other area).
 */
@NullMarked
package org.rapidstart.questionnaire.progress;

import org.jspecify.annotations.NullMarked;
