package org.rapidstart.provisioning.project;

import java.util.List;

import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.questionnaire.validation.ValidationError;

/** Mark as complete refused: required answers are missing or answers need correcting; lists each of them. */
public class GroupIncomplete extends RuleViolation {

	private final List<ValidationError> missing;

	GroupIncomplete(String group, List<ValidationError> missing) {
		super(null, "project.groupIncomplete", "The question group " + group
				+ " cannot be marked as complete yet. Answer or correct these questions first:");
		this.missing = List.copyOf(missing);
	}

	public List<ValidationError> missing() {
		return this.missing;
	}

}
