package org.rapidstart.provisioning.customeruser;

import java.time.Instant;

import jakarta.persistence.Embedded;
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
import org.rapidstart.provisioning.account.SingleUseLink;

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

	@Embedded
	private SingleUseLink link;

	protected CustomerUserInvitation() {
		this.link = new SingleUseLink();
	}

	CustomerUserInvitation(CustomerUser user, String tokenHash, Instant now, Instant expiresAt) {
		this.user = user;
		this.link = SingleUseLink.issued(tokenHash, now, expiresAt);
	}

	LinkState state(Instant now) {
		return this.link.state(now);
	}

	void use(Instant now) {
		this.link.use(now);
	}

	void supersede(Instant now) {
		this.link.supersede(now);
	}

	CustomerUser getUser() {
		if (this.user == null) {
			throw new IllegalStateException("invitation without user");
		}
		return this.user;
	}

}
