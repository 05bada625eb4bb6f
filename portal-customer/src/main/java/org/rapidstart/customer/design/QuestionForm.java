package org.rapidstart.customer.design;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.model.ClassOperation;
import org.rapidstart.questionnaire.model.Control;
import org.rapidstart.questionnaire.model.Dependency;
import org.rapidstart.questionnaire.model.FieldTarget;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionType;
import org.rapidstart.questionnaire.model.TableTarget;

import org.springframework.validation.Errors;

/**
 * The question editor, for every question type: what all questions have (short name, text, description shown as
 * a tooltip, required, visible, dependency) and what the type needs: a Field question's target field, control,
 * options, validation and lookup; a Table or Data Import/Export question's table and columns; a Class question's
 * operation and parameters; a Non-actionable question's choices. Short-name rules are the engine's; its messages
 * come back through the service and are shown next to the field.
 */
public class QuestionForm {

	private long version;

	@NotBlank(message = "Enter a short name (at most 40 characters, without / | , or .).")
	private String shortName = "";

	@NotBlank(message = "Enter the question as the configurator reads it.")
	@Size(max = 1000, message = "Use at most 1000 characters.")
	private String text = "";

	@Size(max = 2000, message = "Use at most 2000 characters.")
	private String description = "";

	@NotNull(message = "Choose the question type.")
	private QuestionType type = QuestionType.FIELD;

	private boolean required;

	private boolean visible = true;

	private String fixedValue = "";

	private String valueFrom = "";

	private String dependsOn = "";

	private String dependsOnValues = "";

	/** A Field question's target, "Table.Field". */
	private String target = "";

	private @Nullable Control control;

	private String options = "";

	@Valid
	private RulesForm rules = new RulesForm();

	/** A Table or Data Import/Export question's table. */
	private String table = "";

	@Valid
	private List<ColumnForm> columns = new ArrayList<>();

	/** A Class question's operation. */
	private String operation = "";

	@Valid
	private List<ParameterForm> parameters = new ArrayList<>();

	static QuestionForm of(Question q, long version) {
		QuestionForm form = new QuestionForm();
		form.version = version;
		form.shortName = q.shortName();
		form.text = q.text();
		form.description = q.description();
		form.type = q.type();
		form.required = q.required();
		form.visible = !q.hidden();
		form.fixedValue = RulesForm.orEmpty(q.fixedValue());
		form.valueFrom = RulesForm.orEmpty(q.valueFrom());
		if (q.dependency() != null) {
			form.dependsOn = q.dependency().question();
			form.dependsOnValues = String.join("\n", q.dependency().values());
		}
		form.control = q.control();
		form.options = String.join("\n", q.options());
		form.rules = RulesForm.of(q.validation(), q.lookup());
		if (q.field() != null) {
			form.target = q.field().table() + "." + q.field().field();
		}
		if (q.table() != null) {
			form.table = q.table().table();
			q.table().columns().forEach(c -> form.columns.add(ColumnForm.of(c)));
		}
		if (q.operation() != null) {
			form.operation = q.operation().operation();
			q.operation().parameters().forEach(p -> form.parameters.add(ParameterForm.of(p)));
		}
		return form;
	}

	static QuestionForm empty(QuestionType type, long version) {
		QuestionForm form = new QuestionForm();
		form.type = type;
		form.version = version;
		form.control = (type == QuestionType.NON_ACTIONABLE) ? Control.YES_NO
				: (type == QuestionType.FIELD) ? Control.TEXT_BOX : null;
		return form;
	}

