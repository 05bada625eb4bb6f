package org.rapidstart.provisioning.customeruser;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.account.Account;
import org.rapidstart.provisioning.customer.Customers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a customer user is right now: what the Customer Portal's sign-in needs, and the actor every request acts
 * as, read fresh so that a deactivated user or a changed role takes effect at once.
 */
@Service
public class CustomerAccess {

	private final CustomerUsers users;

	private final Customers customers;

	CustomerAccess(CustomerUsers users, Customers customers) {
		this.users = users;
		this.customers = customers;
	}

	@Transactional(readOnly = true)
	public Optional<SignInProfile> signInProfile(String signInId) {
		return this.users.findBySignInId(Account.normalise(signInId)).flatMap(u -> this.customers
			.findById(u.getCustomerId())
			.map(c -> new SignInProfile(u.getAccount().getId(), u.getAccount().getSignInId(),
					u.getAccount().getDisplayName(), u.getAccount().getPasswordHash(), u.canSignIn(), c.getId(),
					c.getOrganisationName(), u.getRoles())));
	}

	/** The actor for a signed-in account, if it may still use the Customer Portal. */
	@Transactional(readOnly = true)
	public Optional<CustomerActor> actor(long accountId) {
		return this.users.findByAccountId(accountId)
			.filter(CustomerUser::canSignIn)
			.filter(u -> this.customers.existsById(u.getCustomerId()))
			.map(u -> new CustomerActor(accountId, u.getAccount().getSignInId(), u.getCustomerId(), u.getRoles()));
	}

	/**
	 * Everything the Customer Portal's sign-in needs.
	 */
	public record SignInProfile(long accountId, String signInId, String displayName, @Nullable String passwordHash,
			boolean enabled, long customerId, String organisationName, Set<CustomerRole> roles) {

	}

}
