package org.rapidstart.customer.design;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.Template;

import org.springframework.web.util.UriUtils;

/**
 * Functional areas, question groups and questions are addressed by position in URLs (names may hold any
 * character). A change names the template version its page showed, so a position always means what the designer
 * saw: had the template changed since, the change is refused.
 */
final class Positions {

	static final String DESIGN = "/rapidstart/design";

	private Positions() {
	}

	static FunctionalArea area(Template template, int a) {
		return at(template.functionalAreas(), a);
	}

	static QuestionGroup group(Template template, int a, int g) {
		return at(area(template, a).groups(), g);
	}

	static Question question(Template template, int a, int g, int q) {
		return at(group(template, a, g).questions(), q);
	}

	/** The position of the functional area of that name (ignoring case, as the engine does), after a change. */
	static int indexOf(Template template, String areaName) {
		List<FunctionalArea> areas = template.functionalAreas();
		for (int i = 0; i < areas.size(); i++) {
			if (areas.get(i).name().equalsIgnoreCase(areaName)) {
				return i;
			}
		}
		return 0;
	}

	private static <T> T at(List<T> list, int index) {
		if (index < 0 || index >= list.size()) {
			throw new NotFoundException("design item");
		}
		return list.get(index);
	}

	static String builtIn(Template template) {
		return DESIGN + "/built-in/" + UriUtils.encodePathSegment(template.name(), StandardCharsets.UTF_8);
	}

	static String template(long id) {
		return DESIGN + "/templates/" + id;
	}

	static String area(long id, int a) {
		return template(id) + "/areas/" + a;
	}

	static String group(long id, int a, int g) {
		return area(id, a) + "/groups/" + g;
	}

}
