package org.rapidstart.provisioning.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountTokens extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

	List<AccountToken> findByAccountAndPurposeAndUsedAtIsNullAndSupersededAtIsNull(Account account,
			LinkPurpose purpose);

}
