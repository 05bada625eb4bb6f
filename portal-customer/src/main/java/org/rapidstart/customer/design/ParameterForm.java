package org.rapidstart.customer.design;

import org.rapidstart.questionnaire.model.ClassParameter;

/**
 * One parameter of a Class question's operation: a fixed value, the answer of another question, or (neither)
 * answered on the question itself with the label as its prompt.
 */
public class ParameterForm extends ValueForm {

	private String name = "";

	static ParameterForm of(ClassParameter parameter) {
		ParameterForm form = new ParameterForm();
		form.name = parameter.name();
		form.setFrom(parameter.label(), RulesForm.orEmpty(parameter.fixedValue()),
				RulesForm.orEmpty(parameter.valueFrom()), RulesForm.of(parameter.validation(), parameter.lookup()));
		return form;
	}

	static ParameterForm named(String name) {
		ParameterForm form = new ParameterForm();
		form.name = name;
		return form;
	}

	ClassParameter parameter() {
		return new ClassParameter(this.name.trim(), getLabel().trim(), getFixedValue(), getValueFrom(),
				getRules().validation(), getRules().lookup());
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
