package org.rapidstart.provisioning.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RapidStartProperties;
import org.rapidstart.provisioning.RapidStartProperties.ServiceRegion;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.SecureTokens;
import org.rapidstart.provisioning.account.Account;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.mail.MailOutbox;
import org.rapidstart.provisioning.partner.PartnerActor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing a customer up for RapidStart Services ("Add Service") and sending the activation e-mail to its Customer
 * administrator ("Send Activation"). Every method is scoped to the acting partner.
 */
@Service
public class ServiceSignUp {

	private final CustomerEnrolment customers;

	private final Subscriptions subscriptions;

	private final ActivationInvitations invitations;

	private final ServiceRegions regions;

	private final MailOutbox mail;

	private final AuditLog audit;

	private final Clock clock;

	private final RapidStartProperties properties;

	ServiceSignUp(CustomerEnrolment customers, Subscriptions subscriptions, ActivationInvitations invitations,
			ServiceRegions regions, MailOutbox mail, AuditLog audit, Clock clock, RapidStartProperties properties) {
		this.customers = customers;
		this.subscriptions = subscriptions;
		this.invitations = invitations;
		this.regions = regions;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/** "Sign up for RapidStart Services": the country/region of use is fixed from now on. */
	@Transactional
	public Subscription addRapidStart(PartnerActor actor, long customerId, @Nullable String countryRegion) {
		Customer customer = this.customers.get(actor, customerId);
		if (customer.isPurged()) {
			// the lifecycle job skips purged customers, so a service added here would never expire
			throw new RuleViolation(null, "service.customerDeleted", customer.getOrganisationName()
					+ " was deleted after its trial ended; services cannot be added. Create the customer again.");
		}
		if (countryRegion == null || countryRegion.isBlank()) {
			throw new RuleViolation("countryRegion", "service.countryRequired", "Select the country/region of use.");
		}
		String code = countryRegion.trim().toUpperCase(Locale.ROOT);
		ServiceRegion region = this.regions.find(code)
			.orElseThrow(() -> new RuleViolation("countryRegion", "service.unsupportedRegion",
					"RapidStart Services is not offered in " + ServiceRegions.displayName(code, Locale.ENGLISH)
							+ " yet. Contact Support before you continue."));
		if (this.subscriptions.existsFor(customerId, OnlineService.RAPIDSTART)) {
			throw new RuleViolation(null, "service.alreadyAdded",
					customer.getOrganisationName() + " is already signed up for RapidStart Services.");
		}
		Subscription subscription = this.subscriptions.save(new Subscription(customer, OnlineService.RAPIDSTART,
				region.countryRegion(), region.dataCentre(), this.clock.instant()));
		if (customer.getInactivatedAt() != null) {
			// the trial already ended (the lifecycle job inactivates only once): inactive like the customer's other
			// services until a VOICE account number arrives
			subscription.trialEnded();
		}
		this.audit.record(actor.signInId(), actor.partnerId(), customer.getId(), "SERVICE_ADDED",
				"RapidStart Services for " + ServiceRegions.displayName(code, Locale.ENGLISH) + ", data centre "
						+ region.dataCentre());
		return subscription;
	}

	@Transactional(readOnly = true)
	public List<Subscription> serviceList(PartnerActor actor) {
		return this.subscriptions.findByPartnerId(actor.partnerId());
	}

	@Transactional(readOnly = true)
	public List<Subscription> servicesOf(PartnerActor actor, long customerId) {
		this.customers.get(actor, customerId);
		return this.subscriptions.findByCustomerId(customerId);
	}

	@Transactional(readOnly = true)
	public Subscription get(PartnerActor actor, long subscriptionId) {
		return this.subscriptions.findByIdAndPartnerId(subscriptionId, actor.partnerId())
			.orElseThrow(() -> new NotFoundException("Service"));
	}

	/**
	 * "Send Activation": e-mails a single-use link to the Customer administrator. Sending again makes every
	 * earlier link of this service stop working.
	 */
	@Transactional
	public ActivationInvitation sendActivation(PartnerActor actor, long subscriptionId, String adminName,
			String signInId, String contactEmail) {
		Subscription subscription = get(actor, subscriptionId);
		String admin = adminName.trim();
		String signIn = Account.normalise(signInId);
		String contact = contactEmail.trim().toLowerCase(Locale.ROOT);
		if (signIn.equals(Account.normalise(actor.signInId()))) {
			throw new RuleViolation("signInId", "activation.adminIsPartner", "The Customer administrator must use "
					+ "a sign-in ID other than your partner sign-in ID. A partner employee who works on behalf of "
					+ "the customer uses a different account.");
		}
		Instant now = this.clock.instant();
		subscription.invitationSent(now);
		this.invitations.findBySubscriptionAndUsedAtIsNullAndSupersededAtIsNull(subscription)
			.forEach(i -> i.supersede(now));
		String token = SecureTokens.newToken();
		ActivationInvitation invitation = this.invitations.save(new ActivationInvitation(subscription, admin, signIn,
				contact, SecureTokens.hash(token), actor.accountId(), now,
				now.plus(this.properties.activationLinkValidity())));
		Customer customer = subscription.getCustomer();
		customer.designateAdministrator(admin, signIn, contact);
		this.mail.enqueue(contact, "Activate RapidStart Services for " + customer.getOrganisationName(), """
				Hello %s,

				%s has signed %s up for %s and designated you as the Customer administrator.

				To activate the service, open this link and sign in with the account %s
				(or create it if you do not have one yet):

				%s

				The link works once and expires in %d days. If it has expired, ask your partner to send a new one.
				""".formatted(admin, actor.signInId(), customer.getOrganisationName(),
				subscription.getService().label(), signIn, activationLink(token),
				this.properties.activationLinkValidity().toDays()));
		this.audit.record(actor.signInId(), actor.partnerId(), customer.getId(), "ACTIVATION_SENT",
				"Activation for " + subscription.getService().label() + " sent to " + contact + " for sign-in ID "
						+ signIn);
		return invitation;
	}

	/** The form of every activation link: the Customer Portal's {@code /activation/{token}}. */
	String activationLink(String token) {
		return this.properties.customerPortalBaseUrl().toString().replaceAll("/+$", "") + "/activation/" + token;
	}

}
