package org.rapidstart.customer.web;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerPortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
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

	@Test
	void requestsTakeTurnsBeforeTheSessionIsRead() {
		assertThat(this.admission.isEnabled()).isTrue();
		assertThat(this.admission.getOrder()).isLessThan(SessionRepositoryFilter.DEFAULT_ORDER);
		assertThat(this.admission.getFilter().concurrent())
			.isEqualTo(4 * Runtime.getRuntime().availableProcessors());
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
