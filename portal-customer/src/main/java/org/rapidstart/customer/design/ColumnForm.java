package org.rapidstart.customer.design;

import org.rapidstart.questionnaire.model.Column;

/** One column of a Table or Data Import/Export question: the field it maps to and how it is entered. */
public class ColumnForm extends ValueForm {

	private String field = "";

	private boolean mandatory;

	private boolean hidden;

	static ColumnForm of(Column column) {
		ColumnForm form = new ColumnForm();
		form.field = column.field();
		form.mandatory = column.mandatory();
		form.hidden = column.hidden();
		form.setFrom(column.label(), RulesForm.orEmpty(column.fixedValue()), RulesForm.orEmpty(column.valueFrom()),
				RulesForm.of(column.validation(), column.lookup()));
		return form;
	}

	Column column() {
		return new Column(this.field.trim(), getLabel().trim(), this.mandatory, this.hidden,
				this.hidden ? getFixedValue() : null, this.hidden ? getValueFrom() : null, getRules().validation(),
				getRules().lookup());
	}

	public String getField() {
		return this.field;
	}

	public void setField(String field) {
		this.field = field;
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

}
