package org.rapidstart.provisioning.customeruser;

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

/** "Send Invitation": a single-use, expiring link for a new customer user, stored only as a hash. */
@Entity
@Table(name = "customer_user_invitation")
class CustomerUserInvitation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_user_invitation_seq")
	@SequenceGenerator(name = "customer_user_invitation_seq", sequenceName = "customer_user_invitation_seq",
			allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "customer_user_id")
	private @Nullable CustomerUser user;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	private @Nullable Instant supersededAt;

	protected CustomerUserInvitation() {
		this.tokenHash = "";
		this.createdAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	CustomerUserInvitation(CustomerUser user, String tokenHash, Instant now, Instant expiresAt) {
		this.user = user;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	LinkState state(Instant now) {
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

	CustomerUser getUser() {
		if (this.user == null) {
			throw new IllegalStateException("invitation without user");
		}
		return this.user;
	}

}
