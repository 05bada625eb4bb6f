package org.rapidstart.provisioning.customeruser;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.SecureTokens;
import org.rapidstart.provisioning.account.Account;
import org.rapidstart.provisioning.account.AccountPasswords;
import org.rapidstart.provisioning.account.Accounts;
import org.rapidstart.provisioning.account.LinkState;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.Customers;
import org.rapidstart.provisioning.partner.PartnerUsers;
import org.rapidstart.provisioning.subscription.ServiceActivation;
import org.rapidstart.provisioning.subscription.ServiceActivation.ActivationLink;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redeems the activation link (the Customer administrator) and the invitation link (a new customer user). The
 * person either signs in with the account the link is for, or creates that account; proving any other account is
 * refused with {@link WrongAccountException}.
 */
@Service
public class CustomerLinks {

	private final ServiceActivation activations;

	private final CustomerUserInvitations invitations;

	private final CustomerUsers users;

	private final Customers customers;

	private final Accounts accounts;

	private final AccountPasswords passwords;

	private final PartnerUsers partnerUsers;

	private final AuditLog audit;

	private final Clock clock;

	CustomerLinks(ServiceActivation activations, CustomerUserInvitations invitations, CustomerUsers users,
			Customers customers, Accounts accounts, AccountPasswords passwords, PartnerUsers partnerUsers,
			AuditLog audit, Clock clock) {
		this.activations = activations;
		this.invitations = invitations;
		this.users = users;
		this.customers = customers;
		this.accounts = accounts;
		this.passwords = passwords;
		this.partnerUsers = partnerUsers;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the link is for and whether it still works, without using it. */
	@Transactional(readOnly = true)
	public LinkView inspect(LinkKind kind, String token) {
		return find(kind, token).orElseGet(() -> new LinkView(LinkState.UNKNOWN, "", "", "", false, 0));
	}

	/** The person signs in with an existing account; it must be the one the link is for. */
	@Transactional(noRollbackFor = WrongAccountException.class)
	public Account redeemBySignIn(LinkKind kind, String token, String signInId, String password) {
		LinkView link = requireValid(kind, token);
		Account account = this.accounts.findBySignIn(signInId)
			.filter(a -> this.passwords.matches(a, password))
			.orElseThrow(() -> new RuleViolation("password", "signIn.failed",
					"The sign-in ID or password is not right."));
		if (!account.getSignInId().equals(link.signInId())) {
			throw new WrongAccountException(link.signInId());
		}
		return complete(kind, token, account);
	}

	/** The account the link is for does not exist yet (or has no password): the person creates it. */
	@Transactional
	public Account redeemByNewAccount(LinkKind kind, String token, String displayName, String password,
			String confirmation) {
		LinkView link = requireValid(kind, token);
		if (link.accountExists()) {
			throw new RuleViolation(null, "activation.accountExists", "An account with the sign-in ID "
					+ link.signInId() + " already exists. Sign in with it instead.");
		}
		String name = displayName.isBlank() ? link.displayName() : displayName.trim();
		if (name.isBlank()) {
			throw new RuleViolation("displayName", "activation.nameRequired", "Enter your name.");
		}
		Account account = this.accounts.findBySignIn(link.signInId())
			.orElseGet(() -> this.accounts.save(new Account(link.signInId(), name, this.clock.instant())));
		account.rename(name);
		this.passwords.setFirstPassword(account, password, confirmation);
		return complete(kind, token, account);
	}

	private Account complete(LinkKind kind, String token, Account account) {
		if (this.partnerUsers.findByAccount(account).isPresent()) {
			throw new RuleViolation(null, "activation.partnerAccount", "The sign-in ID " + account.getSignInId()
					+ " is a Partner Portal account. A partner employee who works on behalf of the customer uses a "
					+ "different sign-in ID; ask the partner to send the link to that one.");
		}
		Instant now = this.clock.instant();
		if (kind == LinkKind.ACTIVATION) {
			ActivationLink link = this.activations.redeem(token);
			// the account may already work in other organizations, or even in this one (a new activation)
			Optional<CustomerUser> existing = this.users.findByCustomerIdAndAccountId(link.customerId(),
					account.getId());
			CustomerUser admin = existing.orElseGet(() -> this.users.save(new CustomerUser(link.customerId(),
					account, link.contactEmail(), Set.of(CustomerRole.ADMINISTRATOR), now)));
			if (!admin.getRoles().contains(CustomerRole.ADMINISTRATOR)) {
				admin.changeRoles(with(admin.getRoles(), CustomerRole.ADMINISTRATOR));
			}
			admin.reactivate();
			admin.activated(now);
			this.audit.record(account.getSignInId(), link.partnerId(), link.customerId(), "SERVICE_ACTIVATED",
					link.serviceLabel() + " activated by the Customer administrator " + account.getSignInId());
		}
		else {
			CustomerUserInvitation invitation = this.invitations.findByTokenHash(SecureTokens.hash(token))
				.orElseThrow(LinkState.UNKNOWN::refusal);
			invitation.use(now);
			CustomerUser user = invitation.getUser();
			user.activated(now);
			this.audit.record(account.getSignInId(), partnerOf(user.getCustomerId()), user.getCustomerId(),
					"CUSTOMER_USER_ACTIVATED", account.getSignInId() + " accepted the invitation");
		}
		return account;
	}

	private static Set<CustomerRole> with(Set<CustomerRole> roles, CustomerRole role) {
		java.util.EnumSet<CustomerRole> all = java.util.EnumSet.of(role);
		all.addAll(roles);
		return all;
	}

	private @Nullable Long partnerOf(long customerId) {
		return this.customers.findById(customerId).map(Customer::getPartnerId).orElse(null);
	}

	private LinkView requireValid(LinkKind kind, String token) {
		LinkView link = inspect(kind, token);
		link.state().requireValid();
		return link;
	}

	private Optional<LinkView> find(LinkKind kind, String token) {
		Instant now = this.clock.instant();
		if (kind == LinkKind.ACTIVATION) {
			return this.activations.inspect(token)
				.map(l -> new LinkView(l.state(), l.signInId(), l.adminName(), l.organisationName(),
						accountHasPassword(l.signInId()), l.customerId()));
		}
		return this.invitations.findByTokenHash(SecureTokens.hash(token)).map(i -> {
			CustomerUser user = i.getUser();
			Account account = user.getAccount();
			String organisation = this.customers.findById(user.getCustomerId())
				.map(Customer::getOrganisationName)
				.orElse("");
			return new LinkView(i.state(now), account.getSignInId(), account.getDisplayName(), organisation,
					account.hasPassword(), user.getCustomerId());
		});
	}

	private boolean accountHasPassword(String signInId) {
		return this.accounts.findBySignIn(signInId).map(Account::hasPassword).orElse(false);
	}

	/**
	 * A link as its page shows it: the state, the sign-in ID it is for, the name to greet, the organization, and
	 * whether that account already exists (sign in) or not (create it); the organization's id, so the person lands
	 * in that organization after redeeming the link.
	 */
	public record LinkView(LinkState state, String signInId, String displayName, String organisationName,
			boolean accountExists, long customerId) {

		/** The sign-in ID, masked, for a page shown to someone who proved another account. */
		public String signInHint() {
			return WrongAccountException.mask(this.signInId);
		}

	}

}
