package org.rapidstart.provisioning.customer;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RuleViolation;

/**
 * A customer or prospect a partner enrolled. Without a VOICE account number it is a prospect, whose services run
 * on a trial that ends a fixed number of days after the customer was created.
 */
@Entity
@Table(name = "customer")
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
	@SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
	private @Nullable Long id;

	/** The enrolling partner: the only partner that sees this customer. */
	private long partnerId;

	private @Nullable String voiceAccountNumber;

	private String organisationName;

	private @Nullable String street;

	private @Nullable String city;

	private @Nullable String state;

	private @Nullable String postalCode;

	private @Nullable String countryRegion;

	private @Nullable String adminName;

	private @Nullable String adminSignInId;

	private String contactEmail;

	private Instant createdAt;

	private long createdBy;

	/** When the trial ended and the services became inactive; null while active or once reactivated. */
	private @Nullable Instant inactivatedAt;

	/** When the tenant's data was purged for good; the row stays so the partner sees the customer as deleted. */
	private @Nullable Instant purgedAt;

	@Version
	private long version;

	protected Customer() {
		this.organisationName = "";
		this.contactEmail = "";
		this.createdAt = Instant.EPOCH;
	}

	Customer(long partnerId, NewCustomer details, long createdBy, Instant now) {
		this.partnerId = partnerId;
		this.voiceAccountNumber = details.voiceAccountNumber();
		this.organisationName = details.organisationName();
		this.street = details.street();
		this.city = details.city();
		this.state = details.state();
		this.postalCode = details.postalCode();
		this.countryRegion = details.countryRegion();
		this.adminName = details.adminName();
		this.adminSignInId = details.adminSignInId();
		this.contactEmail = details.contactEmail();
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** Turns a prospect into a customer: its services stop being trials. */
	void addVoiceAccountNumber(String accountNumber) {
		if (this.purgedAt != null) {
			throw new RuleViolation("voiceAccountNumber", "customer.purged", "The data of " + this.organisationName
					+ " was deleted after its trial ended; it cannot be reactivated. Create the customer again.");
		}
		if (this.voiceAccountNumber != null) {
			throw new RuleViolation("voiceAccountNumber", "customer.hasVoiceNumber",
					this.organisationName + " already has the VOICE account number " + this.voiceAccountNumber + ".");
		}
		this.voiceAccountNumber = accountNumber;
	}

	public void designateAdministrator(String name, String signInId, String contactEmail) {
		this.adminName = name;
		this.adminSignInId = signInId;
		this.contactEmail = contactEmail;
	}

	/** The trial ended: services are inactive, data is kept for the retention period (see the lifecycle job). */
	public void trialEnded(Instant now) {
		if (this.inactivatedAt == null && this.purgedAt == null) {
			this.inactivatedAt = now;
		}
	}

	/** A VOICE account number arrived in time: active again, with all data intact. */
	public void reactivated() {
		this.inactivatedAt = null;
	}

	/** The tenant's data is gone for good; only this flagged row remains. */
	public void purged(Instant now) {
		this.purgedAt = now;
		this.adminName = null;
		this.adminSignInId = null;
	}

	public @Nullable Instant getInactivatedAt() {
		return this.inactivatedAt;
	}

	public @Nullable Instant getPurgedAt() {
		return this.purgedAt;
	}

	public boolean isPurged() {
		return this.purgedAt != null;
	}

	public boolean isProspect() {
		return this.voiceAccountNumber == null;
	}

	/** When a prospect's trial ends; null for a customer with a VOICE account number. */
	public @Nullable Instant trialEndsAt(int trialDays) {
		return isProspect() ? this.createdAt.plus(Duration.ofDays(trialDays)) : null;
	}

	/**
	 * When a prospect's data is purged unless a VOICE account number arrives first: the retention period after the
	 * trial's end; null for a customer with a VOICE account number.
	 */
	public @Nullable Instant purgeDueAt(int trialDays, int retentionDays) {
		Instant trialEnd = trialEndsAt(trialDays);
		return (trialEnd != null) ? trialEnd.plus(Duration.ofDays(retentionDays)) : null;
	}

	public long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Customer not saved yet");
		}
		return this.id;
	}

	public long getPartnerId() {
		return this.partnerId;
	}

	public @Nullable String getVoiceAccountNumber() {
		return this.voiceAccountNumber;
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

	public @Nullable String getAdminName() {
		return this.adminName;
	}

	public @Nullable String getAdminSignInId() {
		return this.adminSignInId;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
