package org.rapidstart.customer.inactive;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rapidstart.customer.web.CustomerPrincipal;
import org.rapidstart.provisioning.customeruser.CustomerHome;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses RapidStart work ({@code /rapidstart/**}) while the organization's service is inactive, with a page that
 * says why and what to do. Sign-in, Home and User Management keep working. Runs after Spring Security, so the
 * signed-in user is known.
 */
@Configuration(proxyBeanMethods = false)
class InactiveServiceGuard {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> inactiveServiceFilter(CustomerHome home) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.getPrincipal() instanceof CustomerPrincipal principal
						&& principal.hasOrganisation() && home.isInactive(principal.getCustomerId())) {
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
