package org.rapidstart.customer;

import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerFixtures.AssignedGroup;
import org.rapidstart.customer.CustomerFixtures.Partner;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.UserManagement;

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
 * roles only, and switches from the header (new roles, new session id), or by following an e-mailed link that names
 * the other organization. An organization it does not belong to is "not found".
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

	SignedInSession session;

	@Test
	void aUserOfTwoOrganisationsChoosesOneThenSwitchesWithANewSessionAndOtherRoles() throws Exception {
		Partner partner = this.fixtures.partner();
		CustomerActor alder = this.fixtures.activatedAdmin(partner, "ada");
		CustomerActor birch = this.fixtures.activatedAdmin(partner, "ben");
		CustomerActor stranger = this.fixtures.activatedAdmin(partner, "sue");
		this.fixtures.agree(alder);
		// Birch invites Alder's administrator as Designer + Viewer; she accepts with her existing account
		long membership = this.fixtures.join(birch, alder, CustomerRole.DESIGNER, CustomerRole.VIEWER).membershipId();

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
	void theAssignmentEmailsLinkOpensTheGroupInItsOrganisationWhicheverOneThePersonWorksIn() throws Exception {
		Partner partner = this.fixtures.partner();
		CustomerActor alder = this.fixtures.activatedAdmin(partner, "ana");
		CustomerActor birch = this.fixtures.activatedAdmin(partner, "bo");
		CustomerActor stranger = this.fixtures.activatedAdmin(partner, "sid");
		this.fixtures.agree(alder);
		// Birch makes Alder's administrator a Configurator there, and assigns her a question group of its project
		String contact = this.fixtures.join(birch, alder, CustomerRole.CONFIGURATOR).contact();
		AssignedGroup assigned = this.fixtures.assignFirstGroup(birch, "Birch rollout", alder, contact);
		String link = assigned.link().substring(assigned.link().indexOf("/rapidstart/"));
		String page = "/rapidstart/projects/" + assigned.projectId() + "/groups/" + assigned.groupId();
		assertThat(link).isEqualTo(page + "?organisation=" + birch.customerId());

		// she works in Alder, where Birch's group is not found; the e-mail's link moves her to Birch first
		this.session = SignedInSession.signIn(this.mvc, alder.signInId());
		switchTo(alder.customerId());
		assertThat(send(get(page)).getStatus()).isEqualTo(404);
		String before = this.session.id();
		assertThat(send(get(link)).getRedirectedUrl()).isEqualTo(page);
		assertThat(this.session.id()).as("session id rotated, as by Switch organization").isNotEqualTo(before);
		assertThat(send(get(page)).getContentAsString()).contains("You are working in Org bo " + partner.s() + ".")
			.contains("What is the legal name of your company?");
		assertThat(send(get(link)).getStatus()).as("in Birch already: the page at once").isEqualTo(200);
		// only a link switches: a form sent with the parameter is handled where she works, Birch
		MockHttpServletResponse sent = send(post("/rapidstart/projects/new").param("organisation",
				String.valueOf(alder.customerId())).with(csrf()));
		assertThat(sent.getStatus()).as("the form, refused for its blank fields").isEqualTo(200);
		assertThat(sent.getContentAsString()).contains("Enter a name for the project.", "· Org bo " + partner.s());

		// an organization she does not belong to, or no organization at all: not found, and she stays in Birch
		assertThat(send(get(page + "?organisation=" + stranger.customerId())).getStatus()).isEqualTo(404);
		assertThat(send(get(page + "?organisation=Birch")).getStatus()).isEqualTo(404);
		assertThat(send(get(page)).getStatus()).isEqualTo(200);

		// signed out, the link leads through sign-in (no organization chosen yet) straight to the group in Birch
		this.session = SignedInSession.visitor(this.mvc);
		assertThat(send(get(link)).getRedirectedUrl()).endsWith("/sign-in");
		String back = send(post("/sign-in").param("signInId", alder.signInId())
			.param("password", CustomerFixtures.PASSWORD)
			.with(csrf())).getRedirectedUrl();
		assertThat(back).as("back to the link").contains(link);
		assertThat(send(get(back)).getRedirectedUrl()).isEqualTo(page);
		assertThat(send(get(page)).getContentAsString()).contains("You are working in Org bo " + partner.s() + ".")
			.contains("What is the legal name of your company?");
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
