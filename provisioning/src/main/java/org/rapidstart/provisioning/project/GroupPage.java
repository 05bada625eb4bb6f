package org.rapidstart.provisioning.project;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.model.Control;
import org.rapidstart.questionnaire.model.QuestionType;

/**
 * A question group page: the group (with assignee, status and progress), whether its area is open and the viewer
 * may answer, the version the page's answers were made on, and its questions with values, choices and errors.
 * {@code draftSavedAt} is set when the values shown are the viewer's autosaved, unsaved input.
 */
public record GroupPage(ProjectOverview.Group group, String groupDescription, int areaIndex, boolean archived,
		long version, List<Question> questions, @Nullable Instant draftSavedAt, @Nullable Long previousGroupId,
		@Nullable Long nextGroupId) {

	public boolean mayAnswer() {
		return this.group.mayAnswer();
	}

	/**
	 * One question. {@code shown}: it applies and the designer did not hide it (hidden questions are not listed at
	 * all). {@code inputType} is {@code date} or {@code text} for text boxes; {@code choices} is non-empty for a
	 * list (and Yes/No for a yes/no control). Table questions carry their row count; Class questions their
	 * parameters.
	 */
	public record Question(String shortName, String text, String description, QuestionType type,
			@Nullable Control control, boolean required, boolean shown, @Nullable String value, List<String> choices,
			String inputType, List<Parameter> parameters, long rowCount, List<String> errors) {

		public boolean yesNo() {
			return this.control == Control.YES_NO;
		}

		public boolean table() {
			return this.type.isTable();
		}

		public boolean classOperation() {
			return this.type == QuestionType.CLASS;
		}

		public boolean list() {
			return !yesNo() && !this.choices.isEmpty();
		}

		/** The list's choices plus the current value when it is not one of them (so nothing entered is lost). */
		public List<String> options() {
			if (this.value == null || this.choices.stream().anyMatch(c -> c.equalsIgnoreCase(this.value))) {
				return this.choices;
			}
			return java.util.stream.Stream.concat(java.util.stream.Stream.of(this.value), this.choices.stream()).toList();
		}

	}

	/**
	 * A parameter of a Class question. Answered ones are entered (key {@code Question|Parameter}); the others show
	 * where their value comes from.
	 */
	public record Parameter(String key, String name, String label, boolean answered, boolean required,
			@Nullable String value, @Nullable String source, List<String> choices, String inputType,
			List<String> errors) {

	}

}
