package org.rapidstart.provisioning.partner;

import java.util.List;
import java.util.Optional;

import org.rapidstart.provisioning.account.Account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerUsers extends JpaRepository<PartnerUser, Long> {

	Optional<PartnerUser> findByAccount(Account account);

	@Query("select u from PartnerUser u join fetch u.account where u.account.signInId = :signInId")
	Optional<PartnerUser> findBySignInId(String signInId);

	@Query("select u from PartnerUser u join fetch u.account a where u.partner.id = :partnerId order by a.displayName")
	List<PartnerUser> findByPartnerId(long partnerId);

}
