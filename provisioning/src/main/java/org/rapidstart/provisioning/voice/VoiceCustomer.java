package org.rapidstart.provisioning.voice;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A customer account in the VOICE licensing directory, with its partner of record. */
@Entity
@Table(name = "voice_customer")
public class VoiceCustomer {

	@Id
	private String accountNumber;

	private String organisationName;

	private @Nullable String street;

	private @Nullable String city;

	private @Nullable String state;

	private @Nullable String postalCode;

	private @Nullable String countryRegion;

	/** VOICE partner ID of the partner of record. */
	private String partnerId;

	protected VoiceCustomer() {
		this.accountNumber = "";
		this.organisationName = "";
		this.partnerId = "";
	}

	public VoiceCustomer(String accountNumber, String organisationName, @Nullable String street,
			@Nullable String city, @Nullable String state, @Nullable String postalCode,
			@Nullable String countryRegion, String partnerId) {
		this.accountNumber = accountNumber;
		update(organisationName, street, city, state, postalCode, countryRegion, partnerId);
	}

	void update(String organisationName, @Nullable String street, @Nullable String city, @Nullable String state,
			@Nullable String postalCode, @Nullable String countryRegion, String partnerId) {
		this.organisationName = organisationName;
		this.street = street;
		this.city = city;
		this.state = state;
		this.postalCode = postalCode;
		this.countryRegion = countryRegion;
		this.partnerId = partnerId;
	}

	public String getAccountNumber() {
		return this.accountNumber;
	}

	public String getOrganisationName() {
		return this.organisationName;
	}

	public @Nullable String getStreet() {
		return this.street;
	}

	public @Nullable String getCity() {
		return this.city;
	}

	public @Nullable String getState() {
		return this.state;
	}

	public @Nullable String getPostalCode() {
		return this.postalCode;
	}

	public @Nullable String getCountryRegion() {
		return this.countryRegion;
	}

	public String getPartnerId() {
		return this.partnerId;
	}

}
