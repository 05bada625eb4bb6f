package org.rapidstart.provisioning.project;

import java.util.List;

import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.questionnaire.validation.ValidationError;

/** Answers were not saved because some of them are wrong; nothing was written. Each error names its question. */
public class AnswersRefused extends RuleViolation {

	private final List<ValidationError> errors;

	AnswersRefused(List<ValidationError> errors) {
		super(null, "project.answersRefused",
				"Nothing was saved: " + errors.size() + (errors.size() == 1 ? " answer needs" : " answers need")
						+ " correcting.");
		this.errors = List.copyOf(errors);
	}

	public List<ValidationError> errors() {
		return this.errors;
	}

}
