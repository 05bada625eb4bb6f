/**
 * File formats for templates: the versioned JSON template document ({@code "format": "rapidstart-template",
 * "version": 1}) used for the built-in templates and the portal's storage, and the {@code .rapidstart} package (a
 * zip of {@code template.json} and {@code manifest.json}) for moving a template between installations. Reading gives
 * clear errors for malformed JSON (with line and column), other formats, newer versions and missing parts.
 */
@NullMarked
package org.rapidstart.questionnaire.document;

import org.jspecify.annotations.NullMarked;
