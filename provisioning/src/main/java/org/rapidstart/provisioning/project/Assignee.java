package org.rapidstart.provisioning.project;

/** A person a question group can be assigned to: an active Administrator or Configurator of the customer. */
public record Assignee(long accountId, String name, String signInId) {

	public String label() {
		return this.name + " (" + this.signInId + ")";
	}

}
