package org.rapidstart.partner.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.account.EmailAddress;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.voice.VoiceCustomer;

/** "Create a new customer": an existing customer (with a VOICE account number) or a prospect (without). */
public class CustomerForm {

	@Size(max = 20, message = "A customer account number has at most 20 characters.")
	private String voiceAccountNumber = "";

	@Size(max = 100, message = "Use at most 100 characters.")
	private String searchTerm = "";

	@NotBlank(message = "Enter the organization name.")
	@Size(max = 200, message = "Use at most 200 characters.")
	private String organisationName = "";

	@Size(max = 200, message = "Use at most 200 characters.")
	private String street = "";

	@Size(max = 100, message = "Use at most 100 characters.")
	private String city = "";

	@Size(max = 100, message = "Use at most 100 characters.")
	private String state = "";

	@Size(max = 20, message = "Use at most 20 characters.")
	private String postalCode = "";

	@Pattern(regexp = "|[A-Za-z]{2}", message = "Select a country/region.")
	private String countryRegion = "";

	@Size(max = 200, message = "Use at most 200 characters.")
	private String adminName = "";

	@EmailAddress
	private String adminSignInId = "";

	@NotBlank(message = "Enter the contact email address; notifications are sent there.")
	@EmailAddress
	private String contactEmail = "";

	NewCustomer toNewCustomer() {
		return new NewCustomer(this.voiceAccountNumber, this.organisationName, this.street, this.city, this.state,
				this.postalCode, this.countryRegion, this.adminName, this.adminSignInId, this.contactEmail);
	}

	/** "Fill other fields using the customer account number". */
	void fillFrom(VoiceCustomer customer) {
		this.voiceAccountNumber = customer.getAccountNumber();
		this.organisationName = customer.getOrganisationName();
		this.street = orEmpty(customer.getStreet());
		this.city = orEmpty(customer.getCity());
		this.state = orEmpty(customer.getState());
		this.postalCode = orEmpty(customer.getPostalCode());
		this.countryRegion = orEmpty(customer.getCountryRegion());
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	public String getVoiceAccountNumber() {
		return this.voiceAccountNumber;
	}

	public void setVoiceAccountNumber(String voiceAccountNumber) {
		this.voiceAccountNumber = voiceAccountNumber;
	}

	public String getSearchTerm() {
		return this.searchTerm;
	}

	public void setSearchTerm(String searchTerm) {
		this.searchTerm = searchTerm;
	}

	public String getOrganisationName() {
		return this.organisationName;
	}

	public void setOrganisationName(String organisationName) {
		this.organisationName = organisationName;
	}

	public String getStreet() {
		return this.street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getState() {
		return this.state;
	}

	public void setState(String state) {
		this.state = state;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCountryRegion() {
		return this.countryRegion;
	}

	public void setCountryRegion(String countryRegion) {
		this.countryRegion = countryRegion;
	}

	public String getAdminName() {
		return this.adminName;
	}

	public void setAdminName(String adminName) {
		this.adminName = adminName;
	}

	public String getAdminSignInId() {
		return this.adminSignInId;
	}

	public void setAdminSignInId(String adminSignInId) {
		this.adminSignInId = adminSignInId;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

}
