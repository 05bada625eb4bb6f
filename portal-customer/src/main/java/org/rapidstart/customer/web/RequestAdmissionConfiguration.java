package org.rapidstart.customer.web;

import java.time.Duration;

import jakarta.servlet.DispatcherType;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@link RequestAdmission} in front of every request: {@code rapidstart.customer-portal.concurrent-requests} at a
 * time (unset: 4 per core; 0 turns it off), each waiting at most {@code rapidstart.customer-portal.admission-wait}
 * (default 30 s) for its turn.
 */
@Configuration(proxyBeanMethods = false)
class RequestAdmissionConfiguration {

	@Bean
	FilterRegistrationBean<RequestAdmission> requestAdmissionFilter(
			@Value("${rapidstart.customer-portal.concurrent-requests:#{null}}") @Nullable Integer concurrent,
			@Value("${rapidstart.customer-portal.admission-wait:30s}") Duration wait) {
		int turns = (concurrent != null) ? concurrent : RequestAdmission.forCores(Runtime.getRuntime().availableProcessors());
		FilterRegistrationBean<RequestAdmission> registration = new FilterRegistrationBean<>(
				new RequestAdmission(Math.max(1, turns), wait));
		registration.setEnabled(turns > 0);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		// only a request's own dispatch: its error page and the asynchronous writing of a download run on its turn or
		// after it, never waiting for a second one
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
