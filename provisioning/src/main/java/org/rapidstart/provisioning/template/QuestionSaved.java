package org.rapidstart.provisioning.template;

import java.util.List;

import org.rapidstart.questionnaire.publish.PublishProblem;

/**
 * A question was saved. {@code problems} are what publishing its functional area would still report about it
 * (a lookup to a question not written yet, a missing column ...): saved drafts may be incomplete, the page says so.
 */
public record QuestionSaved(DesignedTemplate template, List<PublishProblem> problems) {

}
