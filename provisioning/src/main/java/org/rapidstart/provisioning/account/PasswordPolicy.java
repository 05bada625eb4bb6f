package org.rapidstart.provisioning.account;

import java.util.Locale;

import org.rapidstart.provisioning.RuleViolation;

/** What a new password must be: long enough, and not the sign-in ID. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	public static void check(String password, String confirmation, String signInId) {
		if (password.length() < MIN_LENGTH) {
			throw new RuleViolation("password", "password.tooShort",
					"Use at least " + MIN_LENGTH + " characters for your password.");
		}
		if (password.length() > 128) {
			throw new RuleViolation("password", "password.tooLong", "Use at most 128 characters for your password.");
		}
		if (password.toLowerCase(Locale.ROOT).contains(Account.normalise(signInId))) {
			throw new RuleViolation("password", "password.containsSignIn",
					"Your password must not contain your sign-in ID.");
		}
		if (!password.equals(confirmation)) {
			throw new RuleViolation("confirmPassword", "password.mismatch", "The two passwords do not match.");
		}
	}

}
