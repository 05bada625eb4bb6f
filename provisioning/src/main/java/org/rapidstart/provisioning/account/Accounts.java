package org.rapidstart.provisioning.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Accounts extends JpaRepository<Account, Long> {

	Optional<Account> findBySignInId(String normalisedSignInId);

	default Optional<Account> findBySignIn(String signInId) {
		return findBySignInId(Account.normalise(signInId));
	}

}
