package org.rapidstart.customer.projects;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.provisioning.agreement.AgreementDocument;
import org.rapidstart.provisioning.agreement.Agreements;
import org.rapidstart.provisioning.customeruser.CustomerAccess;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerLinks;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.LinkKind;
import org.rapidstart.provisioning.customeruser.UserManagement;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Customer users of every role, invited and activated as a person would be, with the agreements accepted, and signed
 * in over HTTP (sessions live in Spring Session JDBC, found by the cookie).
 */
@TestComponent
class ProjectWebFixtures {

	private final CustomerFixtures fixtures;

	private final UserManagement users;

	private final CustomerLinks links;

	private final CustomerAccess access;

	private final Agreements agreements;

	ProjectWebFixtures(CustomerFixtures fixtures, UserManagement users, CustomerLinks links, CustomerAccess access,
			Agreements agreements) {
		this.fixtures = fixtures;
		this.users = users;
		this.links = links;
		this.access = access;
		this.agreements = agreements;
	}

	/** A new customer's administrator, agreements accepted. */
	CustomerActor administrator(String name) {
		CustomerActor admin = this.fixtures.activatedAdmin(this.fixtures.partner(), name);
		agree(admin);
		return admin;
	}

	/** Another user of the administrator's customer, invited, activated and agreed. */
	CustomerActor user(CustomerActor admin, String name, CustomerRole... roles) {
		String signIn = name + "-" + admin.accountId() + "@customer.example";
		long id = this.users.create(admin, "User " + name, signIn, signIn, Set.of(roles)).id();
		this.users.sendInvitation(admin, id);
		String link = CapturedMail.firstLink(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signIn, "invited"));
		long accountId = this.links.redeemByNewAccount(LinkKind.INVITATION, link.substring(link.lastIndexOf('/') + 1),
				"User " + name, CustomerFixtures.PASSWORD, CustomerFixtures.PASSWORD).getId();
		CustomerActor actor = this.access.actor(accountId).orElseThrow();
		agree(actor);
		return actor;
	}

	private void agree(CustomerActor actor) {
		this.agreements.accept(actor, Map.of(AgreementDocument.ONLINE_SERVICES_AGREEMENT,
				AgreementDocument.ONLINE_SERVICES_AGREEMENT.currentVersion(), AgreementDocument.PRIVACY_STATEMENT,
				AgreementDocument.PRIVACY_STATEMENT.currentVersion()));
	}

	static Cookie signIn(MockMvc mvc, CustomerActor actor) throws Exception {
		Cookie session = mvc
			.perform(post("/sign-in").param("signInId", actor.signInId())
				.param("password", CustomerFixtures.PASSWORD)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("RS_CUSTOMER_SESSION");
		if (session == null) {
			throw new IllegalStateException("sign-in of " + actor.signInId() + " failed");
		}
		return session;
	}

}
