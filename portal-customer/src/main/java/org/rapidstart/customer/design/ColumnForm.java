package org.rapidstart.customer.design;

import jakarta.validation.Valid;

import org.rapidstart.questionnaire.model.Column;

/** One column of a Table or Data Import/Export question: the field it maps to and how it is entered. */
public class ColumnForm {

	private String field = "";

	private String label = "";

	private boolean mandatory;

	private boolean hidden;

	private String fixedValue = "";

	private String valueFrom = "";

	@Valid
	private RulesForm rules = new RulesForm();

	static ColumnForm of(Column column) {
		ColumnForm form = new ColumnForm();
		form.field = column.field();
		form.label = column.label();
		form.mandatory = column.mandatory();
		form.hidden = column.hidden();
		form.fixedValue = RulesForm.orEmpty(column.fixedValue());
		form.valueFrom = RulesForm.orEmpty(column.valueFrom());
		form.rules = RulesForm.of(column.validation(), column.lookup());
		return form;
	}

	Column column() {
		return new Column(this.field.trim(), this.label.trim(), this.mandatory, this.hidden,
				this.hidden ? this.fixedValue : null, this.hidden ? this.valueFrom : null, this.rules.validation(),
				this.rules.lookup());
	}

	public String getField() {
		return this.field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public boolean isMandatory() {
		return this.mandatory;
	}

	public void setMandatory(boolean mandatory) {
		this.mandatory = mandatory;
	}

	public boolean isHidden() {
		return this.hidden;
	}

	public void setHidden(boolean hidden) {
		this.hidden = hidden;
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
