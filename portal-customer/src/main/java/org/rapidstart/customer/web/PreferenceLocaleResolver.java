package org.rapidstart.customer.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.LocaleResolver;

/** The page's language is the effective language preference; it changes on the Preferences page only. */
class PreferenceLocaleResolver implements LocaleResolver {

	private final CurrentPreferences preferences;

	PreferenceLocaleResolver(CurrentPreferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return this.preferences.get().language();
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("the language is a preference: change it on the Preferences page");
	}

}
