package org.rapidstart.customer.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rapidstart.provisioning.customeruser.CustomerAccess.Membership;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A link that names its organization ({@code ?organisation=} a customer id, as the assignment e-mail's link to a
 * question group does) opens for a person of several organizations whichever one they are working in: the session
 * moves to the named organization first ({@link SignIn#switchTo}, as Switch organization does: new roles, new session
 * id), then the page opens at its path alone (without the parameter, nor the {@code continue} that Spring Security
 * adds when it sends a visitor back after sign-in). An organization the person does not belong to is "not found",
 * like any foreign id; nothing changes then. Only for GET (a link), and only signed in: a visitor signs in first and
 * comes back to the link. The session cookie is SameSite=Lax, so another site can lead a person here only by a link
 * they follow, as the e-mail's. Only for the RapidStart pages ({@code /rapidstart/...}). Sits in the security filter
 * chain before {@link OrganisationFirst} and the URL rules, which judge the page by the organization it belongs to.
 */
class OrganisationFromLink extends OncePerRequestFilter {

	static final String PARAMETER = "organisation";

	private final SignIn signIn;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	OrganisationFromLink(SignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String page = request.getRequestURI();
		String named = ("GET".equals(request.getMethod()) && page.startsWith(request.getContextPath() + "/rapidstart/"))
				? request.getParameter(PARAMETER) : null;
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (named == null || authentication == null
				|| !(authentication.getPrincipal() instanceof CustomerPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}
		long customerId;
		try {
			customerId = Long.parseLong(named);
		}
		catch (NumberFormatException ex) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (principal.hasOrganisation() && principal.getCustomerId() == customerId) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Membership> organisation = this.signIn.switchTo(principal, customerId, request, response);
		if (organisation.isEmpty()) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		// the page itself (a local path, by the test above), in the organization it belongs to
		FlashMap message = new FlashMap();
		message.put("message", SignIn.workingIn(organisation.get()));
		message.setTargetRequestPath(page);
		this.flashMaps.saveOutputFlashMap(message, request, response);
		response.sendRedirect(page);
	}

}
