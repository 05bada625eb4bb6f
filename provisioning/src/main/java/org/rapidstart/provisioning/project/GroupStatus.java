package org.rapidstart.provisioning.project;

/** Status of a question group as the product shows it. */
public enum GroupStatus {

	NOT_STARTED("Not started"), IN_PROGRESS("In progress"), COMPLETE("Complete");

	private final String label;

	GroupStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
