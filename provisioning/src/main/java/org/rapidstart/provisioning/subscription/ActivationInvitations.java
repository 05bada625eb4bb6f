package org.rapidstart.provisioning.subscription;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivationInvitations extends JpaRepository<ActivationInvitation, Long> {

	Optional<ActivationInvitation> findByTokenHash(String tokenHash);

	List<ActivationInvitation> findBySubscriptionAndUsedAtIsNullAndSupersededAtIsNull(Subscription subscription);

	List<ActivationInvitation> findBySubscriptionOrderByCreatedAtDesc(Subscription subscription);

}
