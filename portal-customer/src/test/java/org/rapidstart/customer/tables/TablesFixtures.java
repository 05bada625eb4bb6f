package org.rapidstart.customer.tables;

import java.sql.Timestamp;
import java.time.Instant;
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
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.document.TemplateDocuments;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customer users who agreed to the agreements, and Order-to-cash projects stored as the projects feature stores them,
 * so table pages can be tested on their own.
 */
@TestComponent
class TablesFixtures {

	private final CustomerFixtures customers;

	private final Agreements agreements;

	private final UserManagement management;

	private final CustomerLinks links;

	private final CustomerAccess access;

	private final JdbcTemplate jdbc;

	TablesFixtures(CustomerFixtures customers, Agreements agreements, UserManagement management, CustomerLinks links,
			CustomerAccess access, JdbcTemplate jdbc) {
		this.customers = customers;
		this.agreements = agreements;
		this.management = management;
		this.links = links;
		this.access = access;
		this.jdbc = jdbc;
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

	long project(CustomerActor owner, String name) {
		Long id = this.jdbc.queryForObject("select nextval('project_seq')", Long.class);
		this.jdbc.update("insert into project (id, customer_id, name, kind, built_in_template, template_name, "
				+ "template_document, organisation_name, country_region, industry, created_at, created_by) "
				+ "values (?, ?, ?, 'CUSTOM', 'Order-to-cash', 'Order-to-cash', ?::jsonb, 'Contoso', 'US', "
				+ "'DISTRIBUTION', ?, ?)", id, owner.customerId(), name,
				TemplateDocuments.write(BuiltInTemplates.get(BuiltInTemplates.ORDER_TO_CASH)),
				Timestamp.from(Instant.now()), owner.signInId());
		return id;
	}

}
