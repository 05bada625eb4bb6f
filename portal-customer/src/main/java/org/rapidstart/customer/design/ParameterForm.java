package org.rapidstart.customer.design;

import jakarta.validation.Valid;

import org.rapidstart.questionnaire.model.ClassParameter;

/**
 * One parameter of a Class question's operation: a fixed value, the answer of another question, or (neither)
 * answered on the question itself with the label as its prompt.
 */
public class ParameterForm {

	private String name = "";

	private String label = "";

	private String fixedValue = "";

	private String valueFrom = "";

	@Valid
	private RulesForm rules = new RulesForm();

	static ParameterForm of(ClassParameter parameter) {
		ParameterForm form = new ParameterForm();
		form.name = parameter.name();
		form.label = parameter.label();
		form.fixedValue = RulesForm.orEmpty(parameter.fixedValue());
		form.valueFrom = RulesForm.orEmpty(parameter.valueFrom());
		form.rules = RulesForm.of(parameter.validation(), parameter.lookup());
		return form;
	}

	static ParameterForm named(String name) {
		ParameterForm form = new ParameterForm();
		form.name = name;
		return form;
	}

	ClassParameter parameter() {
		return new ClassParameter(this.name.trim(), this.label.trim(), this.fixedValue, this.valueFrom,
				this.rules.validation(), this.rules.lookup());
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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
