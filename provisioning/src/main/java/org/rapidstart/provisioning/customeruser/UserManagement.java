package org.rapidstart.provisioning.customeruser;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotAllowedException;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RapidStartProperties;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.SecureTokens;
import org.rapidstart.provisioning.account.Account;
import org.rapidstart.provisioning.account.Accounts;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.Customers;
import org.rapidstart.provisioning.mail.MailOutbox;
import org.rapidstart.provisioning.partner.PartnerUsers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User Management in the Customer Portal: only a Customer administrator may use it, always within the actor's own
 * customer, and the customer never loses its last Administrator.
 */
@Service
public class UserManagement {

	private final CustomerUsers users;

	private final CustomerUserInvitations invitations;

	private final Customers customers;

	private final Accounts accounts;

	private final PartnerUsers partnerUsers;

	private final MailOutbox mail;

	private final AuditLog audit;

	private final Clock clock;

	private final RapidStartProperties properties;

	UserManagement(CustomerUsers users, CustomerUserInvitations invitations, Customers customers, Accounts accounts,
			PartnerUsers partnerUsers, MailOutbox mail, AuditLog audit, Clock clock, RapidStartProperties properties) {
		this.users = users;
		this.invitations = invitations;
		this.customers = customers;
		this.accounts = accounts;
		this.partnerUsers = partnerUsers;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	public List<CustomerUserView> users(CustomerActor actor) {
		requireAdministrator(actor);
		return this.users.findByCustomerId(actor.customerId()).stream().map(CustomerUserView::of).toList();
	}

	@Transactional(readOnly = true)
	public CustomerUserView get(CustomerActor actor, long userId) {
		requireAdministrator(actor);
		return CustomerUserView.of(load(actor, userId));
	}

	/**
	 * "New User" -> "Save": the user exists, without access until the invitation is sent and followed. The sign-in ID
	 * may already be a user of other organizations: it becomes one of this organization too, with its own roles.
	 */
	@Transactional
	public CustomerUserView create(CustomerActor actor, String name, String signInId, String contactEmail,
			Set<CustomerRole> roles) {
		requireAdministrator(actor);
		Set<CustomerRole> checked = CustomerRole.check(roles);
		String signIn = Account.normalise(signInId);
		Instant now = this.clock.instant();
		Optional<Account> existing = this.accounts.findBySignIn(signIn);
		if (existing.isPresent()
				&& this.users.findByCustomerIdAndAccountId(actor.customerId(), existing.get().getId()).isPresent()) {
			throw new RuleViolation("signInId", "customerUser.exists",
					"This sign-in ID is already a user of your organization.");
		}
		if (existing.isPresent() && this.partnerUsers.findByAccount(existing.get()).isPresent()) {
			throw new RuleViolation("signInId", "customerUser.partnerAccount", "This sign-in ID is a Partner Portal "
					+ "account. A partner employee who works on your behalf uses a different sign-in ID.");
		}
		Account account = existing.orElseGet(() -> this.accounts.save(new Account(signIn, name, now)));
		if (!account.hasPassword()) {
			account.rename(name);
		}
		CustomerUser user = this.users.save(new CustomerUser(actor.customerId(), account,
				contactEmail.trim().toLowerCase(Locale.ROOT), checked, now));
		this.audit.recordInTenant(actor.signInId(), actor.customerId(), "CUSTOMER_USER_CREATED",
				signIn + " added as " + CustomerRole.labels(checked));
		return CustomerUserView.of(user);
	}

	/** "Send Invitation": e-mails a single-use link; sending again supersedes the earlier one. */
	@Transactional
	public void sendInvitation(CustomerActor actor, long userId) {
		requireAdministrator(actor);
		CustomerUser user = load(actor, userId);
		if (user.getActivatedAt() != null) {
			throw new RuleViolation(null, "customerUser.alreadyActive",
					user.getAccount().getSignInId() + " has already accepted an invitation.");
		}
		Instant now = this.clock.instant();
		this.invitations.findByUserAndUsedAtIsNullAndSupersededAtIsNull(user).forEach(i -> i.supersede(now));
		String token = SecureTokens.newToken();
		this.invitations.save(new CustomerUserInvitation(user, SecureTokens.hash(token), now,
				now.plus(this.properties.activationLinkValidity())));
		user.invited(now);
		Customer customer = customer(actor);
		Account account = user.getAccount();
		this.mail.enqueue(user.getContactEmail(), "You are invited to RapidStart Services for "
				+ customer.getOrganisationName(), """
						Hello %s,

						%s added you to RapidStart Services of %s as %s.

						To accept, open this link and sign in with the account %s
						(or create it if you do not have one yet):

						%s

						The link works once and expires in %d days. If it has expired, ask your administrator to send a new one.
						""".formatted(account.getDisplayName(), actor.signInId(), customer.getOrganisationName(),
						CustomerRole.labels(user.getRoles()), account.getSignInId(), link("/invitation/" + token),
						this.properties.activationLinkValidity().toDays()));
		this.audit.record(actor.signInId(), customer.getPartnerId(), customer.getId(), "CUSTOMER_USER_INVITED",
				"Invitation sent to " + user.getContactEmail() + " for sign-in ID " + account.getSignInId());
	}

	@Transactional
	public void changeRoles(CustomerActor actor, long userId, Set<CustomerRole> roles) {
		requireAdministrator(actor);
		CustomerUser user = load(actor, userId);
		Set<CustomerRole> checked = CustomerRole.check(roles);
		if (!checked.contains(CustomerRole.ADMINISTRATOR)) {
			requireAnotherAdministrator(actor, user, "customerUser.lastAdminDemoted",
					"remove the Administrator role from");
		}
		user.changeRoles(checked);
		this.audit.recordInTenant(actor.signInId(), actor.customerId(), "CUSTOMER_USER_ROLES_CHANGED",
				user.getAccount().getSignInId() + " is now " + CustomerRole.labels(checked));
	}

	@Transactional
	public void deactivate(CustomerActor actor, long userId) {
		requireAdministrator(actor);
		CustomerUser user = load(actor, userId);
		requireAnotherAdministrator(actor, user, "customerUser.lastAdminDeactivated", "deactivate");
		user.deactivate();
		this.audit.recordInTenant(actor.signInId(), actor.customerId(), "CUSTOMER_USER_DEACTIVATED",
				user.getAccount().getSignInId() + " deactivated");
	}

	@Transactional
	public void reactivate(CustomerActor actor, long userId) {
		requireAdministrator(actor);
		CustomerUser user = load(actor, userId);
		user.reactivate();
		this.audit.recordInTenant(actor.signInId(), actor.customerId(), "CUSTOMER_USER_REACTIVATED",
				user.getAccount().getSignInId() + " reactivated");
	}

	@Transactional
	public void remove(CustomerActor actor, long userId) {
		requireAdministrator(actor);
		CustomerUser user = load(actor, userId);
		requireAnotherAdministrator(actor, user, "customerUser.lastAdminRemoved", "remove");
		String signIn = user.getAccount().getSignInId();
		this.users.delete(user);
		this.audit.recordInTenant(actor.signInId(), actor.customerId(), "CUSTOMER_USER_REMOVED",
				signIn + " removed");
	}

	private void requireAnotherAdministrator(CustomerActor actor, CustomerUser user, String code, String verb) {
		if (!user.isActingAdministrator()) {
			return;
		}
		boolean another = this.users.findByCustomerId(actor.customerId())
			.stream()
			.anyMatch(u -> u.getId() != user.getId() && u.isActingAdministrator());
		if (!another) {
			throw new RuleViolation(null, code, "You cannot " + verb + " " + user.getAccount().getSignInId()
					+ ": the organization must keep at least one Administrator. Make another user an Administrator "
					+ "first.");
		}
	}

	private CustomerUser load(CustomerActor actor, long userId) {
		return this.users.findByIdAndCustomerId(userId, actor.customerId())
			.orElseThrow(() -> new NotFoundException("User"));
	}

	private Customer customer(CustomerActor actor) {
		return this.customers.findById(actor.customerId()).orElseThrow(() -> new NotFoundException("Customer"));
	}

	/** Refuses an actor who is not (any more) a Customer administrator, for pages that read nothing. */
	public void requireAdministrator(CustomerActor actor) {
		if (!actor.isAdministrator()) {
			throw new NotAdministratorException();
		}
	}

	private String link(String path) {
		return this.properties.customerPortalBaseUrl().toString().replaceAll("/+$", "") + path;
	}

	/** Only Customer administrators manage users; the web layer turns this into 403. */
	public static class NotAdministratorException extends NotAllowedException {

		NotAdministratorException() {
			super("Only a Customer administrator can manage users.");
		}

	}

	/**
	 * A customer user as User Management lists them.
	 */
	public record CustomerUserView(long id, String name, String signInId, String contactEmail,
			Set<CustomerRole> roles, String status, @Nullable Instant invitedAt,
			@Nullable Instant activatedAt, boolean active, boolean pending) {

		static CustomerUserView of(CustomerUser u) {
			Account a = u.getAccount();
			String status = !u.isActive() ? "Deactivated"
					: (u.getActivatedAt() != null) ? "Active"
							: (u.getInvitedAt() != null) ? "Invitation sent" : "Not invited";
			return new CustomerUserView(u.getId(), a.getDisplayName(), a.getSignInId(), u.getContactEmail(),
					u.getRoles(), status, u.getInvitedAt(), u.getActivatedAt(), u.isActive(),
					u.getActivatedAt() == null);
		}

		public String roleLabels() {
			return CustomerRole.labels(this.roles);
		}

		public boolean has(CustomerRole role) {
			return this.roles.contains(role);
		}

	}

}
