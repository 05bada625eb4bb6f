package org.rapidstart.provisioning.project.table;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.questionnaire.metadata.FieldMeta;
import org.rapidstart.questionnaire.metadata.TableMeta;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.validation.RowChecker;
import org.rapidstart.questionnaire.validation.ValidationError;
import org.rapidstart.questionnaire.visibility.Visibility;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grid of a table question: a page of rows with their problems, the lists a column offers (lookups from other
 * answers, enum values), and adding, editing and deleting one row at a time with the engine's row rules plus a check
 * that the row's key is not saved already. Every method is scoped by the actor's tenant, changes need a role that
 * may change rows and a functional area that is open (Base information complete first), and every change is audited.
 */
@Service
public class TableGrid {

	/**
	 * What the grid page shows. {@code problems} are those of the rows on this page: by row id, then by field ("" for
	 * the row as a whole). {@code required} are the fields that must be filled in. {@code areaOpen}: the question's
	 * functional area is open (Base information is complete, or this is one of its tables); {@code mayCancelImports}:
	 * the actor may answer the question, so may cancel an import of it even while its area is closed.
	 */
	public record Grid(TableProject project, Question question, List<Column> columns, List<String> required,
			TablePage page, Map<String, List<String>> choices, Map<RowId, Map<String, String>> problems,
			boolean areaOpen, boolean mayCancelImports) {

		public boolean isRequired(String field) {
			return this.required.stream().anyMatch(f -> f.equalsIgnoreCase(field));
		}

		/** Whether the actor may add, edit, delete and import rows now: they may answer it, and its area is open. */
		public boolean mayChange() {
			return this.mayCancelImports && this.areaOpen;
		}

	}

	/** One table question of a project, for the project's list of tables. */
	public record TableSummary(String functionalArea, String questionGroup, Question question, long rows) {

	}

	private final TableProjects projects;

	private final TableAnswers answers;

	private final RowStore store;

	private final AuditLog audit;

	private final Clock clock;

