package org.rapidstart.partner.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.rapidstart.provisioning.account.EmailAddress;

/** "Activate your partner account". */
public class RegistrationForm {

	@NotBlank(message = "Enter your partner ID.")
	@Size(max = 20, message = "A partner ID has at most 20 characters.")
	private String partnerId = "";

	@NotBlank(message = "Enter your name.")
	@Size(max = 200, message = "Use at most 200 characters.")
	private String name = "";

	@NotBlank(message = "Enter the e-mail address you sign in with.")
	@EmailAddress
	private String signInId = "";

	public String getPartnerId() {
		return this.partnerId;
	}

	public void setPartnerId(String partnerId) {
		this.partnerId = partnerId;
	}

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

}
