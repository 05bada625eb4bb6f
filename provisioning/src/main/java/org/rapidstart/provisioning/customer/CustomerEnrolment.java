package org.rapidstart.provisioning.customer;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.account.Account;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.provisioning.voice.VoiceCustomer;
import org.rapidstart.provisioning.voice.VoiceDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Create a new customer": existing customers found in VOICE (only where the partner is the partner of record)
 * and prospects on a trial. Every method is scoped to the acting partner.
 */
@Service
public class CustomerEnrolment {

	private final Customers customers;

	private final VoiceDirectory voice;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CustomerEnrolment(Customers customers, VoiceDirectory voice, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.customers = customers;
		this.voice = voice;
		this.audit = audit;
		this.clock = clock;
	}

	/** "Search my customers": the customer, only if the number is right and this partner is its partner of record. */
	@Transactional(readOnly = true)
	public Optional<VoiceCustomer> findMyVoiceCustomer(PartnerActor actor, String accountNumber) {
		return this.voice.findCustomerOfPartner(accountNumber, actor.voicePartnerId());
	}

	/** "Search": this partner's VOICE customers whose names resemble the term. */
	@Transactional(readOnly = true)
	public List<VoiceCustomer> searchMyVoiceCustomers(PartnerActor actor, String term) {
		return this.voice.searchCustomers(actor.voicePartnerId(), term);
	}

	@Transactional
	public Customer create(PartnerActor actor, NewCustomer details) {
		NewCustomer clean = normalise(details);
		String voiceNumber = clean.voiceAccountNumber();
		if (voiceNumber != null) {
			VoiceCustomer voiceCustomer = findMyVoiceCustomer(actor, voiceNumber)
				.orElseThrow(() -> notYourVoiceCustomer(voiceNumber));
			clean = withVoiceNumber(clean, voiceCustomer.getAccountNumber());
			requireNotEnrolled(voiceCustomer.getAccountNumber());
		}
		else {
			if (clean.adminName() == null) {
				throw new RuleViolation("adminName", "customer.adminNameRequired",
						"Enter the Customer administrator's name.");
			}
			if (clean.adminSignInId() == null) {
				throw new RuleViolation("adminSignInId", "customer.adminSignInRequired",
						"Enter the sign-in ID of the Customer administrator.");
			}
		}
		if (clean.adminSignInId() != null
				&& Account.normalise(clean.adminSignInId()).equals(Account.normalise(actor.signInId()))) {
			throw new RuleViolation("adminSignInId", "customer.adminIsPartner",
					"The Customer administrator must use a sign-in ID other than your partner sign-in ID.");
		}
		Customer customer = this.customers.save(new Customer(actor.partnerId(), clean, actor.accountId(),
				this.clock.instant()));
		this.audit.record(actor.signInId(), actor.partnerId(), customer.getId(), "CUSTOMER_CREATED",
				customer.getOrganisationName() + (customer.isProspect() ? " (prospect)"
						: " (VOICE " + customer.getVoiceAccountNumber() + ")"));
		return customer;
	}

	/** Adds a VOICE account number to a prospect; only the partner of record can. */
	@Transactional
	public Customer addVoiceAccountNumber(PartnerActor actor, long customerId, String accountNumber) {
		Customer customer = get(actor, customerId);
		VoiceCustomer voiceCustomer = findMyVoiceCustomer(actor, accountNumber)
			.orElseThrow(() -> notYourVoiceCustomer(accountNumber.trim()));
		requireNotEnrolled(voiceCustomer.getAccountNumber());
		customer.addVoiceAccountNumber(voiceCustomer.getAccountNumber());
		this.audit.record(actor.signInId(), actor.partnerId(), customer.getId(), "VOICE_NUMBER_ADDED",
				"VOICE account number " + voiceCustomer.getAccountNumber() + " added to "
						+ customer.getOrganisationName());
		// an inactive trial becomes active again (lifecycle listens, in this transaction)
		this.events.publishEvent(new VoiceAccountNumberAdded(customer.getId(), actor.signInId()));
		return customer;
	}

	@Transactional(readOnly = true)
	public Customer get(PartnerActor actor, long customerId) {
		return this.customers.findByIdAndPartnerId(customerId, actor.partnerId())
			.orElseThrow(() -> new NotFoundException("Customer"));
	}

	@Transactional(readOnly = true)
	public List<Customer> list(PartnerActor actor) {
		return this.customers.findByPartnerIdOrderByOrganisationName(actor.partnerId());
	}

	private void requireNotEnrolled(String accountNumber) {
		if (this.customers.existsByVoiceAccountNumber(accountNumber)) {
			throw new RuleViolation("voiceAccountNumber", "customer.alreadyEnrolled",
					"The customer with account number " + accountNumber + " is already enrolled.");
		}
	}

	private static RuleViolation notYourVoiceCustomer(String accountNumber) {
		return new RuleViolation("voiceAccountNumber", "customer.notYourVoiceCustomer", "No customer with account "
				+ "number " + accountNumber + " has you as partner of record in VOICE. Check the number, or search "
				+ "by the customer's name.");
	}

	private static NewCustomer withVoiceNumber(NewCustomer d, String number) {
		return new NewCustomer(number, d.organisationName(), d.street(), d.city(), d.state(), d.postalCode(),
				d.countryRegion(), d.adminName(), d.adminSignInId(), d.contactEmail());
	}

	private static NewCustomer normalise(NewCustomer d) {
		String country = blankToNull(d.countryRegion());
		String organisation = (d.organisationName() != null) ? d.organisationName().trim() : "";
		if (organisation.isEmpty()) {
			throw new RuleViolation("organisationName", "customer.nameRequired", "Enter the organization name.");
		}
		String contact = blankToNull(d.contactEmail());
		if (contact == null) {
			throw new RuleViolation("contactEmail", "customer.contactRequired",
					"Enter the contact email address; notifications are sent there.");
		}
		String signIn = blankToNull(d.adminSignInId());
		return new NewCustomer(blankToNull(d.voiceAccountNumber()), organisation, blankToNull(d.street()),
				blankToNull(d.city()), blankToNull(d.state()), blankToNull(d.postalCode()),
				(country != null) ? country.toUpperCase(Locale.ROOT) : null, blankToNull(d.adminName()),
				(signIn != null) ? Account.normalise(signIn) : null, contact.toLowerCase(Locale.ROOT));
	}

	private static @Nullable String blankToNull(
@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
