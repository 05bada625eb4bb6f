package org.rapidstart.customer.activation;

import jakarta.validation.constraints.NotBlank;

/** "I already have an account": sign in with it on the activation or invitation page. */
public class SignInForm {

	@NotBlank(message = "Enter your sign-in ID.")
	private String signInId = "";

	@NotBlank(message = "Enter your password.")
	private String password = "";

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

}
