package org.rapidstart.provisioning.partner;

/** Roles on the partner side. SUPPORT belongs to the operator of the service, not to a partner. */
public enum PartnerRole {

	PARTNER_ADMIN("Administrator"), PARTNER_USER("User"), SUPPORT("Support");

	private final String label;

	PartnerRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
