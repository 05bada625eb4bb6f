package org.rapidstart.partner.web;

import java.time.ZoneId;
import java.util.Locale;

import org.rapidstart.provisioning.preference.DateFormat;
import org.rapidstart.provisioning.preference.EffectivePreferences;
import org.rapidstart.provisioning.preference.PreferenceSettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The time zone and date format of the Partner Portal page being made: the signed-in person's own choice, else the
 * portal's ({@code rapidstart.partner-portal.time-zone}, {@code .date-format}). Read once per request. The Partner
 * Portal speaks English.
 */
@Component
public class CurrentPreferences {

	private static final String ATTRIBUTE = CurrentPreferences.class.getName();

	private final PreferenceSettings settings;

	private final EffectivePreferences defaults;

	CurrentPreferences(PreferenceSettings settings,
			@Value("${rapidstart.partner-portal.time-zone:UTC}") ZoneId timeZone,
			@Value("${rapidstart.partner-portal.date-format:MONTH_DAY_YEAR}") DateFormat dateFormat) {
		this.settings = settings;
		this.defaults = new EffectivePreferences(Locale.ENGLISH, timeZone, dateFormat);
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
