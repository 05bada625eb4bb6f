package org.rapidstart.provisioning.template;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionnaireTemplates extends JpaRepository<QuestionnaireTemplate, Long> {

	/** The one way a tenant loads a template: another tenant's id finds nothing. */
	Optional<QuestionnaireTemplate> findByIdAndCustomerId(long id, long customerId);

	List<QuestionnaireTemplate> findByCustomerIdOrderByNameAsc(long customerId);

	List<QuestionnaireTemplate> findByCustomerIdAndPublishedTrueOrderByNameAsc(long customerId);

	boolean existsByCustomerIdAndNameIgnoreCase(long customerId, String name);

}
