package org.rapidstart.customer.users;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.rapidstart.provisioning.account.EmailAddress;
import org.rapidstart.provisioning.customeruser.CustomerRole;

/** User Management -> New User: name, sign-in ID, contact e-mail, roles. */
public class NewUserForm {

	@NotBlank(message = "Enter the user's name.")
	@Size(max = 200, message = "Use at most 200 characters.")
	private String name = "";

	@NotBlank(message = "Enter the sign-in ID (the e-mail address the user signs in with).")
	@EmailAddress
	private String signInId = "";

	@NotBlank(message = "Enter the contact email address; the invitation is sent there.")
	@EmailAddress
	private String contactEmail = "";

	private List<CustomerRole> roles = new ArrayList<>();

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSignInId() {
		return this.signInId;
	}

	public void setSignInId(String signInId) {
		this.signInId = signInId;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public List<CustomerRole> getRoles() {
		return this.roles;
	}

	public void setRoles(List<CustomerRole> roles) {
		this.roles = roles;
	}

}
