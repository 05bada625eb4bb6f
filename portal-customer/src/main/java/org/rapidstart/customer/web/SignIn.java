package org.rapidstart.customer.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rapidstart.provisioning.customeruser.CustomerAccess;
import org.rapidstart.provisioning.customeruser.CustomerAccess.Membership;
import org.rapidstart.provisioning.customeruser.CustomerAccess.SignInProfile;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in after they proved their account on an activation or invitation page (not through the sign-in
 * form), into the organization of that link; and moves a signed-in person to another of their organizations.
 * Both rotate the session id first, like the sign-in form, so a session id planted or seen before is worthless.
 */
@Component
public class SignIn {

	private final CustomerAccess access;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SignIn(CustomerAccess access) {
		this.access = access;
	}

	/** Signs the account in, working in the given organization if it may (else it chooses, as after sign-in). */
	public void signIn(String signInId, long customerId, HttpServletRequest request, HttpServletResponse response) {
		SignInProfile profile = this.access.signInProfile(signInId)
			.orElseThrow(() -> new IllegalStateException("no customer user " + signInId));
		CustomerPrincipal principal = new CustomerPrincipal(profile);
		Optional<Membership> organisation = find(profile.memberships(), customerId);
		if (organisation.isPresent()) {
			principal = principal.in(organisation.get(), profile.memberships());
		}
		principal.eraseCredentials();
		store(principal, request, response);
	}

	/**
	 * The signed-in person works in another of their organizations from now on: new roles, new session id. Returns
	 * that organization; empty (and nothing changes) if they may not work there.
	 */
	public Optional<Membership> switchTo(CustomerPrincipal principal, long customerId, HttpServletRequest request,
			HttpServletResponse response) {
		List<Membership> memberships = this.access.memberships(principal.getAccountId());
		Optional<Membership> organisation = find(memberships, customerId);
		organisation.ifPresent(o -> store(principal.in(o, memberships), request, response));
		return organisation;
	}

	/** What a page says after a switch to the organization. */
	public static String workingIn(Membership organisation) {
		return "You are working in " + organisation.organisationName() + ".";
	}

	private static Optional<Membership> find(List<Membership> memberships, long customerId) {
		return memberships.stream().filter(m -> m.customerId() == customerId).findFirst();
	}

	private void store(CustomerPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
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
