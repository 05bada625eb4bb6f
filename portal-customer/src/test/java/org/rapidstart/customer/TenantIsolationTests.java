package org.rapidstart.customer;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerFixtures.Partner;
import org.rapidstart.provisioning.agreement.AgreementDocument;
import org.rapidstart.provisioning.agreement.Agreements;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.UserManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The isolation matrix: an administrator of customer A, signed in for real, sends customer B's user ids to every
 * User Management endpoint and gets "not found", and B's users are unchanged.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
class TenantIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CustomerFixtures fixtures;

	@Autowired
	UserManagement management;

	@Autowired
	Agreements agreements;

	@Test
	void anAdministratorOfOneCustomerCanNeitherReadNorChangeAnothersUsers() throws Exception {
		Partner partner = this.fixtures.partner();
		CustomerActor a = this.fixtures.activatedAdmin(partner, "ann");
		CustomerActor b = this.fixtures.activatedAdmin(partner, "bob");
		this.agreements.accept(a, java.util.Map.of(AgreementDocument.ONLINE_SERVICES_AGREEMENT,
				AgreementDocument.ONLINE_SERVICES_AGREEMENT.currentVersion(), AgreementDocument.PRIVACY_STATEMENT,
				AgreementDocument.PRIVACY_STATEMENT.currentVersion()));
		long bAdmin = this.management.users(b).get(0).id();
		long bUser = this.management.create(b, "Bea", "bea-" + partner.s() + "@b.example", "bea@b.example",
				java.util.Set.of(CustomerRole.CONFIGURATOR)).id();

		// sessions live in Spring Session JDBC, found by the session cookie
		Cookie session = this.mvc
			.perform(post("/sign-in").param("signInId", a.signInId())
				.param("password", CustomerFixtures.PASSWORD)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("RS_CUSTOMER_SESSION");
		assertThat(session).isNotNull();
		assertThat(this.mvc.perform(get("/users").cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);

		for (long foreign : List.of(bAdmin, bUser)) {
			List<MockHttpServletRequestBuilder> requests = List.of(get("/users/" + foreign),
					post("/users/" + foreign + "/invitation").with(csrf()),
					post("/users/" + foreign + "/roles").param("roles", "DESIGNER").with(csrf()),
					post("/users/" + foreign + "/deactivate").with(csrf()),
					post("/users/" + foreign + "/reactivate").with(csrf()),
					post("/users/" + foreign + "/remove").with(csrf()));
			for (MockHttpServletRequestBuilder request : requests) {
				int status = this.mvc.perform(request.cookie(session)).andReturn().getResponse().getStatus();
				assertThat(status).as(request.toString()).isEqualTo(404);
			}
		}
		assertThat(this.management.users(b)).extracting(UserManagement.CustomerUserView::status)
			.containsExactlyInAnyOrder("Active", "Not invited");
		assertThat(this.management.get(b, bUser).roles()).containsExactly(CustomerRole.CONFIGURATOR);
		assertThat(this.mvc.perform(get("/users").cookie(session)).andReturn().getResponse().getContentAsString())
			.doesNotContain("bea-" + partner.s());
	}

}
