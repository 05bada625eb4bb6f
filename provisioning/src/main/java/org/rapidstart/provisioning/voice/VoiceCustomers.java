package org.rapidstart.provisioning.voice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VoiceCustomers extends JpaRepository<VoiceCustomer, String> {

	Optional<VoiceCustomer> findByAccountNumberIgnoreCaseAndPartnerId(String accountNumber, String partnerId);

	/** Customers of one partner whose name contains the term, without regard to case. */
	@Query("""
			select c from VoiceCustomer c
			where c.partnerId = :partnerId
			  and lower(c.organisationName) like lower(concat('%', :term, '%')) escape '\\'
			order by c.organisationName""")
	List<VoiceCustomer> searchByName(String partnerId, String term);

}
