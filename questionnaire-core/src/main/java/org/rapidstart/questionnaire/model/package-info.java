/**
 * The questionnaire template model: Template -> FunctionalArea -> QuestionGroup -> Question, all immutable records
 * that serialise directly into the template document. Type-specific settings (FieldTarget, TableTarget with
 * Columns, ClassOperation with ClassParameters), Dependency, Validation and Lookup live here too. Editing returns
 * new templates and is refused on published content.
 */
@NullMarked
package org.rapidstart.questionnaire.model;

import org.jspecify.annotations.NullMarked;
