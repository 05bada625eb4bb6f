package org.rapidstart.provisioning.template;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateType;

/**
 * One line of the Design list: a built-in template ({@code id} null, read-only) or one of the tenant's.
 */
public record TemplateSummary(@Nullable Long id, String name, String description, TemplateType type,
		String targetErpVersion, boolean published, int functionalAreas, int unpublishedFunctionalAreas,
		@Nullable String updatedBy, @Nullable Instant updatedAt) {

	public boolean builtIn() {
		return this.id == null;
	}

	static TemplateSummary builtIn(Template t) {
		return of(null, t, null, null);
	}

	static TemplateSummary of(QuestionnaireTemplate stored) {
		return of(stored.getId(), stored.template(), stored.getUpdatedBy(), stored.getUpdatedAt());
	}

	private static TemplateSummary of(@Nullable Long id, Template t, @Nullable String by, @Nullable Instant at) {
		int unpublished = (int) t.functionalAreas().stream().filter(a -> !a.published()).count();
		return new TemplateSummary(id, t.name(), t.description(), t.type(), t.targetErpVersion(),
				t.published(), t.functionalAreas().size(), unpublished, by, at);
	}

}
