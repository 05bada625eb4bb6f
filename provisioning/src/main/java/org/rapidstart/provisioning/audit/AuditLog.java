package org.rapidstart.provisioning.audit;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.Customers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every action. Joins the caller's transaction so the record exists exactly when the change does.
 */
@Service
public class AuditLog {

	public static final String SYSTEM = "system";

	private final AuditEvents events;

	private final Customers customers;

	private final Clock clock;

	AuditLog(AuditEvents events, Customers customers, Clock clock) {
		this.events = events;
		this.customers = customers;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, @Nullable Long partnerId, @Nullable Long customerId, String action,
			String details) {
		this.events.save(new AuditEvent(this.clock.instant(), actor, partnerId, customerId, action, details));
	}

	/**
	 * A change inside a customer's tenant, recorded under the customer and its partner, so the partner's activity
	 * log shows it too.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordInTenant(String actor, long customerId, String action, String details) {
		record(actor, this.customers.findById(customerId).map(Customer::getPartnerId).orElse(null), customerId,
				action, details);
	}

}
