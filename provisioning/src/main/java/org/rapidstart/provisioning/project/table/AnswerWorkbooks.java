package org.rapidstart.provisioning.project.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.project.AnswerKey;
import org.rapidstart.provisioning.project.AnswersRefused;
import org.rapidstart.provisioning.project.ProjectAccessDenied;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.model.ClassParameter;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.QuestionType;
import org.rapidstart.questionnaire.tableio.SpreadsheetText;
import org.rapidstart.questionnaire.tableio.TableImportException;
import org.rapidstart.questionnaire.tableio.WorkbookStream;
import org.rapidstart.questionnaire.validation.ValidationError;
import org.rapidstart.questionnaire.visibility.Visibility;
import org.rapidstart.questionnaire.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * All answers of a project as one workbook, and that workbook imported back: a "Parameters" sheet with one row per
 * single-value question and per answered class parameter, and one sheet per table question (its name is in the
 * Parameters sheet). Cells that a spreadsheet would run as formulas are neutralised. Importing checks everything
 * first (every table's rows against the workbook's own answers, as they would be after the import) and then changes
 * everything in one transaction, or nothing: a round trip changes nothing, not even a version. Base information first:
 * a change to another functional area is accepted only when Base information is complete once the workbook is
 * applied. A hidden "Exported"
 * sheet holds the moment of the export, so that an answer or table someone else changed since is not overwritten with
 * the workbook's older one (the import is refused, naming who changed it).
 */
@Service
public class AnswerWorkbooks {

	/** The sheet of single values; its columns. */
	public static final String PARAMETERS = "Parameters";

	/** A hidden sheet with the moment of the export: changes others made since are not overwritten by an import. */
	static final String EXPORTED = "Exported";

	private static final List<String> HEADER = List.of("Functional area", "Question group", "Short name", "Question",
			"Parameter", "Answer", "Sheet");

	/** What an import of the workbook did: applied, or refused with every problem. */
	public record Result(boolean applied, List<Problem> problems, List<String> changedTables, int changedValues) {

		public Result {
			problems = List.copyOf(problems);
			changedTables = List.copyOf(changedTables);
		}

	}

	/** One problem: the sheet, its row (as the spreadsheet numbers it) and column where there is one, and why. */
	public record Problem(String sheet, @Nullable Long row, @Nullable String column, String message) {

	}

	/** What an import is doing: reading the Parameters sheet, reading or checking a table's sheet, or saving. */
	public enum Stage {

		PARAMETERS, READING, CHECKING, SAVING

	}

	/**
	 * Hears how far an import is, and may stop it before it changes anything by throwing {@link Cancelled} from any
	 * of its methods but {@link #applied}.
	 */
	public interface Progress {

		/** Hears nothing and never stops an import. */
		Progress NONE = new Progress() {
		};

		/**
		 * Step {@code step} (1-based) of {@code steps} is under way: {@code rows} rows of {@code sheet} are read or
		 * checked so far (called again every so many rows).
		 */
		default void at(int step, int steps, Stage stage, @Nullable String sheet, long rows) {
		}

		/** A table's rows are being written to this new (invisible) row set. */
		default void staging(long rowSet) {
		}

		/** Inside the one transaction that applies the import, before it changes anything: the last moment to stop. */
		default void applying() {
		}

		/** Inside that transaction, after every change: it commits with them. */
		default void applied(int changedValues, List<String> changedTables) {
		}

	}

	/** An import was stopped on request before it changed anything. */
	public static final class Cancelled extends RuntimeException {

		public Cancelled() {
			super("The import was cancelled.", null, false, false);
		}

	}

	/** How often (in rows) a long sheet reports progress. */
	private static final int ROWS_PER_REPORT = 1000;

	/**
	 * The problems of a sheet's rows that are listed; more are counted (a sheet of a million bad rows is not held in
	 * memory, nor written as problems nobody reads).
	 */
	static final int PROBLEMS_PER_SHEET = 1000;

	private final TableProjects tableProjects;

	private final Projects projects;

	private final TableAnswers answers;

	private final RowStore store;

	private final RowSetSweeper sweeper;

	private final AuditLog audit;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Validator validator;

