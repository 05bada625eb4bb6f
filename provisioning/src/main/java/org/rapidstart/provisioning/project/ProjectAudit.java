package org.rapidstart.provisioning.project;

import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.Customers;

import org.springframework.stereotype.Component;

/**
 * Records project changes (answers, groups, table rows, imports) in the audit log under the customer and its partner,
 * as the platform records every change a customer's user makes.
 */
@Component
public class ProjectAudit {

	private final AuditLog log;

	private final Customers customers;

	ProjectAudit(AuditLog log, Customers customers) {
		this.log = log;
		this.customers = customers;
	}

	public void record(String actor, long customerId, String action, String details) {
		this.log.record(actor, this.customers.findById(customerId).map(Customer::getPartnerId).orElse(null), customerId,
				action, details);
	}

}
