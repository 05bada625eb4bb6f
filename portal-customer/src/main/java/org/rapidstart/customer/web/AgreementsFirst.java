package org.rapidstart.customer.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.rapidstart.provisioning.agreement.AgreementDocument;
import org.rapidstart.provisioning.agreement.Agreements;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Until a signed-in user has agreed to the current online services agreement and privacy statement, every page
 * leads to the agreements page. A new version of either is asked for again. Agreeing cannot be undone, so once the
 * database says an account agreed to the current versions, its session remembers that (with the account and the
 * versions, so another account signing in, or a new version, asks again) and later pages ask nothing.
 */
@Component
class AgreementsFirst implements HandlerInterceptor {

	private static final String AGREED = AgreementsFirst.class.getName() + ".agreed";

	private final Agreements agreements;

	/** The current versions, as remembered in a session ("ONLINE_SERVICES_AGREEMENT 1.0, ..."). */
	private final String currentVersions = Arrays.stream(AgreementDocument.values())
		.map(d -> d.name() + " " + d.currentVersion())
		.collect(Collectors.joining(", "));

	AgreementsFirst(Agreements agreements) {
		this.agreements = agreements;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CustomerPrincipal principal)) {
			return true;
		}
		String agreed = principal.getAccountId() + ": " + this.currentVersions;
		HttpSession session = request.getSession(false);
		if (session != null && agreed.equals(session.getAttribute(AGREED))) {
			return true;
		}
		if (!this.agreements.pending(principal.getAccountId()).isEmpty()) {
			response.sendRedirect(request.getContextPath() + "/agreements");
			return false;
		}
		if (session != null) {
			session.setAttribute(AGREED, agreed);
		}
		return true;
	}

}
