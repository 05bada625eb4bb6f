package org.rapidstart.provisioning.customeruser;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerUserInvitations extends JpaRepository<CustomerUserInvitation, Long> {

	@Query("select i from CustomerUserInvitation i where i.link.tokenHash = :tokenHash")
	Optional<CustomerUserInvitation> findByTokenHash(String tokenHash);

	@Query("select i from CustomerUserInvitation i where i.user = :user and i.link.usedAt is null and i.link.supersededAt is null")
	List<CustomerUserInvitation> findByUserAndUsedAtIsNullAndSupersededAtIsNull(CustomerUser user);

}
