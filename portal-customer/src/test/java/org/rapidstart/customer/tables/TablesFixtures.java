package org.rapidstart.customer.tables;

import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;

import org.springframework.boot.test.context.TestComponent;

/**
 * Customer users who agreed to the agreements, and Order-to-cash projects created through the projects feature.
 */
@TestComponent
class TablesFixtures {

	private final CustomerFixtures customers;

	TablesFixtures(CustomerFixtures customers) {
		this.customers = customers;
	}

	/** A customer's administrator who has agreed, ready to sign in with {@link CustomerFixtures#PASSWORD}. */
	CustomerActor administrator(String name) {
		return this.customers.agreedAdmin(this.customers.partner(), name);
	}

	/** Another user of the administrator's customer with these roles, activated through the e-mailed invitation. */
	CustomerActor colleague(CustomerActor admin, String name, CustomerRole... roles) {
		return this.customers.user(admin, name, roles);
	}

	/**
	 * An Order-to-cash project created by the user, every question group assigned to them, with Base information
	 * complete ({@link CustomerFixtures#completeBaseInformation}), so the tables of its other areas take rows.
	 */
	long project(CustomerActor owner, String name) {
		long project = freshProject(owner, name);
		this.customers.completeBaseInformation(owner, project);
		return project;
	}

	/** An Order-to-cash project as it is created: only Base information is open. */
	long freshProject(CustomerActor owner, String name) {
		return this.customers.orderToCashProject(owner, name);
	}

}
