package org.rapidstart.customer.activation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.rapidstart.provisioning.account.EmailAddress;

/** "Create your account" on the activation or invitation page. */
public class NewAccountForm {

	@NotBlank(message = "Enter your name.")
	@Size(max = 200, message = "Use at most 200 characters.")
	private String displayName = "";

	@NotBlank(message = "Enter the sign-in ID from your e-mail.")
	@EmailAddress
	private String signInId = "";

	@NotBlank(message = "Choose a password.")
	private String password = "";

	@NotBlank(message = "Type the password again.")
	private String confirmPassword = "";

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getSignInId() {
		return this.signInId;
	}

	public void setSignInId(String signInId) {
		this.signInId = signInId;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
