package org.rapidstart.provisioning.subscription;

/** The online services a partner can sign a customer up for. */
public enum OnlineService {

	RAPIDSTART("RapidStart Services");

	private final String label;

	OnlineService(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
