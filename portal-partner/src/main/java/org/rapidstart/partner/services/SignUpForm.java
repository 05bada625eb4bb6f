package org.rapidstart.partner.services;

import jakarta.validation.constraints.NotBlank;

/** "Sign up for RapidStart Services". */
public class SignUpForm {

	@NotBlank(message = "Select the country/region of use.")
	private String countryRegion = "";

	public String getCountryRegion() {
		return this.countryRegion;
	}

	public void setCountryRegion(String countryRegion) {
		this.countryRegion = countryRegion;
	}

}
