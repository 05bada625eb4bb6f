package org.rapidstart.customer.design;

import jakarta.validation.Valid;

/**
 * What a table column and a class parameter share: a label, where the value comes from when it is not entered (a
 * fixed value or another question's answer) and its validation and lookup.
 */
public abstract class ValueForm {

	private String label = "";

	private String fixedValue = "";

	private String valueFrom = "";

	@Valid
	private RulesForm rules = new RulesForm();

	void setFrom(String label, String fixedValue, String valueFrom, RulesForm rules) {
		this.label = label;
		this.fixedValue = fixedValue;
		this.valueFrom = valueFrom;
		this.rules = rules;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public String getFixedValue() {
		return this.fixedValue;
	}

	public void setFixedValue(String fixedValue) {
		this.fixedValue = fixedValue;
	}

	public String getValueFrom() {
		return this.valueFrom;
	}

	public void setValueFrom(String valueFrom) {
		this.valueFrom = valueFrom;
	}

	public RulesForm getRules() {
		return this.rules;
	}

	public void setRules(RulesForm rules) {
		this.rules = rules;
	}

}
