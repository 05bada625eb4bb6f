package org.rapidstart.customer;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerFixtures.Partner;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.testsupport.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Customer Portal's sign-in form behind the throttle, on a clock the test moves: failures make the next
 * attempt wait, then lock the sign-in ID, with a message that says until when; other people keep signing in.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
class SignInThrottlingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CustomerFixtures fixtures;

	@Autowired
	TestClock clock;

	CustomerActor tia;

	CustomerActor tom;

	@BeforeEach
	void setUp() {
		Partner partner = this.fixtures.partner();
		this.tia = this.fixtures.activatedAdmin(partner, "tia");
		this.tom = this.fixtures.activatedAdmin(partner, "tom");
	}

	@Test
	void threeFailuresMakeEvenTheRightPasswordWaitWhileOthersSignIn() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(signIn(this.tia.signInId(), "wrong-" + i, "192.0.2.10").getRedirectedUrl())
				.isEqualTo("/sign-in?error");
		}
		MockHttpServletResponse refused = signIn(this.tia.signInId(), CustomerFixtures.PASSWORD, "192.0.2.10");
		assertThat(refused.getRedirectedUrl()).isEqualTo("/sign-in?error");
		assertThat(page(refused)).contains("Too many failed sign-in attempts. Wait until")
			.contains(" UTC, then try again.");

		// someone else, elsewhere, is not held up
		assertThat(signIn(this.tom.signInId(), CustomerFixtures.PASSWORD, "198.51.100.20").getRedirectedUrl())
			.isEqualTo("/");

		this.clock.advance(Duration.ofSeconds(5));
		assertThat(signIn(this.tia.signInId(), CustomerFixtures.PASSWORD, "192.0.2.10").getRedirectedUrl())
			.isEqualTo("/");
		// success reset the count: one more slip costs nothing
		signIn(this.tia.signInId(), "wrong-again", "192.0.2.10");
		assertThat(signIn(this.tia.signInId(), CustomerFixtures.PASSWORD, "192.0.2.10").getRedirectedUrl())
			.isEqualTo("/");
	}

	@Test
	void tenFailuresLockTheSignInIdAndThePageSaysUntilWhenWithoutSayingWhetherItExists() throws Exception {
		String nobody = "nobody-" + this.tia.signInId();
		for (int i = 0; i < 10; i++) {
			signIn(this.tia.signInId(), "wrong-" + i, "192.0.2." + (30 + i));
			signIn(nobody, "wrong-" + i, "192.0.2." + (30 + i));
			this.clock.advance(Duration.ofMinutes(10));
		}
		this.clock.advance(Duration.ofMinutes(-10));
		String until = "Try again after ";
		String locked = page(signIn(this.tia.signInId(), CustomerFixtures.PASSWORD, "203.0.113.1"));
		String lockedNobody = page(signIn(nobody, CustomerFixtures.PASSWORD, "203.0.113.1"));
		assertThat(locked).contains("Sign-in is locked for a while after too many failed attempts.").contains(until);
		assertThat(text(locked)).isEqualTo(text(lockedNobody));

		this.clock.advance(Duration.ofMinutes(15));
		assertThat(signIn(this.tia.signInId(), CustomerFixtures.PASSWORD, "203.0.113.1").getRedirectedUrl())
			.isEqualTo("/");
	}

	@Test
	void anActivationLinkCannotBeUsedToGuessSomeoneElsesPassword() throws Exception {
		String token = this.fixtures.prospectWithActivation(this.fixtures.partner(), "eve").token();
		for (int i = 0; i < 3; i++) {
			assertThat(linkSignIn(token, this.tia.signInId(), "guess-" + i)).contains("The sign-in ID or password is not right");
		}
		assertThat(linkSignIn(token, this.tia.signInId(), CustomerFixtures.PASSWORD))
			.contains("Too many failed sign-in attempts. Wait until")
			.doesNotContain("belongs to someone else");
		// the same sign-in ID on the sign-in page waits too
		assertThat(signIn(this.tia.signInId(), CustomerFixtures.PASSWORD, "192.0.2.99").getRedirectedUrl())
			.isEqualTo("/sign-in?error");
	}

	private String linkSignIn(String token, String signInId, String password) throws Exception {
		return this.mvc
			.perform(post("/activation/" + token + "/sign-in").param("signInId", signInId)
				.param("password", password)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletResponse signIn(String signInId, String password, String address) throws Exception {
		return this.mvc.perform(post("/sign-in").param("signInId", signInId).param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn().getResponse();
	}

	/** The sign-in page the failure redirects to, in the same session. */
	private String page(MockHttpServletResponse failure) throws Exception {
		Cookie session = failure.getCookie("RS_CUSTOMER_SESSION");
		assertThat(session).isNotNull();
		return this.mvc.perform(get("/sign-in?error").cookie(session)).andReturn().getResponse().getContentAsString();
	}

	/** The alert's text. */
	private static String text(String page) {
		int start = page.indexOf("id=\"sign-in-error\"");
		return page.substring(start, page.indexOf("</div>", start));
	}

}
