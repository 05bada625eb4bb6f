package org.rapidstart.customer.tables;

import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.NewProject;
import org.rapidstart.provisioning.project.Organisation;
import org.rapidstart.provisioning.project.ProjectKind;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.builtin.Industry;

import org.springframework.boot.test.context.TestComponent;

/**
 * Customer users who agreed to the agreements, and Order-to-cash projects created through the projects feature.
 */
@TestComponent
class TablesFixtures {

	private final CustomerFixtures customers;

	private final ProjectManagement projects;

	TablesFixtures(CustomerFixtures customers, ProjectManagement projects) {
		this.customers = customers;
		this.projects = projects;
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
		return this.projects.create(owner, new NewProject(name, new Organisation("Contoso", "1 Main Street", "Dublin",
				null, "D01", "IE", Industry.DISTRIBUTION), ProjectKind.CUSTOM, "builtin:" + BuiltInTemplates.ORDER_TO_CASH,
				null))
			.id();
	}

}
