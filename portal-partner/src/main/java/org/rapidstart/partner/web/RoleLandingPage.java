package org.rapidstart.partner.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After sign-in: back to the page that asked for it, else Support to its console and partners to Customers. */
class RoleLandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		boolean support = authentication.getAuthorities()
			.stream()
			.anyMatch(a -> "ROLE_SUPPORT".equals(a.getAuthority()));
		setDefaultTargetUrl(support ? "/support" : "/customers");
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
