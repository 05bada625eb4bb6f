package org.rapidstart.provisioning.agreement;

/**
 * The texts a customer user agrees to, each with its current version. A new version is a new resource
 * {@code agreements/<file>-<version>.txt} and a new {@link #currentVersion()}: everyone is asked again.
 */
public enum AgreementDocument {

	ONLINE_SERVICES_AGREEMENT("Online services agreement", "online-services-agreement", "1.0"),

	PRIVACY_STATEMENT("Privacy statement", "privacy-statement", "1.0");

	private final String title;

	private final String file;

	private final String currentVersion;

	AgreementDocument(String title, String file, String currentVersion) {
		this.title = title;
		this.file = file;
		this.currentVersion = currentVersion;
	}

	public String title() {
		return this.title;
	}

	public String currentVersion() {
		return this.currentVersion;
	}

	String resource(String version) {
		return "agreements/" + this.file + "-" + version + ".txt";
	}

}
