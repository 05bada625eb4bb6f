package org.rapidstart.provisioning.customeruser;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerUserInvitations extends JpaRepository<CustomerUserInvitation, Long> {

	Optional<CustomerUserInvitation> findByTokenHash(String tokenHash);

	List<CustomerUserInvitation> findByUserAndUsedAtIsNullAndSupersededAtIsNull(CustomerUser user);

}
