package org.rapidstart.provisioning.project.table;

import java.util.List;

import org.rapidstart.questionnaire.validation.ValidationError;

/**
 * A row was not saved because of its cells; nothing changed. Each problem names its column (the target field), or
 * none when it concerns the whole row.
 */
public class RowRefused extends RuntimeException {

	private final transient List<ValidationError> problems;

	public RowRefused(List<ValidationError> problems) {
		super(problems.isEmpty() ? "row refused" : problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public List<ValidationError> problems() {
		return this.problems;
	}

}
