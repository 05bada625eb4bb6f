package org.rapidstart.partner.preferences;

import jakarta.validation.constraints.Size;

/** Time zone and date format, each blank for "the portal's default". */
public class PreferencesForm {

	@Size(max = 60)
	private String timeZone = "";

	@Size(max = 20)
	private String dateFormat = "";

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
