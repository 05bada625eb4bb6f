package org.rapidstart.customer.design;

import java.io.Serializable;
import java.util.List;

import org.rapidstart.questionnaire.publish.PublishProblem;

/** A publish problem as a flash attribute: flash attributes live in the (JDBC) session, so they are serializable. */
record Problem(String where, String message) implements Serializable {

	static List<Problem> of(List<PublishProblem> problems) {
		return problems.stream().map(p -> new Problem(p.where(), p.message())).toList();
	}

}
