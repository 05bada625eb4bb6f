package org.rapidstart.partner.services;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.rapidstart.provisioning.account.EmailAddress;

/** "Send Activation": the Customer administrator's information. */
public class ActivationForm {

	@NotBlank(message = "Enter the Customer administrator's name.")
	@Size(max = 200, message = "Use at most 200 characters.")
	private String adminName = "";

	@NotBlank(message = "Enter the sign-in ID the Customer administrator will use.")
	@EmailAddress
	private String signInId = "";

	@NotBlank(message = "Enter the contact email address.")
	@EmailAddress
	private String contactEmail = "";

	public String getAdminName() {
		return this.adminName;
	}

	public void setAdminName(String adminName) {
		this.adminName = adminName;
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

}
