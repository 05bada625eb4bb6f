package org.rapidstart.customer.projects;

import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;

import org.springframework.boot.test.context.TestComponent;

/**
 * Customer users of every role, invited and activated as a person would be, with the agreements accepted (sign them
 * in with {@link org.rapidstart.customer.SignedInSession} or a browser and {@link CustomerFixtures#PASSWORD}).
 */
@TestComponent
class ProjectWebFixtures {

	private final CustomerFixtures fixtures;

	ProjectWebFixtures(CustomerFixtures fixtures) {
		this.fixtures = fixtures;
	}

	/** A new customer's administrator, agreements accepted. */
	CustomerActor administrator(String name) {
		return this.fixtures.agreedAdmin(this.fixtures.partner(), name);
	}

	/** Another user of the administrator's customer ("User " + name), invited, activated and agreed. */
	CustomerActor user(CustomerActor admin, String name, CustomerRole... roles) {
		return this.fixtures.user(admin, name, roles);
	}

}
