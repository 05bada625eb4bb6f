package org.rapidstart.provisioning.project.table;

/** What an import does with the rows already saved. */
public enum ImportMode {

	/** The file's rows take the place of the saved rows. */
	REPLACE,

	/** The file's rows are added after the saved rows. */
	APPEND

}
