package org.rapidstart.provisioning.customeruser;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapidstart.provisioning.RuleViolation;

/**
 * The RapidStart roles of a customer user, with the words the product shows. Viewer is an add-on: it lets a
 * Designer or Configurator copy templates and functional areas from another tenant, and means nothing alone.
 */
public enum CustomerRole {

	/** Everything, including users, projects, design, answering, reports, connecting and loading. */
	ADMINISTRATOR("Administrator"),

	/** Templates, functional areas, question groups, questions. */
	DESIGNER("Designer"),

	/** Creates and manages projects and answers them. */
	CONFIGURATOR("Configurator"),

	/** Add-on to Designer or Configurator. */
	VIEWER("Viewer");

	private final String label;

	CustomerRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Checks a set of roles against the product's rules; returns an immutable copy. */
	public static Set<CustomerRole> check(Set<CustomerRole> roles) {
		if (roles.isEmpty()) {
			throw new RuleViolation("roles", "customerUser.roleRequired", "Choose at least one role.");
		}
		if (roles.contains(VIEWER) && !roles.contains(DESIGNER) && !roles.contains(CONFIGURATOR)) {
			throw new RuleViolation("roles", "customerUser.viewerAlone",
					"Viewer is an add-on: choose it together with Designer or Configurator.");
		}
		return Set.copyOf(EnumSet.copyOf(roles));
	}

	static String format(Set<CustomerRole> roles) {
		return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static Set<CustomerRole> parse(String roles) {
		if (roles.isBlank()) {
			return Set.of();
		}
		return Set.copyOf(Arrays.stream(roles.split(",")).map(CustomerRole::valueOf).toList());
	}

	/** "Administrator, Viewer" in the product's order. */
	public static String labels(Set<CustomerRole> roles) {
		return roles.stream().sorted().map(CustomerRole::label).collect(Collectors.joining(", "));
	}

}
