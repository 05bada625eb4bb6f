package org.rapidstart.provisioning.account;

import java.time.Instant;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * The rules every e-mailed link shares: it is stored only as the SHA-256 of its token, works once, expires, and
 * stops working when a newer link replaces it. Embedded by each kind of link (columns {@code token_hash},
 * {@code created_at}, {@code expires_at}, {@code used_at}, {@code superseded_at}).
 */
@Embeddable
public class SingleUseLink {

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	private @Nullable Instant supersededAt;

	/** For JPA, and for an entity's own no-argument constructor. */
	public SingleUseLink() {
		this.tokenHash = "";
		this.createdAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	private SingleUseLink(String tokenHash, Instant createdAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public static SingleUseLink issued(String tokenHash, Instant now, Instant expiresAt) {
		return new SingleUseLink(tokenHash, now, expiresAt);
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

	/** Uses the link, or refuses it saying why ({@link LinkState#requireValid()}). */
	public void use(Instant now) {
		state(now).requireValid();
		this.usedAt = now;
	}

	/** A newer link replaced this one; a used link stays used. */
	public void supersede(Instant now) {
		if (this.usedAt == null && this.supersededAt == null) {
			this.supersededAt = now;
		}
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

}
