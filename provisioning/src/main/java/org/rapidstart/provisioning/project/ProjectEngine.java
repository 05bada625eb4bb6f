package org.rapidstart.provisioning.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.document.TemplateDocuments;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Lookup;
import org.rapidstart.questionnaire.model.LookupSource;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.progress.Progress;
import org.rapidstart.questionnaire.progress.ProjectProgress;
import org.rapidstart.questionnaire.validation.RowErrorsMemory;
import org.rapidstart.questionnaire.validation.ValidationError;
import org.rapidstart.questionnaire.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

	private final ProjectDocuments documents;

	// snapshots never change, so a parsed template stays valid for the life of its project
	private final Map<Long, Template> templates = java.util.Collections
		.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, Template> eldest) {
				return size() > CACHED_TEMPLATES;
			}
		});

	private static final long SMALL_TABLE = 2_000;

	private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();

	/**
	 * Per project, the problems of each table question's rows as last found, with the stamp of those rows and what
	 * they were checked against: a change elsewhere (an answer, another table, a group marked complete) does not check
	 * a million unchanged postal codes again. Kept only from read-only transactions, like the snapshots.
	 */
	private final Map<Long, Map<String, RememberedRows>> rowErrors = new ConcurrentHashMap<>();

	/** Lookup values a remembered table may have been checked against at most: a lookup into a huge table is not kept. */
	private static final int REMEMBERED_LOOKUP_VALUES = 100_000;

	/** Table questions whose rows were checked (not remembered), for tests and diagnostics. */
	private final LongAdder rowChecks = new LongAdder();

	ProjectEngine(AnswerStore store, TableRows tableRows, ProjectDocuments documents) {
		this.store = store;
		this.tableRows = tableRows;
		this.documents = documents;
	}

	MetadataCatalogue catalogue() {
		return this.catalogue;
	}

	Validator validator() {
		return this.validator;
	}

	Template template(Project project) {
		Template known = this.templates.get(project.getId());
		if (known != null) {
			return known;
		}
		// read and parsed without holding the cache's lock: a project's first page must not hold up every other
		// page (each asks the cache) for a database round trip and the parse; two first reads at once keep one
		Template read = TemplateDocuments.read(document(project.getId()));
		Template kept = this.templates.putIfAbsent(project.getId(), read);
		return (kept != null) ? kept : read;
	}

	/** The template document a project was created with. */
	String document(long projectId) {
		return this.documents.findById(projectId)
			.map(ProjectDocument::getDocument)
			.orElseThrow(() -> new IllegalStateException("Project " + projectId + " has no template document"));
	}

	/** Keeps the template document of a new project (saved, so that it has its id). */
	void keepDocument(Project project, String document) {
		this.documents.save(new ProjectDocument(project.getId(), document));
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
			answers = a.key().applyTo(answers, a.value());
		}
		return answers;
	}

	/** Everything the engine needs: stored answers plus the rows of every table question that has any. */
	Answers answers(Project project) {
		return snapshot(project).answers();
	}

	/** The answers with the rows of the table questions {@code include} accepts (and that have rows). */
	Answers withRows(Project project, Answers answers, Predicate<Question> include) {
		return withRows(project, answers, include, 0);
	}

	private Answers withRows(Project project, Answers answers, Predicate<Question> include, long inMemoryUpTo) {
		Answers result = answers;
		Map<String, RowSource> stored = this.tableRows.all(project.getId());
		for (Question q : template(project).questionsInUse()) {
			RowSource rows = stored.get(q.shortName());
			// an empty table is no answer at all, as for a fresh project (not an input with errors)
			if (q.type().isTable() && rows != null && include.test(q) && rows.count() > 0) {
				result = result.withRows(q.shortName(), (rows.count() <= inMemoryUpTo) ? RowSource.of(rows.toList()) : rows);
			}
		}
		return result;
	}

	/**
	 * The table questions a lookup of the template can read (Customers' customer group reads Customer groups):
	 * validating a single value needs their rows, not those of a million postal codes.
	 */
	Set<String> lookupSources(Template template) {
		Set<String> tables = new HashSet<>();
		Set<String> questions = new HashSet<>();
		for (Question q : template.questionsInUse()) {
			List<Lookup> lookups = new ArrayList<>();
			lookups.add(q.lookup());
			if (q.table() != null) {
				q.table().columns().forEach(c -> lookups.add(c.lookup()));
			}
			if (q.operation() != null) {
				q.operation().parameters().forEach(p -> lookups.add(p.lookup()));
			}
			for (Lookup l : lookups) {
				if (l != null && l.source() == LookupSource.QUESTION && l.question() != null) {
					questions.add(l.question().toLowerCase(Locale.ROOT));
				}
				else if (l != null && l.source() == LookupSource.TABLE && l.table() != null) {
					tables.add(l.table().toLowerCase(Locale.ROOT));
				}
			}
		}
		Set<String> out = new HashSet<>(questions);
		for (Question q : template.questionsInUse()) {
			if (q.table() != null && tables.contains(q.table().table().toLowerCase(Locale.ROOT))) {
				out.add(q.shortName().toLowerCase(Locale.ROOT));
			}
		}
		return out;
	}

	/**
	 * The functional areas that are closed at the project's current answers (see {@link #closedAreas(Template,
	 * Answers)}), worked out once per state of the answers, like the progress.
	 */
	Set<String> closedAreas(Project project) {
		Snapshot snapshot = snapshot(project);
		return snapshot.closedAreas(() -> closedAreas(snapshot.template, snapshot.answers()));
	}

	/**
	 * The functional areas that are closed with these answers, by the engine's rule ({@link Progress#othersOpen}: the
	 * others open once Base information is complete on its own), which validates no rows but Base information's own:
	 * deciding whether a row may be added to Customers does not validate a million postal codes.
	 */
	Set<String> closedAreas(Template template, Answers answers) {
		Set<String> closed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		if (!this.progress.othersOpen(template, answers)) {
			template.areasInUse().stream().filter(a -> !a.baseInformation()).forEach(a -> closed.add(a.name()));
		}
		return closed;
	}

	/** The names of the functional areas the progress finds closed (ignoring letter case). */
	private static Set<String> closedIn(ProjectProgress progress) {
		Set<String> closed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		progress.functionalAreas().stream().filter(a -> !a.open()).forEach(a -> closed.add(a.functionalArea()));
		return closed;
	}

	/**
	 * The project's stored answers (with rows) and the engine's progress of them, read again only when answers or
	 * rows changed. The progress (validating every row of every table, the expensive part of a page) is worked out
	 * when first asked for: the tables feature checks a row against the answers alone, and should not validate a
	 * million postal codes for it. Small tables are read into memory once per change, so list choices need no
	 * database round trip; large ones stay streamed. Only what a read-only transaction saw is kept: it is committed,
	 * so the stamp it was read under names it for good.
	 */
	Snapshot snapshot(Project project) {
		// the stamp first: answers read after it are at least as new, so what is kept under it is never older
		String stamp = this.tableRows.stamp(project.getId());
		Template template = template(project);
		Supplier<Answers> read = () -> withRows(project, storedAnswers(project.getId()), q -> true, SMALL_TABLE);
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return new Snapshot(stamp, template, this.progress, read, counted(RowErrorsMemory.NONE));
		}
		if (this.snapshots.size() > CACHED_TEMPLATES) {
			this.snapshots.clear();
		}
		if (this.rowErrors.size() > CACHED_TEMPLATES) {
			this.rowErrors.clear();
		}
		// requests reading the same state at once share one snapshot: its answers are read and its progress worked
		// out once, not once per request (each would validate every row of a million-row table)
		return this.snapshots.compute(project.getId(),
				(id, cached) -> (cached != null && cached.stamp().equals(stamp)) ? cached
						: new Snapshot(stamp, template, this.progress, read, counted(rowErrorsMemory(id, stamp))));
	}

	/**
	 * The problems of a table's rows as last found, under the stamp of those rows (a project's template never
	 * changes, so it is not part of what they depend on).
	 */
	private record RememberedRows(String rows, RowErrorsMemory.CheckedAgainst against, List<ValidationError> errors) {

	}

	/**
	 * Remembers the problems of each table question's rows under that table's part of {@code stamp} (its row set,
	 * version and row count, which change with any change of its rows). The stamp was read before the rows: rows read
	 * newer than it are remembered under a stamp that no later request reads again, so they are never taken for
	 * newer rows.
	 */
	private RowErrorsMemory rowErrorsMemory(long projectId, String stamp) {
		Map<String, String> tables = tableStamps(stamp);
		Map<String, RememberedRows> remembered = this.rowErrors.computeIfAbsent(projectId,
				id -> new ConcurrentHashMap<>());
		return (question, against, check) -> {
			String key = question.toLowerCase(Locale.ROOT);
			String rows = tables.get(key);
			if (rows == null) {
				return check.get();
			}
			RememberedRows known = remembered.get(key);
			if (known != null && known.rows().equals(rows) && known.against().equals(against)) {
				return known.errors();
			}
			List<ValidationError> errors = check.get();
			if (against.values() <= REMEMBERED_LOOKUP_VALUES) {
				remembered.put(key, new RememberedRows(rows, against, errors));
			}
			else {
				remembered.remove(key);
			}
			return errors;
		};
	}

	private RowErrorsMemory counted(RowErrorsMemory memory) {
		return (question, against, check) -> memory.rowErrors(question, against, () -> {
			this.rowChecks.increment();
			return check.get();
		});
	}

	/** How many times the rows of a table question were checked rather than remembered, since start. */
	long rowChecks() {
		return this.rowChecks.sum();
	}

	/** Each table's part of a stamp ({@code question:row set:version:row count}), by lower-case question. */
	static Map<String, String> tableStamps(String stamp) {
		Map<String, String> out = new HashMap<>();
		int bar = stamp.indexOf('|');
		if (bar < 0) {
			return out;
		}
		for (String part : stamp.substring(bar + 1).split(",")) {
			int colon = part.indexOf(':');
			if (colon > 0) {
				out.put(part.substring(0, colon).toLowerCase(Locale.ROOT), part);
			}
		}
		return out;
	}

	/**
	 * A project's answers as of a stamp, and the engine's progress of them, each worked out once when first asked for
	 * (by whichever request asks first, in its transaction; the others wait for it).
	 */
	static final class Snapshot {

		private final String stamp;

		private final Template template;

		private final Progress engine;

		private @Nullable Supplier<Answers> read;

		private final RowErrorsMemory memory;

		private volatile @Nullable Answers answers;

		private volatile @Nullable ProjectProgress progress;

		private volatile @Nullable Set<String> closedAreas;

		Snapshot(String stamp, Template template, Progress engine, Supplier<Answers> read, RowErrorsMemory memory) {
			this.stamp = stamp;
			this.template = template;
			this.engine = engine;
			this.read = read;
			this.memory = memory;
		}

		String stamp() {
			return this.stamp;
		}

		Answers answers() {
			Answers a = this.answers;
			if (a == null) {
				synchronized (this) {
					a = this.answers;
					if (a == null) {
						a = Objects.requireNonNull(this.read).get();
						this.answers = a;
						this.read = null;
					}
				}
			}
			return a;
		}

		ProjectProgress progress() {
			ProjectProgress p = this.progress;
			if (p == null) {
				synchronized (this) {
					p = this.progress;
					if (p == null) {
						p = this.engine.of(this.template, answers(), this.memory);
						this.progress = p;
					}
				}
			}
			return p;
		}

		/** The closed areas: from the progress when it is worked out already, else by {@code compute}, once. */
		Set<String> closedAreas(Supplier<Set<String>> compute) {
			Set<String> closed = this.closedAreas;
			if (closed == null) {
				ProjectProgress known = this.progress;
				closed = (known != null) ? closedIn(known) : compute.get();
				this.closedAreas = closed;
			}
			return closed;
		}

	}

	/** Progress of answers that are not (all) stored: a save being checked, a draft. Never cached. */
	ProjectProgress progressOf(Project project, Answers answers) {
		return this.progress.of(template(project), answers);
	}

}
