package org.rapidstart.customer.preferences;

import jakarta.validation.constraints.Size;

/**
 * Language, time zone and date format, each blank for "use the default". The same three fields make up "Your
 * preferences" and the organization's defaults.
 */
public class PreferencesForm {

	@Size(max = 35)
	private String language = "";

	@Size(max = 60)
	private String timeZone = "";

	@Size(max = 20)
	private String dateFormat = "";

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getDateFormat() {
		return this.dateFormat;
	}

	public void setDateFormat(String dateFormat) {
		this.dateFormat = dateFormat;
	}

}
