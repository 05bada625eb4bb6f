package org.rapidstart.customer.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.customeruser.CustomerAccess.Standing;
import org.rapidstart.provisioning.preference.EffectivePreferences;
import org.rapidstart.provisioning.preference.PortalDefaults;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language, time zone and date format of the page being made: the signed-in user's own choice, else their
 * organization's default, else the portal's ({@link PortalDefaults}: {@code rapidstart.customer-portal.language},
 * {@code .time-zone}, {@code .date-format}; English when the portal does not speak the configured language). Read once per request, with the rest of the user's {@link CurrentStanding}. A visitor who is not signed in gets the portal's defaults, in the
 * browser's language when the portal speaks it.
 */
@Component
public class CurrentPreferences {

	private static final String ATTRIBUTE = CurrentPreferences.class.getName();

	private final CurrentStanding standing;

	private final Languages languages;

	private final EffectivePreferences defaults;

	CurrentPreferences(CurrentStanding standing, Languages languages, PortalDefaults portalDefaults) {
		this.standing = standing;
		this.languages = languages;
		EffectivePreferences portal = portalDefaults.customerPortal();
		this.defaults = languages.supports(portal.language()) ? portal
				: new EffectivePreferences(Locale.ENGLISH, portal.timeZone(), portal.dateFormat());
	}

	/** The portal's defaults, where nobody chose. */
	public EffectivePreferences defaults() {
		return this.defaults;
	}

	public EffectivePreferences get() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return this.defaults;
		}
		Object cached = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (cached instanceof EffectivePreferences preferences) {
			return preferences;
		}
		EffectivePreferences preferences = resolve(attributes);
		attributes.setAttribute(ATTRIBUTE, preferences, RequestAttributes.SCOPE_REQUEST);
		return preferences;
	}

	private EffectivePreferences resolve(RequestAttributes attributes) {
		Standing signedIn = this.standing.get();
		if (signedIn != null) {
			EffectivePreferences chosen = signedIn.own().over(signedIn.organisation()).over(this.defaults);
			return this.languages.supports(chosen.language()) ? chosen
					: new EffectivePreferences(this.defaults.language(), chosen.timeZone(), chosen.dateFormat());
		}
		Locale browser = (attributes instanceof ServletRequestAttributes servlet) ? browserLanguage(servlet.getRequest())
				: null;
		return (browser != null)
				? new EffectivePreferences(browser, this.defaults.timeZone(), this.defaults.dateFormat())
				: this.defaults;
	}

	private @Nullable Locale browserLanguage(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return null;
		}
		for (Locale wanted : java.util.Collections.list(request.getLocales())) {
			Locale supported = this.languages.closest(wanted);
			if (supported != null) {
				return supported;
			}
		}
		return null;
	}

}
