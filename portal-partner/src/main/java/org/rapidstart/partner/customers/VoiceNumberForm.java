package org.rapidstart.partner.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Adding a VOICE account number to a prospect. */
public class VoiceNumberForm {

	@NotBlank(message = "Enter the customer's account number in VOICE.")
	@Size(max = 20, message = "A customer account number has at most 20 characters.")
	private String voiceAccountNumber = "";

	public String getVoiceAccountNumber() {
		return this.voiceAccountNumber;
	}

	public void setVoiceAccountNumber(String voiceAccountNumber) {
		this.voiceAccountNumber = voiceAccountNumber;
	}

}