	AnswerWorkbooks(TableProjects tableProjects, Projects projects, TableAnswers answers, RowStore store,
			RowSetSweeper sweeper, AuditLog audit, DataSource dataSource, PlatformTransactionManager transactions,
			Clock clock) {
		this.tableProjects = tableProjects;
		this.projects = projects;
		this.answers = answers;
		this.store = store;
		this.sweeper = sweeper;
		this.audit = audit;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.validator = new Validator(tableProjects.catalogue());
	}

	/** A file name for the project's answers. */
	public String fileName(CustomerActor actor, long projectId) {
		String name = this.tableProjects.project(actor, projectId).name().replaceAll("[^\\p{L}\\p{N} ._-]", "_");
		return name + " - answers.xlsx";
	}

	/** @throws RuleViolation when a table has more rows than a worksheet holds (download that table as CSV) */
	public void requireExportable(CustomerActor actor, long projectId) {
		TableProject project = this.tableProjects.project(actor, projectId);
		requireExportable(project, entries(actor, project));
	}

	private void requireExportable(TableProject project, List<Entry> entries) {
		int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
		Map<String, Long> rows = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		this.store.all(project.id()).forEach(live -> rows.put(live.question(), live.rowCount()));
		for (Entry e : entries) {
			if (e.sheet() != null && rows.getOrDefault(e.question().shortName(), 0L) > maxRows) {
				throw new RuleViolation(null, "tables.workbook.tooManyRows", e.question().shortName() + " has more "
						+ "rows than a worksheet holds; download that table as CSV from its page.");
			}
		}
	}

