package org.rapidstart.provisioning.template;

/** What a functional area's form sets: name, description, and whether it is the Base information area. */
public record AreaProperties(String name, String description, boolean baseInformation) {

	public AreaProperties {
		name = name.trim();
		description = description.trim();
	}

}
