package org.rapidstart.provisioning.subscription;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Subscriptions extends JpaRepository<Subscription, Long> {

	@Query("select s from Subscription s where s.id = :id and s.customer.partnerId = :partnerId")
	Optional<Subscription> findByIdAndPartnerId(long id, long partnerId);

	@Query("select s from Subscription s join fetch s.customer c where c.partnerId = :partnerId "
			+ "order by c.organisationName, s.service")
	List<Subscription> findByPartnerId(long partnerId);

	@Query("select s from Subscription s where s.customer.id = :customerId order by s.service")
	List<Subscription> findByCustomerId(long customerId);

	@Query("select count(s) > 0 from Subscription s where s.customer.id = :customerId and s.service = :service")
	boolean existsFor(long customerId, OnlineService service);

}
