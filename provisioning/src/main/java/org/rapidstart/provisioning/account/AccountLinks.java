package org.rapidstart.provisioning.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RapidStartProperties;
import org.rapidstart.provisioning.SecureTokens;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and redeems the e-mailed links that let a person set a password. A new link for the same account and
 * purpose supersedes the earlier ones; links are single-use and expire.
 */
@Service
public class AccountLinks {

	private final AccountTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final RapidStartProperties properties;

	AccountLinks(AccountTokens tokens, PasswordEncoder passwordEncoder, Clock clock,
			RapidStartProperties properties) {
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.properties = properties;
	}

	/** Returns the raw token for the e-mail; only its hash is stored. */
	@Transactional(propagation = Propagation.MANDATORY)
	public String issue(Account account, LinkPurpose purpose) {
		Instant now = this.clock.instant();
		supersede(account, purpose);
		String token = SecureTokens.newToken();
		this.tokens.save(new AccountToken(account, purpose, SecureTokens.hash(token), now,
				now.plus(this.properties.accountLinkValidity())));
		return token;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void supersede(Account account, LinkPurpose purpose) {
		Instant now = this.clock.instant();
		this.tokens.findByAccountAndPurposeAndUsedAtIsNullAndSupersededAtIsNull(account, purpose)
			.forEach(t -> t.supersede(now));
	}

	/** What a link is for and whether it still works, without using it. */
	@Transactional(readOnly = true)
	public LinkView inspect(String token) {
		Optional<AccountToken> found = this.tokens.findByTokenHash(SecureTokens.hash(token));
		if (found.isEmpty()) {
			return new LinkView(LinkState.UNKNOWN, null, null, null);
		}
		AccountToken link = found.get();
		return new LinkView(link.state(this.clock.instant()), link.getPurpose(), link.getAccount().getSignInId(),
				link.getAccount().getDisplayName());
	}

	/** Uses the link: checks the password rules, sets the password and enables the account. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Account redeem(String token, String password, String confirmation) {
		AccountToken link = this.tokens.findByTokenHash(SecureTokens.hash(token))
			.orElseThrow(LinkState.UNKNOWN::refusal);
		Instant now = this.clock.instant();
		link.state(now).requireValid();
		Account account = link.getAccount();
		PasswordPolicy.check(password, confirmation, account.getSignInId());
		account.setPassword(this.passwordEncoder.encode(password));
		link.use(now);
		return account;
	}

	/**
	 * A link as its page shows it.
	 */
	public record LinkView(LinkState state, @Nullable LinkPurpose purpose,
			@Nullable String signInId,
			@Nullable String displayName) {

	}

}
