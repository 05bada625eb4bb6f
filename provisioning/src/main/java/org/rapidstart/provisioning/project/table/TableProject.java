package org.rapidstart.provisioning.project.table;

import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.Template;

/** The project a table belongs to, as the tables feature needs it: its tenant, name, template and state. */
public record TableProject(long id, long customerId, String name, Template template, boolean archived) {

	/** The Table or Data Import/Export question with that short name; anything else is not found. */
	public Question tableQuestion(String shortName) {
		return this.template.question(shortName)
			.filter(q -> q.table() != null)
			.orElseThrow(() -> new NotFoundException("Table question"));
	}

}
