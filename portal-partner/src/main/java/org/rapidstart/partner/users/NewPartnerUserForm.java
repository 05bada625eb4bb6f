package org.rapidstart.partner.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.account.EmailAddress;
import org.rapidstart.provisioning.partner.PartnerRole;

/** Adding a partner user. */
public class NewPartnerUserForm {

	@NotBlank(message = "Enter the person's name.")
	@Size(max = 200, message = "Use at most 200 characters.")
	private String name = "";

	@NotBlank(message = "Enter the e-mail address the person signs in with.")
	@EmailAddress
	private String signInId = "";

	@NotNull(message = "Choose Administrator or User.")
	private @Nullable PartnerRole role = PartnerRole.PARTNER_USER;

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

	public @Nullable PartnerRole getRole() {
		return this.role;
	}

	public void setRole(@Nullable PartnerRole role) {
		this.role = role;
	}

}
