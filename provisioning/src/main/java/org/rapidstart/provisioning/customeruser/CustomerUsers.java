package org.rapidstart.provisioning.customeruser;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CustomerUsers extends JpaRepository<CustomerUser, Long> {

	/** The one way a customer-side caller loads a user: an id of another tenant finds nothing. */
	Optional<CustomerUser> findByIdAndCustomerId(long id, long customerId);

	@Query("select u from CustomerUser u join fetch u.account a where u.customerId = :customerId order by a.displayName, a.signInId")
	List<CustomerUser> findByCustomerId(long customerId);

	/** An account's membership of one tenant. */
	@Query("select u from CustomerUser u join fetch u.account a where u.customerId = :customerId and a.id = :accountId")
	Optional<CustomerUser> findByCustomerIdAndAccountId(long customerId, long accountId);

	/** The name of the account with that sign-in ID, if it is a user of the tenant. */
	@Query("select a.displayName from CustomerUser u join u.account a where u.customerId = :customerId and a.signInId = :signInId")
	Optional<String> displayNameOf(long customerId, String signInId);

	/** The name of the account, if it is a user of the tenant. */
	@Query("select a.displayName from CustomerUser u join u.account a where u.customerId = :customerId and a.id = :accountId")
	Optional<String> displayNameOfAccount(long customerId, long accountId);

	/** The names of the tenant's users by account. */
	@Query("select new org.rapidstart.provisioning.customeruser.CustomerUsers$AccountName(a.id, a.displayName) "
			+ "from CustomerUser u join u.account a where u.customerId = :customerId")
	List<AccountName> displayNames(long customerId);

	/** An account's display name. */
	record AccountName(long accountId, String displayName) {

	}

	/** Every tenant an account belongs to, oldest membership first. */
	@Query("select u from CustomerUser u join fetch u.account a where a.id = :accountId order by u.createdAt, u.id")
	List<CustomerUser> findAllByAccountId(long accountId);

	@Modifying
	@Query("delete from CustomerUser u where u.customerId = :customerId")
	int deleteByCustomerId(long customerId);

}
