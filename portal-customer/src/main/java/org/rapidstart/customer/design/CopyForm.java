package org.rapidstart.customer.design;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Copy (of a template, a built-in one, or one from another tenant): the new template's name. */
public class CopyForm {

	@NotBlank(message = "Enter a name for the copy.")
	@Size(max = 100, message = "Use at most 100 characters.")
	private String name = "";

	static CopyForm named(String name) {
		CopyForm form = new CopyForm();
		form.name = name;
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
