package org.rapidstart.questionnaire.document;

import org.rapidstart.questionnaire.model.Template;

/** What a {@code .rapidstart} package holds. The template comes in unpublished: the importer reviews and publishes. */
public record ImportedTemplate(Template template, PackageManifest manifest) {
}
