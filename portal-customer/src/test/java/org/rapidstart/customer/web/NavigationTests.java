package org.rapidstart.customer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.customer.SignedInSession;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The navigation bar offers each role the parts of the portal its URL rules open to it, and no other. */
@CustomerPortalTest
@AutoConfigureMockMvc
class NavigationTests {

	private static final List<String> PARTS = List.of("/rapidstart/projects", "/rapidstart/reports",
			"/rapidstart/design", "/users");

	private static final Pattern NAV = Pattern.compile("<nav.*?</nav>", Pattern.DOTALL);

	private static final Pattern LINK = Pattern.compile("href=\"(/rapidstart/[a-z]+|/users)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	CustomerFixtures fixtures;

	@Test
	void eachRoleIsOfferedWhatItMayOpen() throws Exception {
		CustomerActor admin = this.fixtures.agreedAdmin(this.fixtures.partner(), "nav");
		assertOffers(admin, PARTS);
		assertOffers(this.fixtures.user(admin, "navconfigurator", CustomerRole.CONFIGURATOR),
				List.of("/rapidstart/projects", "/rapidstart/reports"));
		assertOffers(this.fixtures.user(admin, "navdesigner", CustomerRole.DESIGNER), List.of("/rapidstart/design"));
		// Viewer is an add-on to Designer or Configurator: it opens the projects and reports to a designer
		assertOffers(this.fixtures.user(admin, "navviewer", CustomerRole.DESIGNER, CustomerRole.VIEWER),
				List.of("/rapidstart/projects", "/rapidstart/reports", "/rapidstart/design"));
	}

	/** The bar links exactly these parts, each of them opens, and every other part is refused. */
	private void assertOffers(CustomerActor actor, List<String> offered) throws Exception {
		SignedInSession session = SignedInSession.signIn(this.mvc, actor.signInId());
		Matcher nav = NAV.matcher(session.send(get("/")).getContentAsString());
		assertThat(nav.find()).as("the navigation bar").isTrue();
		List<String> links = new ArrayList<>();
		Matcher link = LINK.matcher(nav.group());
		while (link.find()) {
			links.add(link.group(1));
		}
		assertThat(links).as("offered to %s", actor.roles()).containsExactlyElementsOf(offered);
		for (String part : PARTS) {
			assertThat(session.send(get(part)).getStatus()).as("%s for %s", part, actor.roles())
				.isEqualTo(offered.contains(part) ? 200 : 403);
		}
	}

}
