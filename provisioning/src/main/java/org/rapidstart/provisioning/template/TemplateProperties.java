package org.rapidstart.provisioning.template;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateType;

/** What "New template" and "Edit" set: name, description, type and target ERP version (default AX 2012 R3). */
public record TemplateProperties(String name, String description, TemplateType type,
		@Nullable String targetErpVersion) {

	public TemplateProperties {
		name = name.trim();
		description = description.trim();
		targetErpVersion = (targetErpVersion == null || targetErpVersion.isBlank()) ? Template.DEFAULT_TARGET
				: targetErpVersion.trim();
	}

}
