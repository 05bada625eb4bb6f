package org.rapidstart.customer.design;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.rapidstart.provisioning.template.TemplateProperties;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateType;

/** New template and Edit: name, description, type and target ERP version. */
public class TemplateForm extends DescribedForm {

	@NotBlank(message = "Enter the template's name.")
	@Size(max = 100, message = "Use at most 100 characters.")
	private String name = "";

	@NotNull(message = "Choose the type.")
	private TemplateType type = TemplateType.CUSTOM;

	@Size(max = 60, message = "Use at most 60 characters.")
	private String targetErpVersion = Template.DEFAULT_TARGET;

	static TemplateForm of(Template template, long version) {
		TemplateForm form = new TemplateForm();
		form.setVersion(version);
		form.name = template.name();
		form.setDescription(template.description());
		form.type = template.type();
		form.targetErpVersion = template.targetErpVersion();
		return form;
	}

	TemplateProperties properties() {
		return new TemplateProperties(this.name, getDescription(), this.type, this.targetErpVersion);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public TemplateType getType() {
		return this.type;
	}

	public void setType(TemplateType type) {
		this.type = type;
	}

	public String getTargetErpVersion() {
		return this.targetErpVersion;
	}

	public void setTargetErpVersion(String targetErpVersion) {
		this.targetErpVersion = targetErpVersion;
	}

}
