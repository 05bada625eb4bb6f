package org.rapidstart.customer.web;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.customeruser.CustomerAccess;
import org.rapidstart.provisioning.customeruser.CustomerAccess.Standing;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in customer user's standing for the request being served (who they act as, whether their organization's
 * service is inactive, their preferences): read with one query the first time the inactive-service guard, the actor
 * resolver, the locale resolver or the {@code dates} bean asks, then kept as a request attribute for the rest of the
 * request. Never kept longer: the next request reads it again, so a change made on any portal instance counts at
 * once.
 */
@Component
public class CurrentStanding {

	private static final String ATTRIBUTE = CurrentStanding.class.getName();

	private final CustomerAccess access;

	CurrentStanding(CustomerAccess access) {
		this.access = access;
	}

	/** The standing of the signed-in customer user; {@code null} for a visitor who is not signed in as one. */
	public @Nullable Standing get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CustomerPrincipal principal)) {
			return null;
		}
		Long customerId = principal.hasOrganisation() ? principal.getCustomerId() : null;
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return this.access.standing(principal.getAccountId(), customerId);
		}
		// keyed by who asks: a request that switches organization or signs in asks again
		if (attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Read read
				&& read.accountId() == principal.getAccountId() && Objects.equals(read.customerId(), customerId)) {
			return read.standing();
		}
		Standing standing = this.access.standing(principal.getAccountId(), customerId);
		attributes.setAttribute(ATTRIBUTE, new Read(principal.getAccountId(), customerId, standing),
				RequestAttributes.SCOPE_REQUEST);
		return standing;
	}

	private record Read(long accountId, @Nullable Long customerId, Standing standing) {

	}

}
