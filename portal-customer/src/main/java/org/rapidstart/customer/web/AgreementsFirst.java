package org.rapidstart.customer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rapidstart.provisioning.agreement.Agreements;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Until a signed-in user has agreed to the current online services agreement and privacy statement, every page
 * leads to the agreements page. A new version of either is asked for again.
 */
@Component
class AgreementsFirst implements HandlerInterceptor {

	private final Agreements agreements;

	AgreementsFirst(Agreements agreements) {
		this.agreements = agreements;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CustomerPrincipal principal
				&& !this.agreements.pending(principal.getAccountId()).isEmpty()) {
			response.sendRedirect(request.getContextPath() + "/agreements");
			return false;
		}
		return true;
	}

}
