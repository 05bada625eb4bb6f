package org.rapidstart.provisioning.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A person's sign-in: the sign-in ID is an e-mail address (our stand-in for the Microsoft account). An account
 * exists before its password does: it is enabled when the person sets one through an e-mailed link.
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
	@SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
	private @Nullable Long id;

	private String signInId;

	private String displayName;

	private @Nullable String passwordHash;

	private boolean enabled;

	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
		this.signInId = "";
		this.displayName = "";
		this.createdAt = Instant.EPOCH;
	}

	public Account(String signInId, String displayName, Instant now) {
		this.signInId = normalise(signInId);
		this.displayName = displayName.trim();
		this.createdAt = now;
	}

	/** Sign-in IDs compare without regard to case or surrounding blanks. */
	public static String normalise(String signInId) {
		return signInId.trim().toLowerCase(Locale.ROOT);
	}

	public void rename(String displayName) {
		this.displayName = displayName.trim();
	}

	void setPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.enabled = true;
	}

	public long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Account not saved yet");
		}
		return this.id;
	}

	public String getSignInId() {
		return this.signInId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public @Nullable String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean hasPassword() {
		return this.passwordHash != null;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
