package org.rapidstart.partner.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After sign-in: back to the page that asked for it, else Support to its console and partners to Customers. One
 * instance serves every sign-in at once, so the landing page is worked out per sign-in, never stored in the handler.
 */
class RoleLandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		boolean support = authentication.getAuthorities()
			.stream()
			.anyMatch(a -> "ROLE_SUPPORT".equals(a.getAuthority()));
		return support ? "/support" : "/customers";
	}

}
