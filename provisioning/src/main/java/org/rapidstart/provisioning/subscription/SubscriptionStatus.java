package org.rapidstart.provisioning.subscription;

/** Where a customer's service stands, with the words the Service List shows. */
public enum SubscriptionStatus {

	/** Added, no activation sent yet. */
	NOT_ACTIVATED("Not activated"),

	/** An activation e-mail went to the Customer administrator. */
	INVITATION_SENT("Invitation sent"),

	/** The Customer administrator activated the service. */
	ACTIVE("Active"),

	/** A prospect's trial ended without a VOICE account number. */
	INACTIVE("Inactive");

	private final String label;

	SubscriptionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
