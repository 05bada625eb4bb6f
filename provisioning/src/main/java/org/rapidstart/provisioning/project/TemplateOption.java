package org.rapidstart.provisioning.project;

import org.rapidstart.questionnaire.model.TemplateType;

/**
 * A published template a custom project can answer. {@code key} identifies it in a form: {@code builtin:<name>} for
 * the templates RapidStart ships, {@code template:<id>} for the customer's own.
 */
public record TemplateOption(String key, String name, TemplateType type) {

	public String typeLabel() {
		return switch (this.type) {
			case BUSINESS_PROCESS -> "Business process";
			case MODULE -> "Module";
			case CUSTOM -> "Custom";
		};
	}

}
