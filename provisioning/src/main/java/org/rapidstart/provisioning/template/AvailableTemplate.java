package org.rapidstart.provisioning.template;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateType;

/**
 * A published template a project can be created from: a built-in one ({@code templateId} null, {@code name} is
 * the built-in name) or one the tenant designed ({@code templateId} set).
 */
public record AvailableTemplate(@Nullable Long templateId, String name, TemplateType type, Template template) {

	public boolean isBuiltIn() {
		return this.templateId == null;
	}

}
