/**
 * Helpers shared by the engine's packages (the JSON mapper of its file formats, null-tolerant list copies). Not
 * part of the API: callers outside questionnaire-core must not use them.
 */
@NullMarked
package org.rapidstart.questionnaire.internal;

import org.jspecify.annotations.NullMarked;
