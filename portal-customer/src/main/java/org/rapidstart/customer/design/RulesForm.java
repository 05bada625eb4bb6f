package org.rapidstart.customer.design;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.model.Lookup;
import org.rapidstart.questionnaire.model.LookupSource;
import org.rapidstart.questionnaire.model.Validation;

import org.springframework.validation.Errors;

/**
 * Validation (maximum length, pattern, range, allowed values) and lookup (an ERP enum, an ERP table, or another
 * question's answers) of a single-value question, a table column or a class parameter.
 */
public class RulesForm {

	@Min(value = 1, message = "A maximum length must be at least 1.")
	private @Nullable Integer maxLength;

	private String pattern = "";

	private String min = "";

	private String max = "";

	private String allowedValues = "";

	private @Nullable LookupSource lookupSource;

	private String lookupTable = "";

	private String lookupField = "";

	private String lookupQuestion = "";

	private String lookupColumn = "";

	static RulesForm of(@Nullable Validation validation, @Nullable Lookup lookup) {
		RulesForm form = new RulesForm();
		if (validation != null) {
			form.maxLength = validation.maxLength();
			form.pattern = orEmpty(validation.pattern());
			form.min = orEmpty(validation.min());
			form.max = orEmpty(validation.max());
			form.allowedValues = String.join("\n", validation.allowedValues());
		}
		if (lookup != null) {
			form.lookupSource = lookup.source();
			form.lookupTable = orEmpty(lookup.table());
			form.lookupField = orEmpty(lookup.field());
			form.lookupQuestion = orEmpty(lookup.question());
			form.lookupColumn = orEmpty(lookup.column());
		}
		return form;
	}

	/** Checks what the engine's constructors would refuse, so the message lands next to the field. */
	void validate(Errors errors, String path) {
		if (this.lookupSource == LookupSource.TABLE && this.lookupTable.isBlank()) {
			errors.rejectValue(path + "lookupTable", "design.lookupTable",
					"Choose the table the lookup takes its values from.");
		}
		if (this.lookupSource == LookupSource.QUESTION && this.lookupQuestion.isBlank()) {
			errors.rejectValue(path + "lookupQuestion", "design.lookupQuestion",
					"Choose the question the lookup takes its values from.");
		}
	}

	@Nullable Validation validation() {
		return new Validation(this.maxLength, this.pattern, this.min, this.max, lines(this.allowedValues));
	}

	@Nullable Lookup lookup() {
		if (this.lookupSource == null) {
			return null;
		}
		return new Lookup(this.lookupSource, blankToNull(this.lookupTable), blankToNull(this.lookupField),
				blankToNull(this.lookupQuestion), blankToNull(this.lookupColumn));
	}

	static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	static @Nullable String blankToNull(@Nullable String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

	static String orEmpty(@Nullable String s) {
		return (s != null) ? s : "";
	}

	public @Nullable Integer getMaxLength() {
		return this.maxLength;
	}

	public void setMaxLength(@Nullable Integer maxLength) {
		this.maxLength = maxLength;
	}

	public String getPattern() {
		return this.pattern;
	}

	public void setPattern(String pattern) {
		this.pattern = pattern;
	}

	public String getMin() {
		return this.min;
	}

	public void setMin(String min) {
		this.min = min;
	}

	public String getMax() {
		return this.max;
	}

	public void setMax(String max) {
		this.max = max;
	}

	public String getAllowedValues() {
		return this.allowedValues;
	}

	public void setAllowedValues(String allowedValues) {
		this.allowedValues = allowedValues;
	}

	public @Nullable LookupSource getLookupSource() {
		return this.lookupSource;
	}

	public void setLookupSource(@Nullable LookupSource lookupSource) {
		this.lookupSource = lookupSource;
	}

	public String getLookupTable() {
		return this.lookupTable;
	}

	public void setLookupTable(String lookupTable) {
		this.lookupTable = lookupTable;
	}

	public String getLookupField() {
		return this.lookupField;
	}

	public void setLookupField(String lookupField) {
		this.lookupField = lookupField;
	}

	public String getLookupQuestion() {
		return this.lookupQuestion;
	}

	public void setLookupQuestion(String lookupQuestion) {
		this.lookupQuestion = lookupQuestion;
	}

	public String getLookupColumn() {
		return this.lookupColumn;
	}

	public void setLookupColumn(String lookupColumn) {
		this.lookupColumn = lookupColumn;
	}

}
