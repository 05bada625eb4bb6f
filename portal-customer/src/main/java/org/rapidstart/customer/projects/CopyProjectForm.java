package org.rapidstart.customer.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Copy project: the copy's name, and whether the answers come along. */
public class CopyProjectForm {

	@NotBlank(message = "Enter a name for the copy.")
	@Size(max = 100, message = "Use at most 100 characters.")
	private String name = "";

	private boolean withAnswers = true;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isWithAnswers() {
		return this.withAnswers;
	}

	public void setWithAnswers(boolean withAnswers) {
		this.withAnswers = withAnswers;
	}

}
