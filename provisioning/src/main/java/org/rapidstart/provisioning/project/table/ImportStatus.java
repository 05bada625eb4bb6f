package org.rapidstart.provisioning.project.table;

/** Where an import is; the last three are final. */
public enum ImportStatus {

	QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

	public boolean isActive() {
		return this == QUEUED || this == RUNNING;
	}

}
