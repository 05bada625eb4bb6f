package org.rapidstart.provisioning.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountTokens extends JpaRepository<AccountToken, Long> {

	@Query("select t from AccountToken t where t.link.tokenHash = :tokenHash")
	Optional<AccountToken> findByTokenHash(String tokenHash);

	@Query("select t from AccountToken t where t.account = :account and t.purpose = :purpose and t.link.usedAt is null and t.link.supersededAt is null")
	List<AccountToken> findByAccountAndPurposeAndUsedAtIsNullAndSupersededAtIsNull(Account account,
			LinkPurpose purpose);

}
