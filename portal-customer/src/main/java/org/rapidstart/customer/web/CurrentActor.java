package org.rapidstart.customer.web;

import org.rapidstart.provisioning.customeruser.CustomerAccess;
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
 * they work in, as it is now, so a deactivated user, a removed user or a changed role takes effect on the very next
 * request. The tenant always comes from here, never from a request parameter.
 */
@Component
class CurrentActor implements HandlerMethodArgumentResolver {

	private final CustomerAccess access;

	CurrentActor(CustomerAccess access) {
		this.access = access;
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
		return this.access.actor(principal.getAccountId(), principal.getCustomerId())
			.orElseThrow(NoLongerAllowedException::new);
	}

}
