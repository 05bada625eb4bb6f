package org.rapidstart.customer.design;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.rapidstart.provisioning.template.AreaProperties;
import org.rapidstart.questionnaire.model.FunctionalArea;

/** New functional area and Edit functional area: name, description, Base information. */
public class AreaForm extends DescribedForm {

	@NotBlank(message = "Enter the functional area's name.")
	@Size(max = 100, message = "Use at most 100 characters.")
	private String name = "";

	private boolean baseInformation;

	static AreaForm of(FunctionalArea area, long version) {
		AreaForm form = new AreaForm();
		form.setVersion(version);
		form.name = area.name();
		form.setDescription(area.description());
		form.baseInformation = area.baseInformation();
		return form;
	}

	static AreaForm empty(long version) {
		AreaForm form = new AreaForm();
		form.setVersion(version);
		return form;
	}

	AreaProperties properties() {
		return new AreaProperties(this.name, getDescription(), this.baseInformation);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isBaseInformation() {
		return this.baseInformation;
	}

	public void setBaseInformation(boolean baseInformation) {
		this.baseInformation = baseInformation;
	}

}
