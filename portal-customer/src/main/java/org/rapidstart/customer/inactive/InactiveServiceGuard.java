package org.rapidstart.customer.inactive;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rapidstart.customer.web.CurrentStanding;
import org.rapidstart.provisioning.customeruser.CustomerAccess.Standing;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses RapidStart work ({@code /rapidstart/**}) while the organization's service is inactive, with a page that
 * says why and what to do. Sign-in, Home and User Management keep working. Runs after Spring Security, so the
 * signed-in user is known; asks the request's {@link CurrentStanding}, which the rest of the request then shares.
 */
@Configuration(proxyBeanMethods = false)
class InactiveServiceGuard {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> inactiveServiceFilter(CurrentStanding standing) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Standing now = standing.get();
				if (now != null && now.serviceInactive()) {
					response.setStatus(HttpServletResponse.SC_FORBIDDEN);
					request.getRequestDispatcher("/service-inactive").forward(request, response);
					return;
				}
				chain.doFilter(request, response);
			}

		});
		registration.addUrlPatterns("/rapidstart/*");
		return registration;
	}

}
