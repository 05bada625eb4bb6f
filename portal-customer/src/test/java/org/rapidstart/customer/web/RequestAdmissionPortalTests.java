package org.rapidstart.customer.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerPortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * In the portal, requests take turns before anything else runs (the session is not even read for a refused one), 4
 * per core, and a refused request gets a page that says what happened and nothing internal.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
class RequestAdmissionPortalTests {

	@Autowired
	FilterRegistrationBean<RequestAdmission> admission;

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void requestsTakeTurnsBeforeTheSessionIsRead() {
		assertThat(this.admission.isEnabled()).isTrue();
		assertThat(this.admission.getOrder()).isLessThan(SessionRepositoryFilter.DEFAULT_ORDER);
		assertThat(this.admission.getFilter().concurrent())
			.isEqualTo(4 * Runtime.getRuntime().availableProcessors());
	}

	/** A real request to the running portal waits while every turn is taken, and is served once one is free. */
	@Test
	void aRequestToThePortalWaitsForATurn() throws Exception {
		RequestAdmission filter = this.admission.getFilter();
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch taken = new CountDownLatch(filter.concurrent());
		ExecutorService holders = Executors.newFixedThreadPool(filter.concurrent());
		try {
			for (int i = 0; i < filter.concurrent(); i++) {
				holders.submit(() -> {
					filter.doFilter(new MockHttpServletRequest("GET", "/busy"), new MockHttpServletResponse(),
							(request, response) -> {
								taken.countDown();
								try {
									release.await(10, TimeUnit.SECONDS);
								}
								catch (InterruptedException ex) {
									Thread.currentThread().interrupt();
								}
							});
					return null;
				});
			}
			assertThat(taken.await(10, TimeUnit.SECONDS)).as("every turn taken").isTrue();
			HttpClient http = HttpClient.newHttpClient();
			CompletableFuture<HttpResponse<String>> signIn = http.sendAsync(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/sign-in")).build(),
					HttpResponse.BodyHandlers.ofString());
			await().until(() -> filter.waiting() == 1);
			Thread.sleep(200);
			assertThat(signIn).as("waiting for a turn").isNotDone();

			release.countDown();
			HttpResponse<String> served = signIn.get(10, TimeUnit.SECONDS);
			assertThat(served.statusCode()).isEqualTo(200);
			assertThat(served.body()).contains("Sign in");
		}
		finally {
			release.countDown();
			holders.shutdown();
		}
	}

	@Test
	void aRefusedRequestGetsThePageThatSaysTheServiceIsBusy() throws Exception {
		MvcResult result = this.mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/rapidstart/projects")
			.requestAttr(RequestDispatcher.ERROR_MESSAGE, "internal detail")).andReturn();
		String page = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).isEqualTo(503);
		assertThat(page).contains("The service is busy", "Nothing was changed", "Try again in a moment")
			.doesNotContain("internal detail");
	}

}
