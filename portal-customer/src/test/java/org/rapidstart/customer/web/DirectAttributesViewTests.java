package org.rapidstart.customer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.junit.jupiter.api.Test;
import org.rapidstart.customer.web.DirectAttributesView.DirectAttributes;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's variables go to the innermost request that keeps attributes, past wrappers that only pass them on, and
 * never past a wrapper that gives attributes a meaning of its own.
 */
class DirectAttributesViewTests {

	@Test
	void skipsWrappersThatOnlyPassAttributesOn() {
		MockHttpServletRequest original = new MockHttpServletRequest();
		HttpServletRequest wrapped = new HttpServletRequestWrapper(new HttpServletRequestWrapper(original) {
		});
		HttpServletRequest direct = DirectAttributes.of(wrapped);

		direct.setAttribute("q", "question");
		assertThat(original.getAttribute("q")).isEqualTo("question");
		assertThat(wrapped.getAttribute("q")).isEqualTo("question");
		direct.removeAttribute("q");
		assertThat(original.getAttribute("q")).isNull();
		assertThat(direct.getRequestURI()).isEqualTo(wrapped.getRequestURI());
	}

	@Test
	void stopsAtAWrapperWithAttributesOfItsOwn() {
		MockHttpServletRequest original = new MockHttpServletRequest();
		HttpServletRequest forward = new HttpServletRequestWrapper(original) {

			@Override
			public Object getAttribute(String name) {
				return name.equals("jakarta.servlet.forward.request_uri") ? "/before" : super.getAttribute(name);
			}

		};
		HttpServletRequest direct = DirectAttributes.of(new HttpServletRequestWrapper(forward));

		assertThat(direct.getAttribute("jakarta.servlet.forward.request_uri")).isEqualTo("/before");
	}

	@Test
	void leavesARequestWithoutWrappersAsItIs() {
		MockHttpServletRequest original = new MockHttpServletRequest();
		assertThat(DirectAttributes.of(original)).isSameAs(original);
	}

}
