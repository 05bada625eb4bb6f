package org.rapidstart.customer.web;

import java.util.Collection;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the navigation bar offers the signed-in user ({@code ${@navigation.configure}} ...): the same roles as the URL
 * rules of {@link SecurityConfiguration}, read from the signed-in user's authorities. A plain look at the
 * authorities, where {@code sec:authorize} parsed and evaluated a security expression each time, on every page.
 */
@Component("navigation")
public class Navigation {

	/** Signed in as a customer user. */
	public boolean isSignedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof CustomerPrincipal;
	}

	/** Configure and Reports: Administrators, Configurators and Viewers. */
	public boolean isConfigure() {
		return hasAny("ROLE_ADMINISTRATOR", "ROLE_CONFIGURATOR", "ROLE_VIEWER");
	}

	/** Design: Administrators and Designers. */
	public boolean isDesign() {
		return hasAny("ROLE_ADMINISTRATOR", "ROLE_DESIGNER");
	}

	/** User Management: Administrators. */
	public boolean isUsers() {
		return hasAny("ROLE_ADMINISTRATOR");
	}

	private static boolean hasAny(String... roles) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		for (GrantedAuthority authority : authorities) {
			for (String role : roles) {
				if (role.equals(authority.getAuthority())) {
					return true;
				}
			}
		}
		return false;
	}

}
