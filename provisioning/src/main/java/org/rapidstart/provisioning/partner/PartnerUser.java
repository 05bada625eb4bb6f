package org.rapidstart.provisioning.partner;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.account.Account;

/** A person's membership of a partner (administrator or user), or of the operator's Support team. */
@Entity
@Table(name = "partner_user")
public class PartnerUser {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_user_seq")
	@SequenceGenerator(name = "partner_user_seq", sequenceName = "partner_user_seq", allocationSize = 50)
	private @Nullable Long id;

	@OneToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "account_id")
	private @Nullable Account account;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "partner_id")
	private @Nullable Partner partner;

	@Enumerated(EnumType.STRING)
	private PartnerRole role;

	private Instant createdAt;

	protected PartnerUser() {
		this.role = PartnerRole.PARTNER_USER;
		this.createdAt = Instant.EPOCH;
	}

	PartnerUser(Account account, @Nullable Partner partner, PartnerRole role, Instant now) {
		if ((role == PartnerRole.SUPPORT) != (partner == null)) {
			throw new IllegalArgumentException("Support users belong to no partner; partner users to one");
		}
		this.account = account;
		this.partner = partner;
		this.role = role;
		this.createdAt = now;
	}

	public Account getAccount() {
		if (this.account == null) {
			throw new IllegalStateException("membership without account");
		}
		return this.account;
	}

	public @Nullable Partner getPartner() {
		return this.partner;
	}

	public PartnerRole getRole() {
		return this.role;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
