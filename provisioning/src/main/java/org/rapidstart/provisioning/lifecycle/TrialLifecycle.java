package org.rapidstart.provisioning.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.rapidstart.provisioning.RapidStartProperties;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.Customers;
import org.rapidstart.provisioning.customer.VoiceAccountNumberAdded;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.CustomerUsers;
import org.rapidstart.provisioning.mail.MailOutbox;
import org.rapidstart.provisioning.partner.PartnerRole;
import org.rapidstart.provisioning.partner.PartnerUsers;
import org.rapidstart.provisioning.preference.EffectivePreferences;
import org.rapidstart.provisioning.preference.PortalDefaults;
import org.rapidstart.provisioning.preference.PreferenceSettings;
import org.rapidstart.provisioning.subscription.Subscription;
import org.rapidstart.provisioning.subscription.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 90-day trial of a prospect (no VOICE account number): reminders 14 and 3 days before the end, inactive at
 * the end, data purged when the retention period is over; a VOICE account number in time makes it active again.
 * Time comes from the one {@link Clock}. {@link #run()} takes a PostgreSQL advisory lock, so with several portal
 * instances on one database exactly one does the work.
 */
@Service
public class TrialLifecycle {

	/** Key of the advisory lock ("RSLC"); any other scheduled work uses another key. */
	static final long LOCK_KEY = 0x52534c43L;

	private static final Logger log = LoggerFactory.getLogger(TrialLifecycle.class);

	private static final int[] REMINDER_DAYS = { 14, 3 };

	private final Customers customers;

	private final Subscriptions subscriptions;

	private final CustomerUsers customerUsers;

	private final PartnerUsers partnerUsers;

	private final MailOutbox mail;

	private final AuditLog audit;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final PreferenceSettings preferences;

	private final PortalDefaults portalDefaults;

	private final Clock clock;

	private final RapidStartProperties properties;

	TrialLifecycle(Customers customers, Subscriptions subscriptions, CustomerUsers customerUsers,
			PartnerUsers partnerUsers, MailOutbox mail, AuditLog audit, JdbcTemplate jdbc, EntityManager entityManager,
			ApplicationEventPublisher events, PreferenceSettings preferences, PortalDefaults portalDefaults, Clock clock,
			RapidStartProperties properties) {
		this.customers = customers;
		this.subscriptions = subscriptions;
		this.customerUsers = customerUsers;
		this.partnerUsers = partnerUsers;
		this.mail = mail;
		this.audit = audit;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.events = events;
		this.preferences = preferences;
		this.portalDefaults = portalDefaults;
		this.clock = clock;
		this.properties = properties;
	}

	/** One pass over every prospect. Returns false when another instance holds the lock. */
	@Transactional
	public boolean run() {
		Boolean locked = this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
		if (!Boolean.TRUE.equals(locked)) {
			return false;
		}
		Instant now = this.clock.instant();
		// a prospect further from its trial's end than the first reminder has nothing due yet
		Instant createdBy = now.minus(Duration.ofDays(this.properties.trialDays() - REMINDER_DAYS[0]));
		List<Long> purge = new java.util.ArrayList<>();
		for (Customer customer : this.entityManager
			.createQuery("select c from Customer c where c.voiceAccountNumber is null and c.purgedAt is null "
					+ "and c.createdAt <= :createdBy", Customer.class)
			.setParameter("createdBy", createdBy)
			.getResultList()) {
			Instant trialEnd = trialEnd(customer);
			if (!now.isBefore(purgeDue(customer))) {
				purge.add(customer.getId());
			}
			else if (!now.isBefore(trialEnd)) {
				inactivate(customer, now);
			}
			else {
				remind(customer, trialEnd, now);
			}
		}
		this.entityManager.flush();
		purge.forEach(id -> purge(id, now));
		return true;
	}

	/** The run looks at prospects only, whose trial has an end. */
	private Instant trialEnd(Customer customer) {
		return Objects.requireNonNull(customer.trialEndsAt(this.properties.trialDays()), "trial end of a prospect");
	}

	private Instant purgeDue(Customer customer) {
		return Objects.requireNonNull(
				customer.purgeDueAt(this.properties.trialDays(), this.properties.retentionDays()),
				"purge date of a prospect");
	}

	private void remind(Customer customer, Instant trialEnd, Instant now) {
		for (int days : REMINDER_DAYS) {
			if (now.isBefore(trialEnd.minus(Duration.ofDays(days)))) {
				continue;
			}
			int inserted = this.jdbc.update("insert into trial_reminder (customer_id, days_before, sent_at) "
					+ "values (?, ?, ?) on conflict do nothing", customer.getId(), days, java.sql.Timestamp.from(now));
			if (inserted == 0) {
				continue;
			}
			// a late run sends only the latest reminder due; the earlier one is recorded as superseded by it
			if (days == 14 && !now.isBefore(trialEnd.minus(Duration.ofDays(3)))) {
				continue;
			}
			// whole days, rounded up: on day 76 of 90 the trial ends "in 14 days"
			long daysLeft = Math.max(1, (Duration.between(now, trialEnd).toSeconds() + 86_399) / 86_400);
			String subject = "RapidStart Services trial of " + customer.getOrganisationName() + " ends in " + daysLeft
					+ " days";
			Map<String, EffectivePreferences> recipients = recipients(customer);
			// the day the trial ends, in each recipient's time zone and date format
			recipients.forEach((address, dates) -> this.mail.enqueue(address, subject, """
					Hello,

					the %d-day trial of RapidStart Services for %s ends on %s (in %d days).

					To keep using the service, the partner adds the customer's VOICE account number to the customer
					in the Partner Portal (Customers, select the customer). Without it the service becomes inactive
					on that day, and its data is deleted %d days later.
					""".formatted(this.properties.trialDays(), customer.getOrganisationName(), dates.date(trialEnd),
					daysLeft, this.properties.retentionDays())));
			this.audit.record(AuditLog.SYSTEM, customer.getPartnerId(), customer.getId(), "TRIAL_REMINDER_SENT",
					days + "-day trial reminder sent to " + String.join(", ", recipients.keySet()));
		}
	}

	private void inactivate(Customer customer, Instant now) {
		if (customer.getInactivatedAt() != null) {
			return;
		}
		customer.trialEnded(now);
		this.subscriptions.findByCustomerId(customer.getId()).forEach(Subscription::trialEnded);
		String subject = "RapidStart Services of " + customer.getOrganisationName() + " is inactive";
		String body = """
				Hello,

				the trial of RapidStart Services for %s has ended, so the service is now inactive. Users can still
				sign in, but cannot work in RapidStart Services.

				The data is kept for %d days. To reactivate the service with all data intact, the partner adds the
				customer's VOICE account number in the Partner Portal, or contacts Support with it.
				""".formatted(customer.getOrganisationName(), this.properties.retentionDays());
		recipients(customer).keySet().forEach(r -> this.mail.enqueue(r, subject, body));
		// the trail is read in the Partner Portal (activity, Support console): its default way of writing a date
		this.audit.record(AuditLog.SYSTEM, customer.getPartnerId(), customer.getId(), "TRIAL_ENDED",
				"Trial ended without a VOICE account number: services inactive; data kept until "
						+ this.portalDefaults.partnerPortal().dateTime(purgeDue(customer)));
		log.info("Trial of customer {} ended: services inactive", customer.getId());
	}

	private void purge(long customerId, Instant now) {
		this.events.publishEvent(new CustomerDataPurging(customerId));
		this.entityManager.flush();
		this.entityManager.clear();
		int users = this.customerUsers.deleteByCustomerId(customerId);
		this.jdbc.update("delete from activation_invitation where subscription_id in "
				+ "(select id from subscription where customer_id = ?)", customerId);
		int services = this.jdbc.update("delete from subscription where customer_id = ?", customerId);
		this.jdbc.update("delete from trial_reminder where customer_id = ?", customerId);
		Customer customer = this.customers.findById(customerId).orElseThrow();
		customer.purged(now);
		this.audit.record(AuditLog.SYSTEM, customer.getPartnerId(), customerId, "CUSTOMER_DATA_PURGED",
				"Data of " + customer.getOrganisationName() + " purged for good " + this.properties.retentionDays()
						+ " days after its trial ended without a VOICE account number (" + users + " users, "
						+ services + " services)");
		log.info("Customer {} purged", customerId);
	}

	/** A VOICE account number arrived: an inactive trial is active again, with all data intact. */
	@EventListener
	void onVoiceAccountNumber(VoiceAccountNumberAdded event) {
		Customer customer = this.customers.findById(event.customerId()).orElseThrow();
		if (customer.getInactivatedAt() == null) {
			return;
		}
		customer.reactivated();
		this.subscriptions.findByCustomerId(customer.getId()).forEach(Subscription::reactivated);
		this.audit.record(event.actor(), customer.getPartnerId(), customer.getId(), "SERVICE_REACTIVATED",
				"Services of " + customer.getOrganisationName() + " active again with VOICE account number "
						+ customer.getVoiceAccountNumber());
	}

	/**
	 * The Customer administrators' contact addresses (or the customer's), and the partner's administrators; each with
	 * the preferences their dates are written in (their own, else their organization's, else their portal's).
	 */
	private Map<String, EffectivePreferences> recipients(Customer customer) {
		Map<String, EffectivePreferences> to = new LinkedHashMap<>();
		EffectivePreferences customerPortal = this.portalDefaults.customerPortal();
		this.customerUsers.findByCustomerId(customer.getId())
			.stream()
			.filter(u -> u.isActive() && u.getRoles().contains(CustomerRole.ADMINISTRATOR))
			.forEach(u -> to.putIfAbsent(u.getContactEmail(),
					this.preferences.effective(u.getAccount().getId(), customer.getId(), customerPortal)));
		if (to.isEmpty()) {
			to.put(customer.getContactEmail(), this.preferences.organisationDefaults(customer.getId(), customerPortal));
		}
		this.partnerUsers.findByPartnerId(customer.getPartnerId())
			.stream()
			.filter(u -> u.getRole() == PartnerRole.PARTNER_ADMIN)
			.forEach(u -> to.putIfAbsent(u.getAccount().getSignInId(),
					this.preferences.effective(u.getAccount().getId(), null, this.portalDefaults.partnerPortal())));
		return to;
	}

}
