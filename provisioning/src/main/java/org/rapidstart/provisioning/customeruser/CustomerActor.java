package org.rapidstart.provisioning.customeruser;

import java.util.Set;

/**
 * The signed-in customer user on whose behalf a service acts. Every customer-side service method takes one and
 * scopes what it reads and writes to {@link #customerId()}.
 */
public record CustomerActor(long accountId, String signInId, long customerId, Set<CustomerRole> roles) {

	public CustomerActor {
		roles = Set.copyOf(roles);
	}

	public boolean isAdministrator() {
		return this.roles.contains(CustomerRole.ADMINISTRATOR);
	}

	public boolean has(CustomerRole role) {
		return this.roles.contains(role) || isAdministrator();
	}

}
