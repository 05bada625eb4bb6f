package org.rapidstart.customer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rapidstart.provisioning.customeruser.CustomerAccess;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in after they proved their account on an activation or invitation page (not through the sign-in
 * form). Like the form, it rotates the session id first, so a session id planted before sign-in is worthless.
 */
@Component
public class SignIn {

	private final CustomerAccess access;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SignIn(CustomerAccess access) {
		this.access = access;
	}

	public void signIn(String signInId, HttpServletRequest request, HttpServletResponse response) {
		CustomerPrincipal principal = new CustomerPrincipal(this.access.signInProfile(signInId)
			.orElseThrow(() -> new IllegalStateException("no customer user " + signInId)));
		principal.eraseCredentials();
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		this.contexts.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
