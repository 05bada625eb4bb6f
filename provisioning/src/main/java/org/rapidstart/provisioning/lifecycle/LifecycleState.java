package org.rapidstart.provisioning.lifecycle;

import org.rapidstart.provisioning.customer.Customer;

/** Where a customer stands in the trial lifecycle, with the words the portals show. */
public enum LifecycleState {

	/** A customer with a VOICE account number: no trial. */
	CUSTOMER("Active"),

	/** A prospect within its trial. */
	TRIAL("Trial"),

	/** The trial ended; data is kept until the retention period ends. */
	INACTIVE("Inactive"),

	/** The data was purged for good. */
	DELETED("Deleted");

	private final String label;

	LifecycleState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static LifecycleState of(Customer customer) {
		if (customer.isPurged()) {
			return DELETED;
		}
		if (customer.getInactivatedAt() != null) {
			return INACTIVE;
		}
		return customer.isProspect() ? TRIAL : CUSTOMER;
	}

}
