package org.rapidstart.aos.metadata;

/** Shared tables are one for the whole AOS; company tables are per DataAreaId. */
public enum AxScope {

	SHARED, COMPANY;

	/** The DataAreaId a record of this scope is stored under: shared records belong to no company. */
	public String dataAreaFor(String company) {
		return this == SHARED ? "" : company;
	}

}
