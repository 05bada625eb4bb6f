package org.rapidstart.provisioning.subscription;

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

	@Embedded
	private SingleUseLink link;

	private long createdBy;

	protected ActivationInvitation() {
		this.adminName = "";
		this.signInId = "";
		this.contactEmail = "";
		this.link = new SingleUseLink();
	}

	ActivationInvitation(Subscription subscription, String adminName, String signInId, String contactEmail,
			String tokenHash, long createdBy, Instant now, Instant expiresAt) {
		this.subscription = subscription;
		this.adminName = adminName;
		this.signInId = signInId;
		this.contactEmail = contactEmail;
		this.createdBy = createdBy;
		this.link = SingleUseLink.issued(tokenHash, now, expiresAt);
	}

	public LinkState state(Instant now) {
		return this.link.state(now);
	}

	void use(Instant now) {
		this.link.use(now);
	}

	void supersede(Instant now) {
		this.link.supersede(now);
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
		return this.link.getCreatedAt();
	}

	public Instant getExpiresAt() {
		return this.link.getExpiresAt();
	}

}
