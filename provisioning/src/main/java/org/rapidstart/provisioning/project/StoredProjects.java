package org.rapidstart.provisioning.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredProjects extends JpaRepository<Project, Long> {

	/**
	 * The one way a project is loaded for a customer: another tenant's id finds nothing. By its id, so that the
	 * several checks of one transaction (may see, may answer, area open ...) read it from the database once: the
	 * persistence context keeps it, where a query by id and tenant went to the database each time.
	 */
	default Optional<Project> findByIdAndCustomerId(long id, long customerId) {
		return findById(id).filter(p -> p.getCustomerId() == customerId);
	}

	@Query("select p from Project p where p.customerId = :customerId and p.archivedAt is null order by lower(p.name)")
	List<Project> findActive(long customerId);

	@Query("select p from Project p where p.customerId = :customerId and p.archivedAt is not null order by p.archivedAt desc")
	List<Project> findArchived(long customerId);

	@Query("select count(p) > 0 from Project p where p.customerId = :customerId and lower(p.name) = lower(:name) and p.archivedAt is null")
	boolean nameInUse(long customerId, String name);

	@Modifying
	@Query("delete from Project p where p.customerId = :customerId")
	int deleteByCustomerId(long customerId);

}
