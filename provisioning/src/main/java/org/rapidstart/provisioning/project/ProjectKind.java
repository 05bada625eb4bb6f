package org.rapidstart.provisioning.project;

/** How a project started: industry defaults with no questions asked, or a published template to answer. */
public enum ProjectKind {

	/** Industry defaults pre-answered (terms and methods of payment, groups, a chart of accounts ...). */
	DEFAULT("Default"),

	/** Answered from a published template (business process, module or custom). */
	CUSTOM("Custom");

	private final String label;

	ProjectKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