	TableGrid(TableProjects projects, TableAnswers answers, RowStore store, AuditLog audit, Clock clock) {
		this.projects = projects;
		this.answers = answers;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** The project's Table and Data Import/Export questions in template order, with their row counts. */
	@Transactional(readOnly = true)
	public List<TableSummary> tables(CustomerActor actor, long projectId) {
		TableProject project = this.projects.project(actor, projectId);
		Set<String> visible = this.projects.visibleQuestions(actor, project);
		Map<String, Long> rows = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		this.store.all(project.id()).forEach(live -> rows.put(live.question(), live.rowCount()));
		List<TableSummary> tables = new ArrayList<>();
		for (var area : project.template().areasInUse()) {
			for (var group : area.groups()) {
				for (Question q : group.questions()) {
					if (q.table() != null && visible.contains(q.shortName())) {
						tables.add(new TableSummary(area.name(), group.name(), q, rows.getOrDefault(q.shortName(), 0L)));
					}
				}
			}
		}
		return tables;
	}

	/** The project as the tables feature sees it, for a page's title and links. */
	@Transactional(readOnly = true)
	public TableProject project(CustomerActor actor, long projectId) {
		return this.projects.project(actor, projectId);
	}

	@Transactional(readOnly = true)
	public Grid grid(CustomerActor actor, long projectId, String question, int page, int size) {
		TableProject project = this.projects.project(actor, projectId);
		Question q = this.projects.question(actor, project, question);
		TablePage rows = this.answers.page(project.id(), q.shortName(), page, size);
		if (rows.page() >= rows.pages() && rows.total() > 0) {
			rows = this.answers.page(project.id(), q.shortName(), rows.pages() - 1, size);
		}
		RowChecker checker = checker(project, q);
		Map<RowId, Map<String, String>> problems = new LinkedHashMap<>();
		for (TableRow row : rows.rows()) {
			List<ValidationError> p = checker.check((int) row.position(), row.cells());
			if (!p.isEmpty()) {
				problems.put(row.id(), byField(p));
			}
		}
		return new Grid(project, q, visibleColumns(q), required(q), rows, choices(checker, q), problems,
				this.projects.areaOpen(project, q), this.projects.mayAnswer(actor, project, q));
	}

	/** Whether the actor may cancel an import of the question: they may answer it (its area open or not). */
	@Transactional(readOnly = true)
	public boolean mayCancelImports(CustomerActor actor, long projectId, String question) {
		TableProject project = this.projects.project(actor, projectId);
		return this.projects.mayAnswer(actor, project, this.projects.question(actor, project, question));
	}

	/** The lists the grid offers per column (by field): a lookup's values, else the field's enum values. */
	@Transactional(readOnly = true)
	public Map<String, List<String>> choices(CustomerActor actor, long projectId, String question) {
		TableProject project = this.projects.project(actor, projectId);
		Question q = this.projects.question(actor, project, question);
		return choices(checker(project, q), q);
	}

	/** @throws NotFoundException when the row is not one of the question's rows (any more) */
	@Transactional(readOnly = true)
	public TableRow row(CustomerActor actor, long projectId, String question, RowId id) {
		return findRow(actor, projectId, question, id).orElseThrow(() -> new NotFoundException("Row"));
	}

	/**
	 * The row, unless it is gone (deleted, or all rows replaced by an import since a page named it). The project and
	 * question are resolved for the actor first, so another tenant's ids are not found.
	 */
	@Transactional(readOnly = true)
	public Optional<TableRow> findRow(CustomerActor actor, long projectId, String question, RowId id) {
		TableProject project = this.projects.project(actor, projectId);
		Question q = this.projects.question(actor, project, question);
		return this.store.live(project.id(), q.shortName()).flatMap(live -> this.store.row(live, id));
	}

	/**
	 * Adds a row at the end.
	 *
	 * @throws RowRefused with every problem of the row; nothing is saved then
	 * @throws RuleViolation {@code project.areaClosed} while the question's functional area is not open
	 */
	@Transactional
	public TableRow add(CustomerActor actor, long projectId, String question, Map<String, String> input) {
		TableProject project = this.projects.project(actor, projectId);
		Question q = this.projects.question(actor, project, question);
		this.projects.requireMayChange(actor, project, q);
		Instant now = this.clock.instant();
		RowStore.Live live = this.store.lockOrCreate(project.id(), q.shortName(), fields(q), actor.signInId(), now);
		Map<String, String> cells = Cells.cleaned(input);
		long position = live.rowCount() + 1;
		refuseProblems(project, q, live, cells, position, -1);
		List<String> fields = Cells.extended(live.fields(), fields(q));
		int rowNo = this.store.lastRowNo(live.rowSet()) + 1;
		this.store.insert(live.rowSet(), rowNo, Cells.encode(fields, cells), actor.signInId(), now);
		this.store.changed(live, fields, live.rowSet(), live.rowCount() + 1, actor.signInId(), now);
		record(actor, project, q, "TABLE_ROW_ADDED", "Row " + position + " added to " + q.shortName() + " ("
				+ describe(q, cells) + ")");
		return new TableRow(new RowId(live.rowSet(), rowNo), position, cells, 1, actor.signInId(), now);
	}

	/**
	 * Replaces a row's cells, if it is still at the version the page showed ({@link TableRow#version()}).
	 *
	 * @throws RowConflict when someone changed or deleted the row since (or replaced all rows); nothing is saved then
	 * @throws RowRefused with every problem of the row; nothing is saved then
	 * @throws RuleViolation {@code project.areaClosed} while the question's functional area is not open
	 */
	@Transactional
	public TableRow edit(CustomerActor actor, long projectId, String question, RowId id, long version,
			Map<String, String> input) {
		TableProject project = this.projects.project(actor, projectId);
		Question q = this.projects.question(actor, project, question);
		this.projects.requireMayChange(actor, project, q);
		Instant now = this.clock.instant();
		RowStore.Live live = this.store.lock(project.id(), q.shortName())
			.orElseThrow(() -> new NotFoundException("Row"));
		TableRow before = unchanged(q, live, id, version);
		Map<String, String> cells = Cells.cleaned(input);
		refuseProblems(project, q, live, cells, before.position(), id.rowNo());
		List<String> fields = Cells.extended(live.fields(), fields(q));
		this.store.update(id, Cells.encode(fields, cells), actor.signInId(), now);
		this.store.changed(live, fields, live.rowSet(), live.rowCount(), actor.signInId(), now);
		record(actor, project, q, "TABLE_ROW_CHANGED", "Row " + before.position() + " of " + q.shortName()
				+ " changed from (" + describe(q, before.cells()) + ") to (" + describe(q, cells) + ")");
		return new TableRow(id, before.position(), cells, before.version() + 1, actor.signInId(), now);
	}

	/**
	 * Deletes a row, if it is still at the version the page showed.
	 *
	 * @throws RowConflict when someone changed or deleted the row since (or replaced all rows); nothing changed then
	 * @throws RuleViolation {@code project.areaClosed} while the question's functional area is not open
	 */
	@Transactional
	public void delete(CustomerActor actor, long projectId, String question, RowId id, long version) {
		TableProject project = this.projects.project(actor, projectId);
		Question q = this.projects.question(actor, project, question);
		this.projects.requireMayChange(actor, project, q);
		RowStore.Live live = this.store.lock(project.id(), q.shortName())
			.orElseThrow(() -> new NotFoundException("Row"));
		TableRow before = unchanged(q, live, id, version);
		this.store.delete(id);
		this.store.changed(live, live.fields(), live.rowSet(), live.rowCount() - 1, actor.signInId(),
				this.clock.instant());
		record(actor, project, q, "TABLE_ROW_DELETED", "Row " + before.position() + " deleted from "
				+ q.shortName() + " (" + describe(q, before.cells()) + ")");
	}

	/**
	 * The row, if it is at the version the page showed. The live table is locked, so it stays so until the change
	 * commits. A row that is gone was deleted or replaced with all rows (an import): the conflict names who changed the
	 * question's rows last; the row's id is only ever looked for in this tenant's live row set.
	 */
	private TableRow unchanged(Question q, RowStore.Live live, RowId id, long version) {
		Optional<TableRow> row = this.store.row(live, id);
		if (row.isEmpty()) {
			RowStore.LastChange last = this.store.lastChange(live.projectId(), live.question()).orElseThrow();
			throw new RowConflict(q.shortName(), null, last.changedBy(), last.changedAt());
		}
		TableRow current = row.get();
		if (current.version() != version) {
			String by = current.changedBy();
			Instant at = current.changedAt();
			if (by == null || at == null) {
				RowStore.LastChange last = this.store.lastChange(live.projectId(), live.question()).orElseThrow();
				by = last.changedBy();
				at = last.changedAt();
			}
			throw new RowConflict(q.shortName(), current, by, at);
		}
		return current;
	}

	private void refuseProblems(TableProject project, Question q, RowStore.Live live, Map<String, String> cells,
			long position, int except) {
		if (cells.isEmpty()) {
			throw new RowRefused(List.of(new ValidationError(q.shortName(), (int) position, null,
					"The row is empty; fill in at least one column.")));
		}
		RowChecker checker = checker(project, q);
		List<ValidationError> problems = new ArrayList<>(checker.check((int) position, cells));
		if (problems.isEmpty() && checker.key(cells).isPresent()) {
			repeatedKey(q, live, cells, except).ifPresent(
					first -> problems.add(checker.repeatedKey((int) position, first.intValue(), cells)));
		}
		if (!problems.isEmpty()) {
			throw new RowRefused(problems);
		}
	}

	/** The position of a saved row with the same key (entered key columns compared ignoring letter case). */
	private Optional<Long> repeatedKey(Question q, RowStore.Live live, Map<String, String> cells, int except) {
		List<FieldMeta> keys = this.projects.catalogue().table(q.table().table()).map(TableMeta::keyFields).orElse(List.of());
		List<Integer> positions = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (FieldMeta key : keys) {
			Optional<Column> column = q.table().column(key.name());
			if (column.isPresent() && column.get().hidden()) {
				// a hidden key column has one value for every row: it cannot tell rows apart
				continue;
			}
			int position = Cells.indexOf(live.fields(), key.name());
			String value = Visibility.cell(cells, key.name());
			if (position < 0 || value == null) {
				return Optional.empty();
			}
			positions.add(position);
			values.add(value);
		}
		if (positions.isEmpty()) {
			return Optional.empty();
		}
		return this.store.positionOfKey(live.rowSet(), except,
				positions.stream().mapToInt(Integer::intValue).toArray(), values.toArray(String[]::new));
	}

	private RowChecker checker(TableProject project, Question q) {
		return this.projects.checker(project, q);
	}

	private static Map<String, List<String>> choices(RowChecker checker, Question q) {
		Map<String, List<String>> choices = new LinkedHashMap<>();
		for (Column c : visibleColumns(q)) {
			List<String> values = checker.lookups().choicesFor(q, c);
			if (!values.isEmpty()) {
				choices.put(c.field(), values);
			}
		}
		return choices;
	}

	/** Problems by field ("" for the whole row), several of one field joined. */
	public static Map<String, String> byField(List<ValidationError> problems) {
		Map<String, String> out = new LinkedHashMap<>();
		for (ValidationError e : problems) {
			out.merge(e.column() == null ? "" : e.column(), e.message(), (a, b) -> a + " " + b);
		}
		return out;
	}

	private List<String> required(Question q) {
		Optional<TableMeta> table = this.projects.catalogue().table(q.table().table());
		return visibleColumns(q).stream()
			.filter(c -> c.mandatory()
					|| table.flatMap(t -> t.field(c.field())).map(FieldMeta::mandatory).orElse(false))
			.map(Column::field)
			.toList();
	}

	static List<Column> visibleColumns(Question q) {
		return q.table().columns().stream().filter(c -> !c.hidden()).toList();
	}

	static List<String> fields(Question q) {
		return visibleColumns(q).stream().map(Column::field).toList();
	}

	/** "Customer account: C-001, Name: Contoso" for the audit log. */
	private static String describe(Question q, Map<String, String> cells) {
		StringJoiner out = new StringJoiner(", ");
		for (Column c : visibleColumns(q)) {
			String v = Visibility.cell(cells, c.field());
			if (v != null) {
				out.add(c.label() + ": " + v);
			}
		}
		return out.toString();
	}

	private void record(CustomerActor actor, TableProject project, Question q, String action, String details) {
		this.audit.recordInTenant(actor.signInId(), actor.customerId(), action,
				details + " in project '" + project.name() + "'");
	}

}
