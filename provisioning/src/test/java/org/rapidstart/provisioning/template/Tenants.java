package org.rapidstart.provisioning.template;

import java.util.Set;
import java.util.UUID;

import org.rapidstart.provisioning.Fixtures;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.partner.PartnerActor;

import org.springframework.boot.test.context.TestComponent;

/** Customers (tenants) for template tests, and actors in them with the roles a test needs. */
@TestComponent
class Tenants {

	private final Fixtures fixtures;

	private final CustomerEnrolment enrolment;

	private PartnerActor partner;

	Tenants(Fixtures fixtures, CustomerEnrolment enrolment) {
		this.fixtures = fixtures;
		this.enrolment = enrolment;
	}

	/** A new customer of one test partner; returns its id. */
	long customer(String name) {
		if (this.partner == null) {
			this.partner = this.fixtures.activatedAdmin(this.fixtures.voiceWorld().partnerA());
		}
		String s = UUID.randomUUID().toString().substring(0, 8);
		String signIn = name.toLowerCase() + "-" + s + "@customer.example";
		return this.enrolment.create(this.partner,
				new NewCustomer(null, "Org " + name + " " + s, null, null, null, null, "US", "Admin", signIn, signIn))
			.getId();
	}

	static CustomerActor actor(long customerId, String who, CustomerRole... roles) {
		return new CustomerActor(customerId * 1000, who + "@customer.example", customerId, Set.of(roles));
	}

}
