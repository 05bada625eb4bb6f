package org.rapidstart.aos.metadata;

/** AX 2012 base types the canonical tables use, named as the catalogue document names them. */
public enum AxFieldType {

	STRING("String"), INT("Int"), REAL("Real"), DATE("Date"), ENUM("Enum");

	private final String axName;

	AxFieldType(String axName) {
		this.axName = axName;
	}

	public String axName() {
		return this.axName;
	}

}
