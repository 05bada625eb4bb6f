package org.rapidstart.provisioning.subscription;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivationInvitations extends JpaRepository<ActivationInvitation, Long> {

	@Query("select i from ActivationInvitation i where i.link.tokenHash = :tokenHash")
	Optional<ActivationInvitation> findByTokenHash(String tokenHash);

	@Query("select i from ActivationInvitation i where i.subscription = :subscription and i.link.usedAt is null and i.link.supersededAt is null")
	List<ActivationInvitation> findBySubscriptionAndUsedAtIsNullAndSupersededAtIsNull(Subscription subscription);

}