	/**
	 * Writes every answer the actor may see; table rows stream from the database into a streaming workbook.
	 *
	 * @throws RuleViolation when a table has more rows than a worksheet holds (download that table as CSV)
	 */
	public void write(CustomerActor actor, long projectId, OutputStream out) {
		TableProject project = this.tableProjects.project(actor, projectId);
		// before the answers are read: a change saved after this moment may or may not be in the workbook, and an
		// import of it refuses to overwrite that change either way
		Instant exportedAt = this.clock.instant();
		Answers saved = this.projects.answers(actor.customerId(), projectId);
		List<Entry> entries = entries(actor, project);
		requireExportable(project, entries);
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
			try {
				writeSheets(wb, saved, entries, projectId);
				SXSSFSheet exported = wb.createSheet(EXPORTED);
				Row row = exported.createRow(0);
				row.createCell(0).setCellValue("Exported at");
				row.createCell(1).setCellValue(exportedAt.toString());
				wb.setSheetHidden(wb.getSheetIndex(exported), true);
				wb.write(out);
			}
			finally {
				// the streaming workbook keeps its rows in temporary files until then
				wb.dispose();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeSheets(SXSSFWorkbook wb, Answers saved, List<Entry> entries, long projectId) {
		CellStyle bold = wb.createCellStyle();
		Font font = wb.createFont();
		font.setBold(true);
		bold.setFont(font);
		SXSSFSheet parameters = wb.createSheet(PARAMETERS);
		header(parameters, HEADER, bold);
		int r = 1;
		for (Entry e : entries) {
			Question q = e.question();
			String value = e.parameter() != null ? saved.parameters(q.shortName()).get(e.parameter())
					: e.sheet() == null ? saved.value(q.shortName()).orElse(null) : null;
			Row row = parameters.createRow(r++);
			String[] cells = { e.area(), e.group(), q.shortName(), q.text(), e.parameter(), value, e.sheet() };
			for (int i = 0; i < cells.length; i++) {
				if (cells[i] != null && !cells[i].isEmpty()) {
					row.createCell(i).setCellValue(SpreadsheetText.neutralise(cells[i]));
				}
			}
		}
		int[] widths = { 24, 26, 26, 60, 18, 30, 20 };
		for (int i = 0; i < widths.length; i++) {
			parameters.setColumnWidth(i, widths[i] * 256);
		}
		for (Entry e : entries) {
			if (e.sheet() != null) {
				writeTable(wb.createSheet(e.sheet()), e.question(), this.answers.rows(projectId,
						e.question().shortName()), bold);
			}
		}
	}

	private static void writeTable(SXSSFSheet sheet, Question q, RowSource rows, CellStyle bold) {
		List<Column> columns = TableGrid.visibleColumns(q);
		header(sheet, columns.stream().map(Column::label).toList(), bold);
		int[] r = { 1 };
		rows.forEach(values -> {
			Row row = sheet.createRow(r[0]++);
			for (int i = 0; i < columns.size(); i++) {
				String v = Visibility.cell(values, columns.get(i).field());
				if (v != null) {
					row.createCell(i).setCellValue(SpreadsheetText.neutralise(v));
				}
			}
		});
	}

	private static void header(SXSSFSheet sheet, List<String> labels, CellStyle bold) {
		Row header = sheet.createRow(0);
		for (int i = 0; i < labels.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(labels.get(i));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(i, Math.max(12, labels.get(i).length() + 4) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	/**
	 * Imports a workbook written by {@link #write}: checks all of it, then changes what differs in one transaction,
	 * or nothing when anything is wrong. The file stays the caller's.
	 */
	public Result read(CustomerActor actor, long projectId, Path file) {
		return read(actor, projectId, file, Progress.NONE);
	}

	/**
	 * {@link #read(CustomerActor, long, Path)}, telling {@code progress} how far it is; it may stop the import
	 * ({@link Cancelled}, thrown on to the caller) until the moment the changes are applied.
	 */
	public Result read(CustomerActor actor, long projectId, Path file, Progress progress) {
		TableProject project = this.tableProjects.project(actor, projectId);
		List<Entry> entries = entries(actor, project);
		List<Problem> problems = new ArrayList<>();
		Map<String, Staged> staged = new LinkedHashMap<>();
		try (WorkbookStream workbook = WorkbookStream.open(file)) {
			Set<String> sheets = new HashSet<>();
			workbook.sheetNames().forEach(s -> sheets.add(s.toLowerCase(Locale.ROOT)));
			List<Entry> tables = entries.stream()
				.filter(e -> e.sheet() != null && sheets.contains(e.sheet().toLowerCase(Locale.ROOT)))
				.toList();
			Steps steps = new Steps(progress, 2 + 2 * tables.size());
			steps.next(Stage.PARAMETERS, PARAMETERS);
			Map<String, Long> parameterRows = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			Map<String, String> values = readParameters(workbook, project, entries, problems, parameterRows);
			Instant exportedAt = exportedAt(workbook);
			for (Entry e : tables) {
				steps.next(Stage.READING, e.sheet());
				stage(workbook, project, e, staged, problems, steps);
			}
			if (problems.isEmpty()) {
				check(project, values, staged, problems, steps);
			}
			if (problems.isEmpty()) {
				dropUnchanged(project, staged);
				values = changedValues(actor, project, values);
				requireMayAnswer(actor, project, values, staged, problems);
				refuseClosedAreas(project, values, staged, parameterRows, problems);
			}
			if (!problems.isEmpty()) {
				return new Result(false, problems, List.of(), 0);
			}
			steps.last(Stage.SAVING);
			apply(actor, project, values, staged, problems, progress, exportedAt, parameterRows);
			if (!problems.isEmpty()) {
				return new Result(false, problems, List.of(), 0);
			}
			Result result = new Result(true, List.of(), List.copyOf(staged.keySet()), values.size());
			staged.clear();
			return result;
		}
		catch (TableImportException ex) {
			problems.add(new Problem("", null, null, ex.getMessage()));
			return new Result(false, problems, List.of(), 0);
		}
		finally {
			discardAll(staged);
			this.sweeper.sweep();
		}
	}

	/** Parameters sheet -> changed keys ({@code Question} or {@code Question|Parameter}) with their values. */
	private Map<String, String> readParameters(WorkbookStream workbook, TableProject project, List<Entry> entries,
			List<Problem> problems, Map<String, Long> rows) {
		Map<String, Entry> byKey = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (Entry e : entries) {
			if (e.sheet() == null) {
				byKey.put(e.key(), e);
			}
		}
		Map<String, String> values = new LinkedHashMap<>();
		int[] columns = new int[HEADER.size()];
		boolean found = workbook.rows(PARAMETERS, (rowNumber, cells) -> {
			if (rowNumber == 1 || columns[2] == 0 && columns[5] == 0) {
				for (int i = 0; i < cells.size(); i++) {
					int at = HEADER.indexOf(text(cells.get(i)));
					if (at >= 0) {
						columns[at] = i + 1;
					}
				}
				return;
			}
			String shortName = at(cells, columns[2]);
			if (shortName.isEmpty()) {
				return;
			}
			String parameter = at(cells, columns[4]);
			String key = new AnswerKey(shortName, parameter).toString();
			if (project.template().question(shortName).isEmpty()) {
				problems.add(new Problem(PARAMETERS, rowNumber, "Short name",
						"The project has no question '" + shortName + "'."));
			}
			else if (byKey.containsKey(key)) {
				values.put(byKey.get(key).key(), at(cells, columns[5]));
				rows.put(byKey.get(key).key(), rowNumber);
			}
		});
		if (!found || columns[2] == 0 || columns[5] == 0) {
			problems.add(new Problem(PARAMETERS, null, null, "The workbook needs a sheet '" + PARAMETERS
					+ "' with the columns Short name and Answer, as Export answers writes it."));
		}
		return values;
	}

	/** When the workbook was exported, if it says so (a workbook made otherwise does not). */
	private static @Nullable Instant exportedAt(WorkbookStream workbook) {
		@Nullable String[] at = { null };
		workbook.rows(EXPORTED, (rowNumber, cells) -> {
			if (rowNumber == 1 && cells.size() > 1) {
				at[0] = text(cells.get(1));
			}
		});
		try {
			return (at[0] == null) ? null : Instant.parse(at[0]);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Someone else's change made after the workbook was exported is not overwritten with the workbook's older answer:
	 * each such answer or table is a problem, and nothing is imported. (The importer's own later changes are theirs to
	 * overwrite; a table counts as changed by someone else when they changed its rows as a whole last, or a row that
	 * is still there, after the export.) Called in the transaction that applies the import: the answers and the
	 * tables are locked first, so that nobody changes them between this check and the import's changes.
	 */
	private void refuseLaterChanges(CustomerActor actor, TableProject project, @Nullable Instant exportedAt,
			Map<String, String> values, Map<String, Long> parameterRows, Map<String, Staged> staged,
			List<Problem> problems) {
		if (exportedAt == null) {
			return;
		}
		Map<String, Projects.LastChange> answers = this.projects.lastChanges(project.customerId(), project.id());
		for (String key : values.keySet()) {
			Projects.LastChange last = answers.get(key);
			if (last != null && last.at().isAfter(exportedAt) && !last.by().equalsIgnoreCase(actor.signInId())) {
				problems.add(new Problem(PARAMETERS, parameterRows.get(key), "Answer", last.by() + " changed this "
						+ "answer after the workbook was exported. Export the answers again and make your change there."));
			}
		}
		for (Staged s : staged.values()) {
			this.store.lockOrCreate(project.id(), s.question().shortName(), s.layout(), actor.signInId(),
					this.clock.instant());
			this.store.changedByOthersSince(project.id(), s.question().shortName(), exportedAt, actor.signInId())
				.ifPresent(last -> problems.add(new Problem(s.sheet(), null, null, last.changedBy() + " changed the "
						+ "rows of " + s.question().shortName() + " after the workbook was exported. Export the answers "
						+ "again and make your changes there.")));
		}
	}

	private static String at(List<@Nullable String> cells, int column) {
		return column == 0 || column > cells.size() ? "" : text(cells.get(column - 1));
	}

	private static String text(@Nullable String cell) {
		return cell == null ? "" : SpreadsheetText.restore(cell.strip());
	}

	/** Writes a table sheet's rows into a new (invisible) row set, numbered as the sheet numbers its rows. */
	private void stage(WorkbookStream workbook, TableProject project, Entry e, Map<String, Staged> staged,
			List<Problem> problems, Steps steps) {
		Question q = e.question();
		List<String> layout = TableGrid.fields(q);
		long rowSet = this.store.newRowSet();
		steps.progress().staging(rowSet);
		long[] rows = { 0 };
		try (RowSetWriter writer = new RowSetWriter(this.dataSource, rowSet)) {
			workbook.tableRows(e.sheet(), q.table(), (rowNumber, raw) -> {
				Map<String, String> cells = Cells.cleaned(raw);
				if (!cells.isEmpty()) {
					try {
						writer.write((int) Math.min(Integer.MAX_VALUE, rowNumber), Cells.encode(layout, cells));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					if (++rows[0] % ROWS_PER_REPORT == 0) {
						steps.rows(rows[0]);
					}
				}
			});
			writer.commit();
			staged.put(q.shortName(), new Staged(q, e.sheet(), layout, rowSet, rows[0]));
		}
		catch (TableImportException ex) {
			this.store.discard(rowSet, this.clock.instant());
			problems.add(new Problem(e.sheet(), 1L, null, ex.getMessage()));
		}
		catch (IOException | SQLException ex) {
			this.store.discard(rowSet, this.clock.instant());
			throw new IllegalStateException("The rows of " + e.sheet() + " could not be written", ex);
		}
	}

	/** The project's answers as they would be after the import: the saved ones with the workbook's laid over them. */
	private Answers after(TableProject project, Map<String, String> values, Map<String, Staged> staged) {
		Answers after = AnswerKey.overlay(this.projects.answers(project.customerId(), project.id()), values);
		for (Staged s : staged.values()) {
			after = s.rows() == 0 ? after.withoutRows(s.question().shortName())
					: after.withRows(s.question().shortName(), stagedRows(project, s));
		}
		return after;
	}

	/** Every staged table's rows against the answers as they would be after the import. */
	private void check(TableProject project, Map<String, String> values, Map<String, Staged> staged,
			List<Problem> problems, Steps steps) {
		Answers after = after(project, values, staged);
		for (Staged s : staged.values()) {
			steps.next(Stage.CHECKING, s.sheet());
			RowChecks checks = new RowChecks(
					this.validator.rowChecker(project.template(), after, s.question().shortName()));
			long[] checked = { 0 };
			long[] found = { 0 };
			this.transaction.executeWithoutResult(tx -> this.store.streamNumbered(live(project, s), (rowNo, cells) -> {
				if (++checked[0] % ROWS_PER_REPORT == 0) {
					steps.rows(checked[0]);
				}
				for (ValidationError error : checks.check(rowNo, cells)) {
					if (++found[0] <= PROBLEMS_PER_SHEET) {
						problems.add(new Problem(s.sheet(), (long) rowNo, error.column() == null ? null
								: s.question().table().column(error.column()).map(Column::label).orElse(error.column()),
								error.message()));
					}
				}
			}));
			if (found[0] > PROBLEMS_PER_SHEET) {
				problems.add(new Problem(s.sheet(), null, null, String.format(Locale.ENGLISH, "%,d more problems in "
						+ "this sheet. Fix the ones above and import the workbook again to see the rest.",
						found[0] - PROBLEMS_PER_SHEET)));
			}
		}
	}

	private RowSource stagedRows(TableProject project, Staged s) {
		return action -> this.transaction
			.executeWithoutResult(tx -> this.store.streamNumbered(live(project, s), (n, row) -> action.accept(row)));
	}

	private static RowStore.Live live(TableProject project, Staged s) {
		return new RowStore.Live(project.id(), s.question().shortName(), s.layout(), s.rowSet(), s.rows(), 0);
	}

	/** A table whose rows are the saved rows, in the same order, stays as it is (its version too). */
	private void dropUnchanged(TableProject project, Map<String, Staged> staged) {
		Iterator<Staged> it = staged.values().iterator();
		while (it.hasNext()) {
			Staged s = it.next();
			RowSource saved = this.answers.rows(project.id(), s.question().shortName());
			if (saved.count() == s.rows() && Arrays.equals(digest(saved), digest(stagedRows(project, s)))) {
				this.store.discard(s.rowSet(), this.clock.instant());
				it.remove();
			}
		}
	}

	/**
	 * A digest of the rows in their order, each row its cells by field (as {@link Map#equals} compares them): two
	 * tables of a million rows are compared as they stream, without holding either.
	 */
	private static byte[] digest(RowSource rows) {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
		Consumer<@Nullable String> text = value -> {
			byte[] bytes = (value == null) ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
			digest.update(length.clear().putInt((value == null) ? -1 : bytes.length).array());
			digest.update(bytes);
		};
		rows.forEach(row -> {
			List<String> fields = new ArrayList<>(row.keySet());
			Collections.sort(fields);
			digest.update(length.clear().putInt(fields.size()).array());
			for (String field : fields) {
				text.accept(field);
				text.accept(row.get(field));
			}
		});
		return digest.digest();
	}

	/** Only values that differ from the saved ones (blank and none are the same). */
	private Map<String, String> changedValues(CustomerActor actor, TableProject project, Map<String, String> values) {
		Answers saved = this.projects.answers(actor.customerId(), project.id());
		Map<String, String> changed = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			AnswerKey k = AnswerKey.parse(key);
			String before = k.isParameter() ? saved.parameters(k.question()).getOrDefault(k.parameter(), "")
					: saved.value(k.question()).orElse("");
			if (!before.strip().equals(value.strip())) {
				changed.put(key, value);
			}
		});
		return changed;
	}

	private void requireMayAnswer(CustomerActor actor, TableProject project, Map<String, String> values,
			Map<String, Staged> staged, List<Problem> problems) {
		Set<String> questions = new java.util.LinkedHashSet<>();
		values.keySet().forEach(k -> questions.add(AnswerKey.parse(k).question()));
		questions.addAll(staged.keySet());
		for (String q : questions) {
			try {
				this.projects.requireMayAnswer(actor, project.id(), q);
			}
			catch (ProjectAccessDenied ex) {
				problems.add(new Problem(PARAMETERS, null, null, "You may not change the answer of '" + q
						+ "' (its question group is not assigned to you, or the project is archived)."));
			}
		}
	}

	/**
	 * Base information first, judged by the state the import leaves: a change to another functional area is refused
	 * unless Base information is complete once the workbook is applied (the workbook may complete it itself). A
	 * workbook that changes nothing outside Base information (a round trip, in any state) is never refused for it.
	 * {@code values} and {@code staged} are the changes only.
	 */
	private void refuseClosedAreas(TableProject project, Map<String, String> values, Map<String, Staged> staged,
			Map<String, Long> parameterRows, List<Problem> problems) {
		Map<String, String> areaOfValue = new LinkedHashMap<>();
		values.keySet().forEach(key -> areaOfValue.put(key, otherArea(project, AnswerKey.parse(key).question())));
		Map<Staged, String> areaOfTable = new LinkedHashMap<>();
		staged.values().forEach(s -> areaOfTable.put(s, otherArea(project, s.question().shortName())));
		if (areaOfValue.values().stream().allMatch(String::isEmpty)
				&& areaOfTable.values().stream().allMatch(String::isEmpty)) {
			return;
		}
		Set<String> closed = this.projects.closedAreas(project.customerId(), project.id(),
				after(project, values, staged));
		areaOfValue.forEach((key, area) -> {
			if (closed.contains(area)) {
				problems.add(new Problem(PARAMETERS, parameterRows.get(key), "Answer",
						AnswerKey.parse(key).question() + ": " + closedArea(area)));
			}
		});
		areaOfTable.forEach((s, area) -> {
			if (closed.contains(area)) {
				problems.add(new Problem(s.sheet(), null, null, closedArea(area)));
			}
		});
	}

	/** The question's functional area, or "" for Base information (always open). */
	private static String otherArea(TableProject project, String question) {
		return project.template()
			.areaOf(question)
			.filter(a -> !a.baseInformation())
			.map(FunctionalArea::name)
			.orElse("");
	}

	private static String closedArea(String area) {
		return "Complete Base information first: " + area + " opens once Base information is complete, and this "
				+ "workbook leaves it incomplete.";
	}

	/**
	 * Refused when someone else changed what the import would overwrite since the export; else tables first (so that
	 * single values are checked against the new rows), then values; all or nothing.
	 */
	private void apply(CustomerActor actor, TableProject project, Map<String, String> values,
			Map<String, Staged> staged, List<Problem> problems, Progress progress, @Nullable Instant exportedAt,
			Map<String, Long> parameterRows) {
		try {
			this.transaction.executeWithoutResult(tx -> {
				progress.applying();
				refuseLaterChanges(actor, project, exportedAt, values, parameterRows, staged, problems);
				if (!problems.isEmpty()) {
					tx.setRollbackOnly();
					return;
				}
				Instant now = this.clock.instant();
				for (Staged s : staged.values()) {
					this.store.replace(project.id(), s.question().shortName(), s.layout(), s.rowSet(), s.rows(),
							actor.signInId(), now);
				}
				if (!values.isEmpty()) {
					this.projects.saveValues(actor.customerId(), project.id(), values, actor.signInId());
				}
				this.audit.recordInTenant(actor.signInId(), actor.customerId(), "ANSWERS_WORKBOOK_IMPORTED",
						"Answers workbook imported into project '" + project.name() + "': " + values.size()
								+ " values and " + staged.size() + " tables changed"
								+ (staged.isEmpty() ? "" : " (" + String.join(", ", staged.keySet()) + ")"));
				progress.applied(values.size(), List.copyOf(staged.keySet()));
			});
		}
		catch (AnswersRefused refused) {
			for (ValidationError e : refused.errors()) {
				problems.add(new Problem(PARAMETERS, null, e.column() == null ? "Answer" : e.column(),
						e.question() + ": " + e.message()));
			}
		}
	}

	private void discardAll(Map<String, Staged> staged) {
		Instant now = this.clock.instant();
		staged.values().forEach(s -> this.store.discard(s.rowSet(), now));
	}

	/** The questions the actor may see, in template order, as rows of the Parameters sheet. */
	private List<Entry> entries(CustomerActor actor, TableProject project) {
		List<Entry> entries = new ArrayList<>();
		Set<String> sheetNames = new HashSet<>(
				Set.of(PARAMETERS.toLowerCase(Locale.ROOT), EXPORTED.toLowerCase(Locale.ROOT)));
		Set<String> visible = this.tableProjects.visibleQuestions(actor, project);
		for (FunctionalArea area : project.template().areasInUse()) {
			for (QuestionGroup group : area.groups()) {
				for (Question q : group.questions()) {
					if (q.hidden() || !visible.contains(q.shortName())) {
						continue;
					}
					if (q.table() != null) {
						entries.add(new Entry(area.name(), group.name(), q, null, sheetName(q, sheetNames)));
					}
					else if (q.type() == QuestionType.CLASS) {
						for (ClassParameter p : q.operation().answeredParameters()) {
							entries.add(new Entry(area.name(), group.name(), q, p.name(), null));
						}
					}
					else {
						entries.add(new Entry(area.name(), group.name(), q, null, null));
					}
				}
			}
		}
		return entries;
	}

	/** A sheet name Excel accepts (31 characters, no []:*?/\), unique in the workbook ignoring letter case. */
	private static String sheetName(Question q, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(q.shortName());
		String name = base;
		for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
			String suffix = "~" + i;
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		taken.add(name.toLowerCase(Locale.ROOT));
		return name;
	}

	private record Entry(String area, String group, Question question, @Nullable String parameter,
			@Nullable String sheet) {

		String key() {
			return new AnswerKey(this.question.shortName(), this.parameter == null ? "" : this.parameter).toString();
		}

	}

	private record Staged(Question question, String sheet, List<String> layout, long rowSet, long rows) {

	}

	/** Counts the steps of one import for its {@link Progress}. */
	private static final class Steps {

		private final Progress progress;

		private final int steps;

		private int step;

		private Stage stage = Stage.PARAMETERS;

		private @Nullable String sheet;

		Steps(Progress progress, int steps) {
			this.progress = progress;
			this.steps = steps;
		}

		Progress progress() {
			return this.progress;
		}

		void next(Stage stage, @Nullable String sheet) {
			this.step = Math.min(this.step + 1, this.steps);
			this.stage = stage;
			this.sheet = sheet;
			this.progress.at(this.step, this.steps, stage, sheet, 0);
		}

		void last(Stage stage) {
			this.step = this.steps - 1;
			next(stage, null);
		}

		void rows(long rows) {
			this.progress.at(this.step, this.steps, this.stage, this.sheet, rows);
		}

	}

}
