package org.rapidstart.customer.web;

import org.rapidstart.provisioning.customeruser.CustomerAccess.Standing;
import org.rapidstart.provisioning.customeruser.CustomerActor;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a controller's {@link CustomerActor} parameter from the signed-in user's membership of the organization
 * they work in, as it is now (the request's {@link CurrentStanding}), so a deactivated user, a removed user or a
 * changed role takes effect on the very next request. The tenant always comes from here, never from a request
 * parameter.
 */
@Component
class CurrentActor implements HandlerMethodArgumentResolver {

	private final CurrentStanding standing;

	CurrentActor(CurrentStanding standing) {
		this.standing = standing;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == CustomerActor.class;
	}

	@Override
	public CustomerActor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CustomerPrincipal principal)
				|| !principal.hasOrganisation()) {
			throw new NoLongerAllowedException();
		}
		Standing now = this.standing.get();
		if (now == null || now.actor() == null) {
			throw new NoLongerAllowedException();
		}
		return now.actor();
	}

}
