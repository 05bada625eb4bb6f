package org.rapidstart.partner.registration;

import jakarta.validation.constraints.NotBlank;

/** Setting a password through an e-mailed link. */
public class PasswordForm {

	@NotBlank(message = "Choose a password.")
	private String password = "";

	@NotBlank(message = "Type the password again.")
	private String confirmPassword = "";

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
