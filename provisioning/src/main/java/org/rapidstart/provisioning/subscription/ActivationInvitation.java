package org.rapidstart.provisioning.subscription;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.account.LinkState;

/**
 * The activation e-mail's link for a Customer administrator: single-use, expiring, stored only as a hash, and
 * superseded when the partner sends activation again.
 */
@Entity
@Table(name = "activation_invitation")
public class ActivationInvitation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activation_invitation_seq")
	@SequenceGenerator(name = "activation_invitation_seq", sequenceName = "activation_invitation_seq",
			allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "subscription_id")
	private @Nullable Subscription subscription;

	private String adminName;

	private String signInId;

	private String contactEmail;

	private String tokenHash;

	private Instant createdAt;

	private long createdBy;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	private @Nullable Instant supersededAt;

	protected ActivationInvitation() {
		this.adminName = "";
		this.signInId = "";
		this.contactEmail = "";
		this.tokenHash = "";
		this.createdAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	ActivationInvitation(Subscription subscription, String adminName, String signInId, String contactEmail,
			String tokenHash, long createdBy, Instant now, Instant expiresAt) {
		this.subscription = subscription;
		this.adminName = adminName;
		this.signInId = signInId;
		this.contactEmail = contactEmail;
		this.tokenHash = tokenHash;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	public LinkState state(Instant now) {
		if (this.usedAt != null) {
			return LinkState.USED;
		}
		if (this.supersededAt != null) {
			return LinkState.SUPERSEDED;
		}
		return now.isBefore(this.expiresAt) ? LinkState.VALID : LinkState.EXPIRED;
	}

	void use(Instant now) {
		if (state(now) != LinkState.VALID) {
			throw new IllegalStateException("invitation is " + state(now));
		}
		this.usedAt = now;
	}

	void supersede(Instant now) {
		if (this.usedAt == null && this.supersededAt == null) {
			this.supersededAt = now;
		}
	}

	public Subscription getSubscription() {
		if (this.subscription == null) {
			throw new IllegalStateException("invitation without subscription");
		}
		return this.subscription;
	}

	public String getAdminName() {
		return this.adminName;
	}

	public String getSignInId() {
		return this.signInId;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

}
