package org.rapidstart.customer.design;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.rapidstart.questionnaire.model.QuestionGroup;

/** New question group and Edit question group: name and description. */
public class GroupForm extends DescribedForm {

	@NotBlank(message = "Enter the question group's name.")
	@Size(max = 100, message = "Use at most 100 characters.")
	private String name = "";

	static GroupForm of(QuestionGroup group, long version) {
		GroupForm form = new GroupForm();
		form.setVersion(version);
		form.name = group.name();
		form.setDescription(group.description());
		return form;
	}

	static GroupForm empty(long version) {
		GroupForm form = new GroupForm();
		form.setVersion(version);
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
