package org.rapidstart.customer.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.customer.SignedInSession;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.preference.PreferenceSettings;
import org.rapidstart.provisioning.preference.Preferences;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * CSRF stays on with the portal's own token handling ({@link SecurityConfiguration}: masked afresh for every page
 * with {@link PerThreadRandom}): a change without the token, or with a wrong one, is refused and changes nothing;
 * the token a page wrote is accepted, whichever page wrote it.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
class CrossSiteRequestForgeryTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	CustomerFixtures fixtures;

	@Autowired
	PreferenceSettings settings;

	@Test
	void aChangeNeedsTheTokenOfAPageAndEachPageMasksItAfresh() throws Exception {
		CustomerActor ann = this.fixtures.agreedAdmin(this.fixtures.partner(), "csrf");
		SignedInSession session = SignedInSession.signIn(this.mvc, ann.signInId());

		assertThat(session.send(post("/preferences").param("dateFormat", "DOTTED")).getStatus())
			.as("no token").isEqualTo(403);
		assertThat(session.send(post("/preferences").param("dateFormat", "DOTTED").with(csrf().useInvalidToken()))
			.getStatus()).as("a wrong token").isEqualTo(403);
		assertThat(this.settings.own(ann.accountId())).isEqualTo(Preferences.NONE);

		String first = token(session);
		String second = token(session);
		assertThat(first).as("masked afresh for each page").isNotEqualTo(second);
		assertThat(session.send(post("/preferences").param("dateFormat", "DOTTED").param("_csrf", first))
			.getStatus()).isEqualTo(302);
		assertThat(this.settings.own(ann.accountId()).dateFormat()).hasToString("DOTTED");
		assertThat(session.send(post("/preferences").param("dateFormat", "ISO").param("_csrf", second))
			.getStatus()).isEqualTo(302);
		assertThat(this.settings.own(ann.accountId()).dateFormat()).hasToString("ISO");
	}

	private static String token(SignedInSession session) throws Exception {
		Matcher token = TOKEN.matcher(session.send(get("/preferences")).getContentAsString());
		assertThat(token.find()).as("the page's form carries the token").isTrue();
		return token.group(1);
	}

}
