package org.rapidstart.customer;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerFixtures.Partner;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerLinks;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.LinkKind;
import org.rapidstart.provisioning.customeruser.UserManagement;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One account, a user of two organizations: after sign-in it chooses one, works there with that organization's
 * roles only, and switches from the header (new roles, new session id). An organization it does not belong to is
 * "not found".
 */
@CustomerPortalTest
@AutoConfigureMockMvc
class SeveralOrganisationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CustomerFixtures fixtures;

	@Autowired
	UserManagement management;

	@Autowired
	CustomerLinks links;

	SignedInSession session;

	@Test
	void aUserOfTwoOrganisationsChoosesOneThenSwitchesWithANewSessionAndOtherRoles() throws Exception {
		Partner partner = this.fixtures.partner();
		CustomerActor alder = this.fixtures.activatedAdmin(partner, "ada");
		CustomerActor birch = this.fixtures.activatedAdmin(partner, "ben");
		CustomerActor stranger = this.fixtures.activatedAdmin(partner, "sue");
		this.fixtures.agree(alder);
		// Birch invites Alder's administrator as Designer + Viewer; she accepts with her existing account
		long membership = this.management.create(birch, "Ada", alder.signInId(), "ada@birch.example",
				Set.of(CustomerRole.DESIGNER, CustomerRole.VIEWER)).id();
		this.management.sendInvitation(birch, membership);
		String link = CapturedMail.firstLink(
				CapturedMail.awaitMessage(TestSmtpServer.greenMail(), "ada@birch.example", "invited"));
		this.links.redeemBySignIn(LinkKind.INVITATION, link.substring(link.lastIndexOf('/') + 1), alder.signInId(),
				CustomerFixtures.PASSWORD);

		this.session = SignedInSession.signIn(this.mvc, alder.signInId());
		assertThat(send(get("/")).getRedirectedUrl()).isEqualTo("/organisations");
		assertThat(send(get("/users")).getRedirectedUrl()).as("no roles before the choice").isEqualTo("/organisations");
		assertThat(send(get("/css/portal.css")).getStatus()).as("the page's own files still load").isEqualTo(200);
		assertThat(send(get("/js/answering.js")).getStatus()).isEqualTo(200);
		String choice = send(get("/organisations")).getContentAsString();
		assertThat(choice).contains("Org ada " + partner.s()).contains("Org ben " + partner.s())
			.contains("Designer, Viewer").doesNotContain("Org sue");

		String before = this.session.id();
		assertThat(switchTo(alder.customerId()).getRedirectedUrl()).isEqualTo("/");
		assertThat(this.session.id()).as("session id rotated").isNotEqualTo(before);
		assertThat(send(get("/users")).getStatus()).isEqualTo(200);
		assertThat(send(get("/")).getContentAsString()).contains("· Org ada " + partner.s())
			.contains("Switch organization");

		before = this.session.id();
		switchTo(birch.customerId());
		assertThat(this.session.id()).isNotEqualTo(before);
		assertThat(send(get("/users")).getStatus()).as("only Designer and Viewer in Birch").isEqualTo(403);
		assertThat(send(get("/users/new")).getStatus()).as("nor a new user in Birch").isEqualTo(403);
		String home = send(get("/")).getContentAsString();
		assertThat(home).contains("· Org ben " + partner.s());

		// an organization she does not belong to, or one she was removed from
		assertThat(switchTo(stranger.customerId()).getStatus()).isEqualTo(404);
		this.management.remove(birch, membership);
		assertThat(send(get("/")).getRedirectedUrl()).as("access to Birch ended").isEqualTo("/sign-in?ended");
	}

	@Test
	void theAgreementsComeFirstForEveryAccountThatSignsInInTheSameBrowser() throws Exception {
		Partner partner = this.fixtures.partner();
		CustomerActor agreed = this.fixtures.activatedAdmin(partner, "amy");
		this.fixtures.agree(agreed);
		this.session = SignedInSession.signIn(this.mvc, agreed.signInId());
		assertThat(send(get("/")).getStatus()).isEqualTo(200);
		assertThat(send(get("/")).getStatus()).as("still, once the session remembers it").isEqualTo(200);

		// someone else activates their organization in the same browser: a new account, agreements not yet given
		CustomerFixtures.Activation activation = this.fixtures.prospectWithActivation(partner, "abe");
		assertThat(send(post("/activation/" + activation.token() + "/create").param("displayName", "Abe")
			.param("signInId", activation.signInId())
			.param("password", CustomerFixtures.PASSWORD)
			.param("confirmPassword", CustomerFixtures.PASSWORD)
			.with(csrf())).getRedirectedUrl()).isEqualTo("/agreements");
		assertThat(send(get("/")).getRedirectedUrl()).as("the new account has agreed to nothing")
			.isEqualTo("/agreements");
		assertThat(send(get("/preferences")).getRedirectedUrl()).isEqualTo("/agreements");
	}

	private MockHttpServletResponse switchTo(long customerId) throws Exception {
		return send(post("/organisations/" + customerId).with(csrf()));
	}

	private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.session.send(request);
	}

}
