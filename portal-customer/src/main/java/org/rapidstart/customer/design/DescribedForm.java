package org.rapidstart.customer.design;

import jakarta.validation.constraints.Size;

/**
 * What the forms of templates, functional areas and question groups share: the template version the page showed
 * (a change made meanwhile refuses the save) and a description.
 */
public abstract class DescribedForm {

	private long version;

	@Size(max = 2000, message = "Use at most 2000 characters.")
	private String description = "";

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
