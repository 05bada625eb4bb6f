package org.rapidstart.customer.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the navigation bar offers the signed-in user ({@code ${@navigation.configure}} ...): the roles of the URL
 * rules of {@link SecurityConfiguration} (the same constants), read from the signed-in user's authorities. A plain
 * look at the authorities, where {@code sec:authorize} parsed and evaluated a security expression each time, on
 * every page.
 */
@Component("navigation")
public class Navigation {

	private static final Set<String> CONFIGURE = authorities(SecurityConfiguration.CONFIGURE);

	private static final Set<String> DESIGN = authorities(SecurityConfiguration.DESIGN);

	private static final Set<String> USERS = authorities(SecurityConfiguration.USERS);

	/** Signed in as a customer user. */
	public boolean isSignedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof CustomerPrincipal;
	}

	/** Configure and Reports. */
	public boolean isConfigure() {
		return hasAny(CONFIGURE);
	}

	/** Design. */
	public boolean isDesign() {
		return hasAny(DESIGN);
	}

	/** User Management. */
	public boolean isUsers() {
		return hasAny(USERS);
	}

	private static boolean hasAny(Set<String> authorities) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (authorities.contains(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	/** The authorities Spring Security's {@code hasAnyRole} checks for these roles. */
	private static Set<String> authorities(String... roles) {
		return Arrays.stream(roles).map(role -> "ROLE_" + role).collect(Collectors.toUnmodifiableSet());
	}

}
