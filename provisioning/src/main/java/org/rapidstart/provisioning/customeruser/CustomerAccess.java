package org.rapidstart.provisioning.customeruser;

import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.account.Account;
import org.rapidstart.provisioning.account.Accounts;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.Customers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a customer user is right now: what the Customer Portal's sign-in needs (the account and the organizations it
 * may work in), and the actor every request acts as, in the organization chosen at sign-in, read fresh so that a
 * deactivated user or a changed role takes effect at once.
 */
@Service
public class CustomerAccess {

	private final CustomerUsers users;

	private final Customers customers;

	private final Accounts accounts;

	CustomerAccess(CustomerUsers users, Customers customers, Accounts accounts) {
		this.users = users;
		this.customers = customers;
		this.accounts = accounts;
	}

	/** The account behind a sign-in ID, if it is a user in at least one organization (usable or not). */
	@Transactional(readOnly = true)
	public Optional<SignInProfile> signInProfile(String signInId) {
		return this.accounts.findBySignIn(signInId).flatMap(account -> {
			List<CustomerUser> all = this.users.findAllByAccountId(account.getId());
			if (all.isEmpty()) {
				return Optional.empty();
			}
			List<Membership> usable = memberships(all);
			return Optional.of(new SignInProfile(account.getId(), account.getSignInId(), account.getDisplayName(),
					account.getPasswordHash(), !usable.isEmpty(), usable));
		});
	}

	/** The organizations an account may work in now, by name. */
	@Transactional(readOnly = true)
	public List<Membership> memberships(long accountId) {
		return memberships(this.users.findAllByAccountId(accountId));
	}

	/** The actor for a signed-in account in the organization it chose, if it may still work there. */
	@Transactional(readOnly = true)
	public Optional<CustomerActor> actor(long accountId, long customerId) {
		return this.users.findInLiveTenant(customerId, accountId)
			.filter(CustomerUser::canSignIn)
			.map(u -> new CustomerActor(accountId, u.getAccount().getSignInId(), customerId, u.getRoles()));
	}

	/**
	 * The actor for an account that works in exactly one organization (links, tests); empty when it has none or
	 * several, where the organization must be chosen: {@link #actor(long, long)}.
	 */
	@Transactional(readOnly = true)
	public Optional<CustomerActor> actor(long accountId) {
		List<Membership> memberships = memberships(accountId);
		return (memberships.size() == 1) ? actor(accountId, memberships.get(0).customerId()) : Optional.empty();
	}

	private List<Membership> memberships(List<CustomerUser> users) {
		List<CustomerUser> usable = users.stream().filter(CustomerUser::canSignIn).toList();
		Map<Long, Customer> live = this.customers.findAllById(usable.stream().map(CustomerUser::getCustomerId).toList())
			.stream()
			.filter(c -> !c.isPurged())
			.collect(Collectors.toMap(Customer::getId, Function.identity()));
		return usable.stream()
			.filter(u -> live.containsKey(u.getCustomerId()))
			.map(u -> {
				Customer c = live.get(u.getCustomerId());
				return new Membership(c.getId(), c.getOrganisationName(), u.getRoles());
			})
			.sorted(Comparator.comparing(Membership::organisationName, String.CASE_INSENSITIVE_ORDER)
				.thenComparingLong(Membership::customerId))
			.toList();
	}

	/**
	 * Everything the Customer Portal's sign-in needs: the account, whether it may sign in at all (a usable
	 * membership somewhere), and the organizations it may work in.
	 */
	public record SignInProfile(long accountId, String signInId, String displayName, @Nullable String passwordHash,
			boolean enabled, List<Membership> memberships) {

		public SignInProfile {
			memberships = List.copyOf(memberships);
		}

	}

	/**
	 * One organization an account may work in, with its roles there. Serializable: the portal keeps the list in
	 * the signed-in user's (JDBC) session for its organization switcher.
	 */
	public record Membership(long customerId, String organisationName, Set<CustomerRole> roles)
			implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

		public Membership {
			roles = Set.copyOf(roles);
		}

	}

}
