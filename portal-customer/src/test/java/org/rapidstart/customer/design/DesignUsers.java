package org.rapidstart.customer.design;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.customer.CustomerFixtures.Partner;
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

/** Customer users ready to work in the Design area: activated, agreements accepted; and their sessions. */
@TestComponent
class DesignUsers {

	private final CustomerFixtures fixtures;

	private final Agreements agreements;

	private final UserManagement management;

	private final CustomerLinks links;

	private final CustomerAccess access;

	DesignUsers(CustomerFixtures fixtures, Agreements agreements, UserManagement management, CustomerLinks links,
			CustomerAccess access) {
		this.fixtures = fixtures;
		this.agreements = agreements;
		this.management = management;
		this.links = links;
		this.access = access;
	}

	/** The activated Customer administrator of a new prospect, agreements accepted. */
	CustomerActor administrator(Partner partner, String name) {
		CustomerActor admin = this.fixtures.activatedAdmin(partner, name);
		agree(admin);
		return admin;
	}

	/** Another user of the administrator's organization, invited, activated and agreed, with the given roles. */
	CustomerActor user(CustomerActor admin, String name, CustomerRole... roles) {
		String signIn = name + "-" + admin.customerId() + "@customer.example";
		long id = this.management.create(admin, "User " + name, signIn, signIn, Set.of(roles)).id();
		this.management.sendInvitation(admin, id);
		String link = CapturedMail.firstLink(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signIn, "invited"));
		long accountId = this.links
			.redeemByNewAccount(LinkKind.INVITATION, link.substring(link.lastIndexOf('/') + 1), "User " + name,
					CustomerFixtures.PASSWORD, CustomerFixtures.PASSWORD)
			.getId();
		CustomerActor actor = this.access.actor(accountId).orElseThrow();
		agree(actor);
		return actor;
	}

	/** Makes an existing account (a user elsewhere) a user of the administrator's organization too, with roles. */
	void join(CustomerActor admin, CustomerActor member, CustomerRole... roles) {
		String contact = "member-" + member.accountId() + "-" + admin.customerId() + "@customer.example";
		long id = this.management.create(admin, "Member", member.signInId(), contact, Set.of(roles)).id();
		this.management.sendInvitation(admin, id);
		String link = CapturedMail.firstLink(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), contact, "invited"));
		this.links.redeemBySignIn(LinkKind.INVITATION, link.substring(link.lastIndexOf('/') + 1), member.signInId(),
				CustomerFixtures.PASSWORD);
	}

	private void agree(CustomerActor actor) {
		this.agreements.accept(actor,
				Map.of(AgreementDocument.ONLINE_SERVICES_AGREEMENT,
						AgreementDocument.ONLINE_SERVICES_AGREEMENT.currentVersion(),
						AgreementDocument.PRIVACY_STATEMENT, AgreementDocument.PRIVACY_STATEMENT.currentVersion()));
	}

	/** Signs in a user of several organizations and chooses one; returns the session cookie of the choice. */
	static Cookie signIn(MockMvc mvc, CustomerActor actor, long organisation) throws Exception {
		Cookie session = signIn(mvc, actor);
		Cookie chosen = mvc.perform(post("/organisations/" + organisation).cookie(session).with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("RS_CUSTOMER_SESSION");
		return (chosen != null) ? chosen : session;
	}

	/** Signs in through the sign-in form; the session lives in Spring Session JDBC, found by this cookie. */
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
