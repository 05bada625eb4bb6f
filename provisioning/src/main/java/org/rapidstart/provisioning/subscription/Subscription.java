package org.rapidstart.provisioning.subscription;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.customer.Customer;

/**
 * A customer's sign-up for an online service. The country/region of use, and so the data centre, is fixed when
 * the service is added and never changes.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_seq")
	@SequenceGenerator(name = "subscription_seq", sequenceName = "subscription_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "customer_id")
	private @Nullable Customer customer;

	@Enumerated(EnumType.STRING)
	private OnlineService service;

	private String countryRegion;

	private String dataCentre;

	@Enumerated(EnumType.STRING)
	private SubscriptionStatus status;

	private Instant createdAt;

	private @Nullable Instant invitationSentAt;

	private @Nullable Instant activatedAt;

	@Version
	private long version;

	protected Subscription() {
		this.service = OnlineService.RAPIDSTART;
		this.countryRegion = "";
		this.dataCentre = "";
		this.status = SubscriptionStatus.NOT_ACTIVATED;
		this.createdAt = Instant.EPOCH;
	}

	Subscription(Customer customer, OnlineService service, String countryRegion, String dataCentre, Instant now) {
		this.customer = customer;
		this.service = service;
		this.countryRegion = countryRegion;
		this.dataCentre = dataCentre;
		this.status = SubscriptionStatus.NOT_ACTIVATED;
		this.createdAt = now;
	}

	void invitationSent(Instant now) {
		if (this.status == SubscriptionStatus.ACTIVE || this.status == SubscriptionStatus.INACTIVE) {
			throw new RuleViolation(null, "activation.alreadyActive", getCustomer().getOrganisationName()
					+ " has already activated " + this.service.label() + ".");
		}
		this.status = SubscriptionStatus.INVITATION_SENT;
		this.invitationSentAt = now;
	}

	/**
	 * The Customer administrator used the activation link. A service whose trial already ended stays inactive but
	 * records the activation.
	 */
	void activate(Instant now) {
		this.activatedAt = now;
		if (this.status != SubscriptionStatus.INACTIVE) {
			this.status = SubscriptionStatus.ACTIVE;
		}
	}

	/** The prospect's trial ended without a VOICE account number. */
	public void trialEnded() {
		this.status = SubscriptionStatus.INACTIVE;
	}

	/** Back from INACTIVE to where the service stood before the trial ended. */
	public void reactivated() {
		if (this.status == SubscriptionStatus.INACTIVE) {
			this.status = (this.activatedAt != null) ? SubscriptionStatus.ACTIVE
					: (this.invitationSentAt != null) ? SubscriptionStatus.INVITATION_SENT
							: SubscriptionStatus.NOT_ACTIVATED;
		}
	}

	public long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Subscription not saved yet");
		}
		return this.id;
	}

	public Customer getCustomer() {
		if (this.customer == null) {
			throw new IllegalStateException("subscription without customer");
		}
		return this.customer;
	}

	public OnlineService getService() {
		return this.service;
	}

	public String getCountryRegion() {
		return this.countryRegion;
	}

	public String getDataCentre() {
		return this.dataCentre;
	}

	public SubscriptionStatus getStatus() {
		return this.status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getInvitationSentAt() {
		return this.invitationSentAt;
	}

	public @Nullable Instant getActivatedAt() {
		return this.activatedAt;
	}

}
