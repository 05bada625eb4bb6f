package org.rapidstart.customer.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user of several organizations chooses one after sign-in: until then every page but a few leads to the choice.
 * Sits in the security filter chain before the URL rules, which would otherwise refuse a user without roles yet.
 */
class OrganisationFirst extends OncePerRequestFilter {

	static final String CHOICE = "/organisations";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CustomerPrincipal principal
				&& !principal.hasOrganisation() && !OpenPaths.beforeOrganisation(path(request))) {
			response.sendRedirect(request.getContextPath() + CHOICE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
