package org.rapidstart.provisioning.project.table;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.tableio.CsvTables;
import org.rapidstart.questionnaire.tableio.TableCellsHandler;
import org.rapidstart.questionnaire.tableio.WorkbookStream;
import org.rapidstart.questionnaire.validation.ValidationError;

/**
 * One import, start to end, on a worker thread: reads the file once, checks every row with the engine's row rules
 * and keys, streams good rows into a new row set with COPY while there is no problem yet, and records every bad row.
 * Only a file without any problem commits its rows and then swaps them in ({@link ImportWorker}); anything else rolls
 * the COPY back, so the saved rows never change half-way.
 */
final class ImportRun implements TableCellsHandler {

	/** Thrown from the row loop when a cancel was asked for or the instance is stopping. */
	static final class Stopped extends RuntimeException {

		private final boolean cancelled;

		Stopped(boolean cancelled) {
			super(null, null, false, false);
			this.cancelled = cancelled;
		}

		boolean cancelled() {
			return this.cancelled;
		}

	}

	private static final int PROBLEM_BATCH = 500;

	private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

	/** Rows checked together, so that their keys are looked up at once. */
	private static final int BATCH = 256;

	private final ImportJobs jobs;

	private final ImportJobs.Work work;

	private final Question question;

	private final RowChecks checks;

	/** For each stored field, the column of a row's cells that holds it. */
	private final int[] positions;

	private final Clock clock;

	private final List<ImportProblem> pending = new ArrayList<>();

	private final int[] batchRows = new int[BATCH];

	private final @Nullable String[][] batchCells = new String[BATCH][];

	private int batched;

	private @Nullable RowSetWriter writer;

	private long rowsRead;

	private long errors;

	private int stored;

	private @Nullable Long expectedRows;

	private long bytesRead;

	private long lastProgress;

	ImportRun(ImportJobs jobs, ImportJobs.Work work, Question question, RowChecks checks, List<String> layout,
			Clock clock) {
		this.jobs = jobs;
		this.work = work;
		this.question = question;
		this.checks = checks;
		this.positions = Cells.positions(layout, question.table().columns());
		this.clock = clock;
	}

	/** Reads and checks the whole file; the rows are committed (still invisible) only when no row had a problem. */
	void read(Path file, DataSource dataSource) throws IOException, SQLException {
		try (RowSetWriter w = new RowSetWriter(dataSource, this.work.rowSet())) {
			this.writer = w;
			if (this.work.job().kind() == FileKind.CSV) {
				try (InputStream in = new Counting(Files.newInputStream(file));
						Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
					CsvTables.readCells(reader, this.question.table(), this);
				}
			}
			else {
				try (WorkbookStream workbook = WorkbookStream.open(file)) {
					workbook.tableCells(null, this.question.table(), this);
				}
			}
			checkBatch();
			flushProblems();
			this.bytesRead = this.work.job().fileBytes();
			progress(true);
			if (this.errors == 0 && this.stored > 0) {
				w.commit();
			}
		}
	}

	long errors() {
		return this.errors;
	}

	long rowsRead() {
		return this.rowsRead;
	}

	int stored() {
		return this.stored;
	}

	@Override
	public void expectedRows(long rows) {
		this.expectedRows = rows;
	}

	@Override
	public void row(long rowNumber, @Nullable String[] cells) {
		this.rowsRead++;
		if ((this.rowsRead & 1023) == 0) {
			progress(false);
		}
		// the readers give non-blank cells; the checker and the encoding trim and clean them
		this.batchRows[this.batched] = (int) Math.min(Integer.MAX_VALUE, rowNumber);
		this.batchCells[this.batched++] = cells;
		if (this.batched == BATCH) {
			checkBatch();
		}
	}

	private void checkBatch() {
		try {
			this.checks.check(this.batched, this.batchRows, this.batchCells, this::checked);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Arrays.fill(this.batchCells, null);
		this.batched = 0;
	}

	/** A checked row: written while no row had a problem, else its problems are recorded. */
	private void checked(int index, List<ValidationError> problems) throws IOException {
		if (!problems.isEmpty()) {
			problems(problems);
			return;
		}
		RowSetWriter w = this.writer;
		if (w != null && w.isOpen()) {
			w.write(++this.stored, this.batchCells[index], this.positions);
		}
	}

	private void problems(List<ValidationError> problems) {
		RowSetWriter w = this.writer;
		if (w != null && w.isOpen()) {
			// one bad row fails the import: stop writing, keep checking so that every bad row is reported
			w.abandon();
		}
		for (ValidationError e : problems) {
			this.errors++;
			this.pending.add(new ImportProblem(e.row() == null ? null : e.row().longValue(), label(e.column()),
					e.message()));
		}
		if (this.pending.size() >= PROBLEM_BATCH) {
			flushProblems();
		}
	}

	private @Nullable String label(@Nullable String field) {
		if (field == null) {
			return null;
		}
		return this.question.table().column(field).map(Column::label).orElse(field);
	}

	private void flushProblems() {
		if (!this.pending.isEmpty()) {
			this.jobs.addProblems(this.work.job().id(), (int) (this.errors - this.pending.size()),
					List.copyOf(this.pending));
			this.pending.clear();
		}
	}

	private void progress(boolean now) {
		// a rate limit in real time, not the platform's clock (which tests move or hold still)
		long nanos = System.nanoTime();
		if (Thread.currentThread().isInterrupted()) {
			throw new Stopped(false);
		}
		if (!now && nanos - this.lastProgress < PROGRESS_EVERY_NANOS) {
			return;
		}
		this.lastProgress = nanos;
		flushProblems();
		Instant instant = this.clock.instant();
		if (this.jobs.progress(this.work.job().id(), this.rowsRead, this.bytesRead, this.expectedRows, this.errors,
				instant)) {
			throw new Stopped(true);
		}
	}

	/** Counts the bytes the reader has taken from the file, for the progress bar. */
	private final class Counting extends FilterInputStream {

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				ImportRun.this.bytesRead++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				ImportRun.this.bytesRead += n;
			}
			return n;
		}

	}

}
