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
import org.rapidstart.provisioning.preference.Preferences;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a customer user is right now: what the Customer Portal's sign-in needs (the account and the organizations it
 * may work in), and the actor every request acts as, in the organization chosen at sign-in, read fresh so that a
 * deactivated user or a changed role takes effect at once.
 */
@Service
public class CustomerAccess {

	/**
	 * Everything a request needs about its signed-in user, in one statement: the membership as it is now (a purged
	 * tenant, a deactivated or not yet activated user, a disabled account: no actor), whether the organization's
	 * service is inactive, and the person's and the organization's preferences. The organization's facts are read
	 * only through the account's membership of it: nothing of an organization the account does not belong to.
	 */
	private static final String STANDING = """
			SELECT a.sign_in_id, cu.roles,
			       (cu.active AND cu.activated_at IS NOT NULL AND a.enabled AND c.purged_at IS NULL) AS may_act,
			       EXISTS (SELECT 1 FROM subscription s WHERE s.customer_id = cu.customer_id AND s.status = 'INACTIVE')
			         AS service_inactive,
			       ap.language, ap.time_zone, ap.date_format,
			       cp.language, cp.time_zone, cp.date_format
			FROM account a
			LEFT JOIN customer_user cu ON cu.account_id = a.id AND cu.customer_id = :customer
			LEFT JOIN customer c ON c.id = cu.customer_id
			LEFT JOIN account_preference ap ON ap.account_id = a.id
			LEFT JOIN customer_preference cp ON cp.customer_id = cu.customer_id
			WHERE a.id = :account
			""";

	private final CustomerUsers users;

	private final Customers customers;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	CustomerAccess(CustomerUsers users, Customers customers, Accounts accounts, JdbcClient jdbc) {
		this.users = users;
		this.customers = customers;
		this.accounts = accounts;
		this.jdbc = jdbc;
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
	public Optional<CustomerActor> actor(long accountId, long customerId) {
		return Optional.ofNullable(standing(accountId, customerId).actor());
	}

	/**
	 * A signed-in account's standing right now, in the organization it works in (none yet: {@code null}), read with
	 * one statement outside any transaction: what a Customer Portal request reads once and shares. Nothing of it is
	 * cached, so a changed role, a deactivation, an inactive service or a new preference counts from the next
	 * request on, on every portal instance.
	 */
	public Standing standing(long accountId, @Nullable Long customerId) {
		return this.jdbc.sql(STANDING)
			.param("account", accountId)
			.param("customer", (customerId != null) ? customerId : -1L)
			.query((rs, n) -> {
				String roles = rs.getString(2);
				boolean mayAct = customerId != null && roles != null && rs.getBoolean(3);
				return new Standing(
						mayAct ? new CustomerActor(accountId, rs.getString(1), customerId, CustomerRole.parse(roles))
								: null,
						customerId != null && rs.getBoolean(4),
						Preferences.stored(rs.getString(5), rs.getString(6), rs.getString(7)),
						Preferences.stored(rs.getString(8), rs.getString(9), rs.getString(10)));
			})
			.optional()
			.orElse(Standing.NONE);
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
	 * A signed-in account's standing in the organization it works in, as one request sees it.
	 * @param actor who the request acts as; {@code null} when the account may no longer work there (or chose no
	 * organization yet)
	 * @param serviceInactive whether the organization's service is inactive (its trial ended)
	 * @param own the person's own preferences
	 * @param organisation the organization's defaults ({@link Preferences#NONE} before one is chosen)
	 */
	public record Standing(@Nullable CustomerActor actor, boolean serviceInactive, Preferences own,
			Preferences organisation) {

		/** An account that no longer exists: nothing allowed, nothing chosen. */
		public static final Standing NONE = new Standing(null, false, Preferences.NONE, Preferences.NONE);

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
