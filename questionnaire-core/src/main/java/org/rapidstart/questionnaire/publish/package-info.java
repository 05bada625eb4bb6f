/**
 * Publishing: the checks a template or functional area must pass before configurators can use it (structure,
 * Base information first, short names, targets in the metadata catalogue, lookups, dependencies, no cycle of table
 * references) and the publish/unpublish transitions that guard editing.
 */
@NullMarked
package org.rapidstart.questionnaire.publish;

import org.jspecify.annotations.NullMarked;
