package org.rapidstart.customer.tables;

import java.util.Map;
import java.util.Set;

import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.provisioning.agreement.AgreementDocument;
import org.rapidstart.provisioning.agreement.Agreements;
import org.rapidstart.provisioning.customeruser.CustomerAccess;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerLinks;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.LinkKind;
import org.rapidstart.provisioning.customeruser.UserManagement;
import org.rapidstart.provisioning.project.NewProject;
import org.rapidstart.provisioning.project.Organisation;
import org.rapidstart.provisioning.project.ProjectKind;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.builtin.Industry;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.boot.test.context.TestComponent;

/**
 * Customer users who agreed to the agreements, and Order-to-cash projects created through the projects feature.
 */
@TestComponent
class TablesFixtures {

	private final CustomerFixtures customers;

	private final Agreements agreements;

	private final UserManagement management;

	private final CustomerLinks links;

	private final CustomerAccess access;

	private final ProjectManagement projects;

	TablesFixtures(CustomerFixtures customers, Agreements agreements, UserManagement management, CustomerLinks links,
			CustomerAccess access, ProjectManagement projects) {
		this.customers = customers;
		this.agreements = agreements;
		this.management = management;
		this.links = links;
		this.access = access;
		this.projects = projects;
	}

	/** A customer's administrator who has agreed, ready to sign in with {@link CustomerFixtures#PASSWORD}. */
	CustomerActor administrator(String name) {
		CustomerActor admin = this.customers.activatedAdmin(this.customers.partner(), name);
		agree(admin);
		return admin;
	}

	/** Another user of the administrator's customer with these roles, activated through the e-mailed invitation. */
	CustomerActor colleague(CustomerActor admin, String name, CustomerRole... roles) {
		String signIn = name + "-" + admin.signInId();
		long id = this.management.create(admin, name, signIn, "contact-" + signIn, Set.of(roles)).id();
		this.management.sendInvitation(admin, id);
		String link = CapturedMail.firstLink(
				CapturedMail.awaitMessage(TestSmtpServer.greenMail(), "contact-" + signIn, "invited"));
		long accountId = this.links.redeemByNewAccount(LinkKind.INVITATION, link.substring(link.lastIndexOf('/') + 1),
				name, CustomerFixtures.PASSWORD, CustomerFixtures.PASSWORD).getId();
		CustomerActor user = this.access.actor(accountId).orElseThrow();
		agree(user);
		return user;
	}

	private void agree(CustomerActor actor) {
		this.agreements.accept(actor, Map.of(AgreementDocument.ONLINE_SERVICES_AGREEMENT,
				AgreementDocument.ONLINE_SERVICES_AGREEMENT.currentVersion(), AgreementDocument.PRIVACY_STATEMENT,
				AgreementDocument.PRIVACY_STATEMENT.currentVersion()));
	}

	/** An Order-to-cash project created by the user, every question group assigned to them. */
	long project(CustomerActor owner, String name) {
		return this.projects.create(owner, new NewProject(name, new Organisation("Contoso", "1 Main Street", "Dublin",
				null, "D01", "IE", Industry.DISTRIBUTION), ProjectKind.CUSTOM, "builtin:" + BuiltInTemplates.ORDER_TO_CASH,
				null))
			.id();
	}

}
