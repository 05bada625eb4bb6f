package org.rapidstart.provisioning.template;

import java.time.Instant;

import org.rapidstart.questionnaire.model.Template;

/**
 * A template as the Designer sees it: the engine's template, the version a change must name (optimistic locking),
 * and who created and last changed it.
 */
public record DesignedTemplate(long id, Template template, long version, String createdBy, Instant createdAt,
		String updatedBy, Instant updatedAt) {

	static DesignedTemplate of(QuestionnaireTemplate stored) {
		return new DesignedTemplate(stored.getId(), stored.template(), stored.getVersion(), stored.getCreatedBy(),
				stored.getCreatedAt(), stored.getUpdatedBy(), stored.getUpdatedAt());
	}

}
