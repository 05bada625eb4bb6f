package org.rapidstart.customer.design;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.rapidstart.questionnaire.model.QuestionGroup;

/** New question group and Edit question group: name and description. */
public class GroupForm {

	private long version;

	@NotBlank(message = "Enter the question group's name.")
	@Size(max = 100, message = "Use at most 100 characters.")
	private String name = "";

	@Size(max = 2000, message = "Use at most 2000 characters.")
	private String description = "";

	static GroupForm of(QuestionGroup group, long version) {
		GroupForm form = new GroupForm();
		form.version = version;
		form.name = group.name();
		form.description = group.description();
		return form;
	}

	static GroupForm empty(long version) {
		GroupForm form = new GroupForm();
		form.version = version;
		return form;
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

}
