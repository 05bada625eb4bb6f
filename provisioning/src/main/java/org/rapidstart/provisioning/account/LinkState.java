package org.rapidstart.provisioning.account;

import java.util.Locale;

import org.rapidstart.provisioning.RuleViolation;

/** Where an e-mailed link stands; only {@link #VALID} links can be used. */
public enum LinkState {

	VALID, USED, EXPIRED, SUPERSEDED, UNKNOWN;

	/**
	 * Refuses every state but {@link #VALID}, saying why (codes {@code link.used}, {@code link.expired},
	 * {@code link.superseded}, {@code link.unknown}): the one wording of every kind of e-mailed link.
	 */
	public void requireValid() {
		if (this != VALID) {
			throw refusal();
		}
	}

	/** Why a link in this state cannot be used. */
	public RuleViolation refusal() {
		String message = switch (this) {
			case USED -> "This link has already been used. Sign in instead.";
			case EXPIRED -> "This link has expired. Ask for a new one.";
			case SUPERSEDED -> "A newer link was sent; use the link in the latest e-mail.";
			case UNKNOWN -> "This link is not valid.";
			case VALID -> throw new IllegalStateException("a valid link is not refused");
		};
		return new RuleViolation(null, "link." + name().toLowerCase(Locale.ROOT), message);
	}

}
