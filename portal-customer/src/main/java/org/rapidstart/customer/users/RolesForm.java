package org.rapidstart.customer.users;

import java.util.ArrayList;
import java.util.List;

import org.rapidstart.provisioning.customeruser.CustomerRole;

/** Change a user's roles. */
public class RolesForm {

	private List<CustomerRole> roles = new ArrayList<>();

	public List<CustomerRole> getRoles() {
		return this.roles;
	}

	public void setRoles(List<CustomerRole> roles) {
		this.roles = roles;
	}

}
