package org.rapidstart.partner.web;

import org.rapidstart.provisioning.preference.EffectivePreferences;
import org.rapidstart.provisioning.preference.PortalDefaults;
import org.rapidstart.provisioning.preference.PreferenceSettings;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The time zone and date format of the Partner Portal page being made: the signed-in person's own choice, else the
 * portal's ({@link PortalDefaults}: {@code rapidstart.partner-portal.time-zone}, {@code .date-format}). Read once per request. The Partner
 * Portal speaks English.
 */
@Component
public class CurrentPreferences {

	private static final String ATTRIBUTE = CurrentPreferences.class.getName();

	private final PreferenceSettings settings;

	private final EffectivePreferences defaults;

	CurrentPreferences(PreferenceSettings settings, PortalDefaults portalDefaults) {
		this.settings = settings;
		this.defaults = portalDefaults.partnerPortal();
	}

	public EffectivePreferences defaults() {
		return this.defaults;
	}

	public EffectivePreferences get() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return this.defaults;
		}
		if (attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof EffectivePreferences cached) {
			return cached;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		EffectivePreferences preferences = this.defaults;
		if (authentication != null && authentication.getPrincipal() instanceof PartnerPrincipal principal) {
			EffectivePreferences own = this.settings.effective(principal.getAccountId(), null, this.defaults);
			// the language stays the portal's: the Partner Portal has no translations
			preferences = new EffectivePreferences(this.defaults.language(), own.timeZone(), own.dateFormat());
		}
		attributes.setAttribute(ATTRIBUTE, preferences, RequestAttributes.SCOPE_REQUEST);
		return preferences;
	}

}
