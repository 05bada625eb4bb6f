package org.rapidstart.provisioning.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.document.TemplateDocuments;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.progress.Progress;
import org.rapidstart.questionnaire.progress.ProjectProgress;
import org.rapidstart.questionnaire.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * The questionnaire engine as projects use it: the project's template (its snapshot, parsed once per project: it
 * never changes), its answers as the engine sees them (stored values and parameters plus the rows of its table
 * questions), validation and progress. The rules themselves are the engine's; nothing here re-implements them.
 */
@Component
class ProjectEngine {

	private static final int CACHED_TEMPLATES = 256;

	private final MetadataCatalogue catalogue = MetadataCatalogue.ax2012();

	private final Progress progress = new Progress(this.catalogue);

	private final Validator validator = new Validator(this.catalogue);

	private final AnswerStore store;

	private final TableRows tableRows;

	// snapshots never change, so a parsed template stays valid for the life of its project
	private final Map<Long, Template> templates = java.util.Collections
		.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, Template> eldest) {
				return size() > CACHED_TEMPLATES;
			}
		});

	ProjectEngine(AnswerStore store, TableRows tableRows) {
		this.store = store;
		this.tableRows = tableRows;
	}

	MetadataCatalogue catalogue() {
		return this.catalogue;
	}

	Validator validator() {
		return this.validator;
	}

	Template template(Project project) {
		return this.templates.computeIfAbsent(project.getId(), id -> TemplateDocuments.read(project.getTemplateDocument()));
	}

	/** Stored single values and parameters only, without table rows. */
	Answers storedAnswers(long projectId) {
		return answersOf(this.store.answers(projectId));
	}

	static Answers answersOf(List<StoredAnswer> stored) {
		Answers answers = Answers.empty();
		for (StoredAnswer a : stored) {
			if (a.value() == null) {
				continue;
			}
			answers = a.key().isParameter() ? answers.withParameter(a.question(), a.parameter(), a.value())
					: answers.with(a.question(), a.value());
		}
		return answers;
	}

	/** Everything the engine needs: stored answers plus the rows of every table question that has any. */
	Answers answers(Project project) {
		return withRows(project, storedAnswers(project.getId()));
	}

	Answers withRows(Project project, Answers answers) {
		Answers result = answers;
		for (Question q : template(project).questionsInUse()) {
			if (q.type().isTable()) {
				RowSource rows = this.tableRows.rows(project.getId(), q.shortName());
				// an empty table is no answer at all, as for a fresh project (not an input with errors)
				if (rows.count() > 0) {
					result = result.withRows(q.shortName(), rows);
				}
			}
		}
		return result;
	}

	ProjectProgress progress(Project project, Answers answers) {
		return this.progress.of(template(project), answers);
	}

}
