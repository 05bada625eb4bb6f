package org.rapidstart.provisioning.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks and sets passwords outside the e-mailed set-your-password links: a Customer administrator who creates the
 * designated account on the activation page, and a person who proves an existing account with its password.
 */
@Component
public class AccountPasswords {

	private final PasswordEncoder passwordEncoder;

	AccountPasswords(PasswordEncoder passwordEncoder) {
		this.passwordEncoder = passwordEncoder;
	}

	/** Sets the first password of an account that has none yet, after the password rules. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void setFirstPassword(Account account, String password, String confirmation) {
		if (account.hasPassword()) {
			throw new IllegalStateException("account already has a password");
		}
		PasswordPolicy.check(password, confirmation, account.getSignInId());
		account.setPassword(this.passwordEncoder.encode(password));
	}

	/** Whether the password is the account's; false for an account without a password or not enabled. */
	public boolean matches(Account account, String password) {
		String hash = account.getPasswordHash();
		return account.isEnabled() && hash != null && this.passwordEncoder.matches(password, hash);
	}

}
