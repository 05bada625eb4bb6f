package org.rapidstart.customer.design;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.rapidstart.provisioning.template.AreaProperties;
import org.rapidstart.questionnaire.model.FunctionalArea;

/** New functional area and Edit functional area: name, description, Base information. */
public class AreaForm {

	private long version;

	@NotBlank(message = "Enter the functional area's name.")
	@Size(max = 100, message = "Use at most 100 characters.")
	private String name = "";

	@Size(max = 2000, message = "Use at most 2000 characters.")
	private String description = "";

	private boolean baseInformation;

	static AreaForm of(FunctionalArea area, long version) {
		AreaForm form = new AreaForm();
		form.version = version;
		form.name = area.name();
		form.description = area.description();
		form.baseInformation = area.baseInformation();
		return form;
	}

	static AreaForm empty(long version) {
		AreaForm form = new AreaForm();
		form.version = version;
		return form;
	}

	AreaProperties properties() {
		return new AreaProperties(this.name, this.description, this.baseInformation);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isBaseInformation() {
		return this.baseInformation;
	}

	public void setBaseInformation(boolean baseInformation) {
		this.baseInformation = baseInformation;
	}

}
