package org.rapidstart.provisioning.account;

import java.time.Instant;

import jakarta.persistence.Embedded;
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

import org.jspecify.annotations.Nullable;

/** A single-use, expiring link that lets a person set the password of an account. */
@Entity
@Table(name = "account_token")
class AccountToken {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
	@SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id")
	private @Nullable Account account;

	@Enumerated(EnumType.STRING)
	private LinkPurpose purpose;

	@Embedded
	private SingleUseLink link;

	protected AccountToken() {
		this.purpose = LinkPurpose.PARTNER_REGISTRATION;
		this.link = new SingleUseLink();
	}

	AccountToken(Account account, LinkPurpose purpose, String tokenHash, Instant now, Instant expiresAt) {
		this.account = account;
		this.purpose = purpose;
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

	Account getAccount() {
		if (this.account == null) {
			throw new IllegalStateException("token without account");
		}
		return this.account;
	}

	LinkPurpose getPurpose() {
		return this.purpose;
	}

}
