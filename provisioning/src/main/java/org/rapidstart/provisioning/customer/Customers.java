package org.rapidstart.provisioning.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Customers extends JpaRepository<Customer, Long> {

	/** The one way a partner-side caller loads a customer: a foreign id finds nothing. */
	Optional<Customer> findByIdAndPartnerId(long id, long partnerId);

	List<Customer> findByPartnerIdOrderByOrganisationName(long partnerId);

	boolean existsByVoiceAccountNumber(String voiceAccountNumber);

}