	/** What the type needs before the engine can build the question; messages land next to the fields. */
	void validate(Errors errors) {
		switch (this.type) {
			case FIELD -> {
				if (fieldTarget() == null) {
					errors.rejectValue("target", "design.target", "Choose the table and field this question sets.");
				}
				this.rules.validate(errors, "rules.");
			}
			case TABLE, DATA_IMPORT_EXPORT -> {
				if (this.table.isBlank()) {
					errors.rejectValue("table", "design.table", "Choose the table this question fills.");
				}
				for (int i = 0; i < this.columns.size(); i++) {
					if (this.columns.get(i).getField().isBlank()) {
						errors.rejectValue("columns[" + i + "].field", "design.columnField",
								"Choose the field of this column, or remove the column.");
					}
					this.columns.get(i).getRules().validate(errors, "columns[" + i + "].rules.");
				}
			}
			case CLASS -> {
				if (this.operation.isBlank()) {
					errors.rejectValue("operation", "design.operation", "Choose the operation this question runs.");
				}
				for (int i = 0; i < this.parameters.size(); i++) {
					if (this.parameters.get(i).getName().isBlank()) {
						errors.rejectValue("parameters[" + i + "].name", "design.parameterName",
								"Choose the parameter, or remove it.");
					}
					this.parameters.get(i).getRules().validate(errors, "parameters[" + i + "].rules.");
				}
			}
			case NON_ACTIONABLE -> {
				if (this.control == Control.LIST && RulesForm.lines(this.options).isEmpty()) {
					errors.rejectValue("options", "design.options", "Enter the choices, one per line.");
				}
			}
		}
		if (!this.dependsOn.isBlank() && RulesForm.lines(this.dependsOnValues).isEmpty()) {
			errors.rejectValue("dependsOnValues", "design.dependsOnValues",
					"Enter at least one answer of '" + this.dependsOn + "' that shows this question.");
		}
	}

	/** The engine's question; call after {@link #validate} found nothing. */
	Question question() {
		boolean singleValue = this.type.isSingleValue();
		return new Question(this.shortName.trim(), this.text.trim(), this.description.trim(), this.type,
				this.required, !this.visible, this.visible ? null : this.fixedValue,
				this.visible ? null : this.valueFrom, dependency(), singleValue ? this.control : null,
				singleValue ? RulesForm.lines(this.options) : List.of(),
				singleValue ? this.rules.validation() : null, singleValue ? this.rules.lookup() : null,
				(this.type == QuestionType.FIELD) ? fieldTarget() : null,
				this.type.isTable() ? new TableTarget(this.table.trim(), this.columns.stream().map(ColumnForm::column).toList())
						: null,
				(this.type == QuestionType.CLASS) ? new ClassOperation(this.operation.trim(),
						this.parameters.stream().map(ParameterForm::parameter).toList()) : null);
	}

	private @Nullable Dependency dependency() {
		return this.dependsOn.isBlank() ? null
				: new Dependency(this.dependsOn.trim(), RulesForm.lines(this.dependsOnValues));
	}

	@Nullable FieldTarget fieldTarget() {
		int dot = this.target.indexOf('.');
		if (dot <= 0 || dot == this.target.length() - 1) {
			return null;
		}
		return new FieldTarget(this.target.substring(0, dot).trim(), this.target.substring(dot + 1).trim());
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public QuestionType getType() {
		return this.type;
	}

	public void setType(QuestionType type) {
		this.type = type;
	}

	public boolean isRequired() {
		return this.required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public boolean isVisible() {
		return this.visible;
	}

	public void setVisible(boolean visible) {
		this.visible = visible;
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

	public String getDependsOn() {
		return this.dependsOn;
	}

	public void setDependsOn(String dependsOn) {
		this.dependsOn = dependsOn;
	}

	public String getDependsOnValues() {
		return this.dependsOnValues;
	}

	public void setDependsOnValues(String dependsOnValues) {
		this.dependsOnValues = dependsOnValues;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public @Nullable Control getControl() {
		return this.control;
	}

	public void setControl(@Nullable Control control) {
		this.control = control;
	}

	public String getOptions() {
		return this.options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public RulesForm getRules() {
		return this.rules;
	}

	public void setRules(RulesForm rules) {
		this.rules = rules;
	}

	public String getTable() {
		return this.table;
	}

	public void setTable(String table) {
		this.table = table;
	}

	public List<ColumnForm> getColumns() {
		return this.columns;
	}

	public void setColumns(List<ColumnForm> columns) {
		this.columns = columns;
	}

	public String getOperation() {
		return this.operation;
	}

	public void setOperation(String operation) {
		this.operation = operation;
	}

	public List<ParameterForm> getParameters() {
		return this.parameters;
	}

	public void setParameters(List<ParameterForm> parameters) {
		this.parameters = parameters;
	}

}
