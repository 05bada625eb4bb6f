package org.rapidstart.provisioning.template;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuestionnaireTemplates extends JpaRepository<QuestionnaireTemplate, Long> {

	/** The one way a tenant loads a template: another tenant's id finds nothing. */
	Optional<QuestionnaireTemplate> findByIdAndCustomerId(long id, long customerId);

	List<QuestionnaireTemplate> findByCustomerIdOrderByNameAsc(long customerId);

	List<QuestionnaireTemplate> findByCustomerIdAndPublishedTrueOrderByNameAsc(long customerId);

	Optional<QuestionnaireTemplate> findByCustomerIdAndNameIgnoreCase(long customerId, String name);

	@Modifying
	@Query("delete from QuestionnaireTemplate t where t.customerId = :customerId")
	int deleteByCustomerId(long customerId);

}
