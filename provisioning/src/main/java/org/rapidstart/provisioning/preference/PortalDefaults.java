package org.rapidstart.provisioning.preference;

import java.time.ZoneId;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each portal's own preferences, used where neither a person nor their organization chose: the Customer Portal's
 * {@code rapidstart.customer-portal.language}, {@code .time-zone} and {@code .date-format}, the Partner Portal's
 * {@code rapidstart.partner-portal.time-zone} and {@code .date-format} (it speaks English). For what the platform
 * writes away from a page, such as e-mails. Work that may run in either portal's application (the trial lifecycle)
 * sees a setting only where both read it (the environment), not in one portal's own properties file.
 */
@Component
public class PortalDefaults {

	private final EffectivePreferences customerPortal;

	private final EffectivePreferences partnerPortal;

	PortalDefaults(@Value("${rapidstart.customer-portal.language:en}") Locale customerLanguage,
			@Value("${rapidstart.customer-portal.time-zone:UTC}") ZoneId customerTimeZone,
			@Value("${rapidstart.customer-portal.date-format:MONTH_DAY_YEAR}") DateFormat customerDateFormat,
			@Value("${rapidstart.partner-portal.time-zone:UTC}") ZoneId partnerTimeZone,
			@Value("${rapidstart.partner-portal.date-format:MONTH_DAY_YEAR}") DateFormat partnerDateFormat) {
		this.customerPortal = new EffectivePreferences(customerLanguage, customerTimeZone, customerDateFormat);
		this.partnerPortal = new EffectivePreferences(Locale.ENGLISH, partnerTimeZone, partnerDateFormat);
	}

	public EffectivePreferences customerPortal() {
		return this.customerPortal;
	}

	public EffectivePreferences partnerPortal() {
		return this.partnerPortal;
	}

}
