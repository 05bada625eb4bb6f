package org.rapidstart.provisioning.lifecycle;

import java.io.Reader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotAllowedException;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RapidStartProperties;
import org.rapidstart.provisioning.audit.AuditEvent;
import org.rapidstart.provisioning.audit.AuditEvents;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.Customers;
import org.rapidstart.provisioning.partner.Partner;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.provisioning.partner.PartnerRole;
import org.rapidstart.provisioning.partner.PartnerUser;
import org.rapidstart.provisioning.partner.Partners;
import org.rapidstart.provisioning.subscription.Subscription;
import org.rapidstart.provisioning.subscription.Subscriptions;
import org.rapidstart.provisioning.voice.VoiceDirectory;
import org.rapidstart.provisioning.voice.VoiceDirectory.ImportResult;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support's view across partners (role SUPPORT only; the Partner Portal guards the URLs): find a customer, see its
 * lifecycle and audit trail, and reactivate an inactive trial with the customer's VOICE account number, on behalf of
 * its partner of record.
 */
@Service
public class SupportConsole {

	private final Customers customers;

	private final Partners partners;

	private final Subscriptions subscriptions;

	private final AuditEvents auditEvents;

	private final CustomerEnrolment enrolment;

	private final VoiceDirectory voice;

	private final EntityManager entityManager;

	private final RapidStartProperties properties;

	SupportConsole(Customers customers, Partners partners, Subscriptions subscriptions, AuditEvents auditEvents,
			CustomerEnrolment enrolment, VoiceDirectory voice, EntityManager entityManager,
			RapidStartProperties properties) {
		this.customers = customers;
		this.partners = partners;
		this.subscriptions = subscriptions;
		this.auditEvents = auditEvents;
		this.enrolment = enrolment;
		this.voice = voice;
		this.entityManager = entityManager;
		this.properties = properties;
	}

	/** The Support member signed in with this account; anyone else is refused. */
	@Transactional(readOnly = true)
	public SupportActor actor(long accountId) {
		return this.entityManager
			.createQuery("select u from PartnerUser u join fetch u.account a where a.id = :a and u.role = :r",
					PartnerUser.class)
			.setParameter("a", accountId)
			.setParameter("r", PartnerRole.SUPPORT)
			.getResultStream()
			.findFirst()
			.map(u -> new SupportActor(accountId, u.getAccount().getSignInId()))
			.orElseThrow(() -> new NotAllowedException("The Support console needs the Support role."));
	}

	/** Imports the VOICE directory (partners or customers) from a CSV file, all or nothing. */
	public ImportResult importVoiceDirectory(SupportActor actor, Reader csv) {
		return this.voice.importCsv(csv, actor.signInId());
	}

	/** Customers whose organization name, VOICE account number or administrator sign-in ID contains the term. */
	@Transactional(readOnly = true)
	public List<CustomerSummary> find(SupportActor actor, String term) {
		String like = "%" + term.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
		if (like.equals("%%")) {
			return List.of();
		}
		List<Customer> found = this.entityManager
			.createQuery("select c from Customer c where lower(c.organisationName) like :t "
					+ "or lower(coalesce(c.voiceAccountNumber, '')) like :t or lower(coalesce(c.adminSignInId, '')) like :t "
					+ "order by c.organisationName", Customer.class)
			.setParameter("t", like)
			.setMaxResults(50)
			.getResultList();
		// the partners of up to 50 customers in one query, not one each
		Map<Long, String> partnerNames = this.partners
			.findAllById(found.stream().map(Customer::getPartnerId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Partner::getId, Partner::getName));
		return found.stream()
			.map(c -> new CustomerSummary(c.getId(), c.getOrganisationName(),
					partnerNames.getOrDefault(c.getPartnerId(), ""), c.getVoiceAccountNumber(), LifecycleState.of(c)))
			.toList();
	}

	@Transactional(readOnly = true)
	public CustomerLifecycle lifecycle(SupportActor actor, long customerId) {
		Customer c = this.customers.findById(customerId).orElseThrow(() -> new NotFoundException("Customer"));
		List<Subscription> services = this.subscriptions.findByCustomerId(customerId);
		return new CustomerLifecycle(c.getId(), c.getOrganisationName(), partnerName(c.getPartnerId()),
				c.getVoiceAccountNumber(), LifecycleState.of(c), c.getCreatedAt(),
				c.trialEndsAt(this.properties.trialDays()), c.getInactivatedAt(),
				(c.getInactivatedAt() != null)
						? c.purgeDueAt(this.properties.trialDays(), this.properties.retentionDays())
						: null,
				c.getPurgedAt(), services.stream().map(s -> s.getService().label() + ": " + s.getStatus().label()
						+ " (" + s.getDataCentre() + ")").toList(),
				this.auditEvents.findByCustomerIdOrderByOccurredAtDescIdDesc(customerId));
	}

	/** Adds the VOICE account number on behalf of the partner of record; an inactive trial becomes active. */
	@Transactional
	public void reactivate(SupportActor actor, long customerId, String voiceAccountNumber) {
		Customer customer = this.customers.findById(customerId).orElseThrow(() -> new NotFoundException("Customer"));
		Partner partner = this.partners.findById(customer.getPartnerId())
			.orElseThrow(() -> new NotFoundException("Partner"));
		this.enrolment.addVoiceAccountNumber(new PartnerActor(actor.accountId(), actor.signInId(), partner.getId(),
				partner.getVoicePartnerId(), PartnerRole.SUPPORT), customerId, voiceAccountNumber);
	}

	private String partnerName(long partnerId) {
		return this.partners.findById(partnerId).map(Partner::getName).orElse("");
	}

	/**
	 * A customer in Support's search results.
	 */
	public record CustomerSummary(long id, String organisationName, String partnerName,
			@Nullable String voiceAccountNumber, LifecycleState state) {

	}

	/**
	 * A customer's lifecycle and audit trail, as the Support console shows it.
	 */
	public record CustomerLifecycle(long id, String organisationName, String partnerName,
			@Nullable String voiceAccountNumber, LifecycleState state, Instant createdAt,
			@Nullable Instant trialEndsAt, @Nullable Instant inactivatedAt, @Nullable Instant purgeDueAt,
			@Nullable Instant purgedAt, List<String> services, List<AuditEvent> auditTrail) {

		public boolean canReactivate() {
			return this.state == LifecycleState.INACTIVE;
		}

	}

}
