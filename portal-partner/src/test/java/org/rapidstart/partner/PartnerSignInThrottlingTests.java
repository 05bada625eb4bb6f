package org.rapidstart.partner;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.rapidstart.partner.PartnerFixtures.World;
import org.rapidstart.provisioning.partner.PartnerAccounts.SignInProfile;
import org.rapidstart.testsupport.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The Partner Portal's sign-in behind the same throttle as the Customer Portal's, on a clock the test moves. */
@PartnerPortalTest
@AutoConfigureMockMvc
class PartnerSignInThrottlingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnerFixtures fixtures;

	@Autowired
	TestClock clock;

	@Test
	void failuresMakeTheNextAttemptWaitThenLockWhileOtherPartnersSignIn() throws Exception {
		World world = this.fixtures.world();
		SignInProfile harbor = this.fixtures.activatedAdmin(world.harborLane());
		SignInProfile ridgeway = this.fixtures.activatedAdmin(world.ridgeway());
		for (int i = 0; i < 3; i++) {
			signIn(harbor.signInId(), "wrong-" + i, "192.0.2.50");
		}
		MockHttpServletResponse refused = signIn(harbor.signInId(), PartnerFixtures.PASSWORD, "192.0.2.50");
		assertThat(refused.getRedirectedUrl()).isEqualTo("/sign-in?error");
		assertThat(page(refused)).contains("Too many failed sign-in attempts. Wait until");
		assertThat(signIn(ridgeway.signInId(), PartnerFixtures.PASSWORD, "198.51.100.50").getRedirectedUrl())
			.isEqualTo("/customers");

		for (int i = 3; i < 10; i++) {
			this.clock.advance(Duration.ofMinutes(10));
			signIn(harbor.signInId(), "wrong-" + i, "192.0.2.50");
		}
		refused = signIn(harbor.signInId(), PartnerFixtures.PASSWORD, "192.0.2.51");
		assertThat(page(refused)).contains("Sign-in is locked for a while after too many failed attempts. Try again after");
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(signIn(harbor.signInId(), PartnerFixtures.PASSWORD, "192.0.2.51").getRedirectedUrl())
			.isEqualTo("/customers");
	}

	private MockHttpServletResponse signIn(String signInId, String password, String address) throws Exception {
		return this.mvc.perform(post("/sign-in").param("signInId", signInId).param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn().getResponse();
	}

	private String page(MockHttpServletResponse failure) throws Exception {
		Cookie session = failure.getCookie("RS_PARTNER_SESSION");
		assertThat(session).isNotNull();
		return this.mvc.perform(get("/sign-in?error").cookie(session)).andReturn().getResponse().getContentAsString();
	}

}
