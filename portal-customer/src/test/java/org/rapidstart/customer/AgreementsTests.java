package org.rapidstart.customer;

import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.agreement.AgreementDocument;
import org.rapidstart.provisioning.customeruser.CustomerActor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The agreements page for someone who agreed to an earlier version: it says the texts changed, also after they
 * pressed I agree without ticking the box; agreeing to the shown versions lets them in.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
class AgreementsTests {

	private static final String CHANGED = "The texts have changed since you last agreed.";

	@Autowired
	MockMvc mvc;

	@Autowired
	CustomerFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void someoneWhoAgreedToAnEarlierVersionIsToldTheTextsChangedUntilTheyAgreeAgain() throws Exception {
		CustomerActor admin = this.fixtures.activatedAdmin(this.fixtures.partner(), "olaf");
		this.jdbc.update("insert into agreement_acceptance (id, account_id, document, document_version, accepted_at) "
				+ "values (nextval('agreement_acceptance_seq'), ?, ?, '0.9', now())", admin.accountId(),
				AgreementDocument.PRIVACY_STATEMENT.name());
		SignedInSession session = SignedInSession.signIn(this.mvc, admin.signInId());
		assertThat(session.send(get("/")).getRedirectedUrl()).isEqualTo("/agreements");
		assertThat(session.send(get("/agreements")).getContentAsString()).contains(CHANGED);

		assertThat(session.send(post("/agreements").with(csrf())).getContentAsString())
			.contains("To use RapidStart Services, agree to the online services agreement and the privacy statement.")
			.contains(CHANGED);

		assertThat(session.send(post("/agreements").param("agree", "yes")
			.param("version-" + AgreementDocument.ONLINE_SERVICES_AGREEMENT.name(),
					AgreementDocument.ONLINE_SERVICES_AGREEMENT.currentVersion())
			.param("version-" + AgreementDocument.PRIVACY_STATEMENT.name(),
					AgreementDocument.PRIVACY_STATEMENT.currentVersion())
			.with(csrf())).getRedirectedUrl()).isEqualTo("/");
		assertThat(session.send(get("/")).getStatus()).isEqualTo(200);
	}

	@Test
	void someoneAgreeingForTheFirstTimeIsNotToldOfChanges() throws Exception {
		CustomerActor admin = this.fixtures.activatedAdmin(this.fixtures.partner(), "pete");
		SignedInSession session = SignedInSession.signIn(this.mvc, admin.signInId());
		assertThat(session.send(get("/agreements")).getContentAsString()).contains("I have read and agree")
			.doesNotContain(CHANGED);
		assertThat(session.send(post("/agreements").with(csrf())).getContentAsString()).doesNotContain(CHANGED);
	}

}
