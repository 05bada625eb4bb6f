package org.rapidstart.customer.answering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A question group page's input: values keyed {@code Question} or {@code Question|Parameter} (only the questions the
 * page shows are posted, so answers of hidden follow-ups stay as they are), the version of the group's answers the
 * page was made on, and which questions the page shows (for the htmx reveal).
 */
public class AnswersForm {

	private Map<String, String> values = new LinkedHashMap<>();

	private long version;

	private List<Integer> shown = new ArrayList<>();

	public Map<String, String> getValues() {
		return this.values;
	}

	public void setValues(Map<String, String> values) {
		this.values = values;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<Integer> getShown() {
		return this.shown;
	}

	public void setShown(List<Integer> shown) {
		this.shown = shown;
	}

}
