package org.rapidstart.customer;

import jakarta.servlet.http.Cookie;

import org.jspecify.annotations.Nullable;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A person signed in through the real sign-in form, over MockMvc: the session lives in Spring Session JDBC and is
 * found by its cookie, which this follows when the session id changes.
 */
public final class SignedInSession {

	private final MockMvc mvc;

	private @Nullable Cookie cookie;

	private SignedInSession(MockMvc mvc, @Nullable Cookie cookie) {
		this.mvc = mvc;
		this.cookie = cookie;
	}

	public static SignedInSession signIn(MockMvc mvc, String signInId) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(post("/sign-in").param("signInId", signInId)
				.param("password", CustomerFixtures.PASSWORD)
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).as("signed in").isNotEqualTo("/sign-in?error");
		Cookie cookie = response.getCookie("RS_CUSTOMER_SESSION");
		assertThat(cookie).isNotNull();
		return new SignedInSession(mvc, cookie);
	}

	/** A visitor who has not signed in (yet): the session begins with the first cookie the portal sets. */
	public static SignedInSession visitor(MockMvc mvc) {
		return new SignedInSession(mvc, null);
	}

	/** Sends the request in this session (add {@code csrf()} to a POST yourself). */
	public MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		if (this.cookie != null) {
			request.cookie(this.cookie);
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		Cookie renewed = response.getCookie("RS_CUSTOMER_SESSION");
		if (renewed != null && !renewed.getValue().isEmpty()) {
			this.cookie = renewed;
		}
		return response;
	}

	public String id() {
		assertThat(this.cookie).as("a session").isNotNull();
		return this.cookie.getValue();
	}

}
