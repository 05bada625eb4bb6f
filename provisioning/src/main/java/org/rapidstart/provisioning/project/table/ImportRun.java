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
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.tableio.CsvTables;
import org.rapidstart.questionnaire.tableio.TableCellsHandler;
import org.rapidstart.questionnaire.tableio.WorkbookStream;
import org.rapidstart.questionnaire.validation.ValidationError;

/**
 * One import, start to end: reads the file once, checks every row with the engine's row rules and keys, streams good
 * rows into a new row set with COPY while there is no problem yet, and records every bad row. Only a file without any
 * problem commits its rows and then swaps them in ({@link ImportWorker}); anything else rolls the COPY back, so the
 * saved rows never change half-way.
 * <p>
 * Two threads share the work: a reading thread parses the file into batches of rows, and the import's own thread
 * checks them in file order and writes them, while PostgreSQL stores what it wrote before. A few batches wait between
 * the two at most, so the file is never held in memory.
 */
final class ImportRun {

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

	/** Rows handed over and checked together (their keys are looked up at once). */
	private static final int BATCH = 1024;

	/** Batches read ahead of the checks at most. */
	private static final int READ_AHEAD = 8;

	/** Rows of the file in file order, each as cells by column. */
	private static final class Batch {

		final int[] rows = new int[BATCH];

		final @Nullable String[][] cells = new String[BATCH][];

		int count;

	}

	/** What the reading thread hands over after the last batch. */
	private static final Batch END = new Batch();

	private final ImportJobs jobs;

	private final ImportJobs.Work work;

	private final Question question;

	private final RowChecks checks;

	/** For each stored field, the column of a row's cells that holds it. */
	private final int[] positions;

	private final Clock clock;

	private final List<ImportProblem> pending = new ArrayList<>();

	private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(READ_AHEAD);

	private @Nullable RowSetWriter writer;

	private Batch batch = END;

	private long rowsRead;

	private long errors;

	private int stored;

	// written by the reading thread, read for the progress bar
	private volatile @Nullable Long expectedRows;

	private volatile long bytesRead;

	/** Why the reading thread stopped before the end of the file, if it did. */
	private volatile @Nullable RuntimeException readFailure;

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
			Thread reading = new Thread(() -> readFile(file), Thread.currentThread().getName() + "-reader");
			reading.setDaemon(true);
			reading.start();
			try {
				checkBatches();
			}
			finally {
				// stopped early (a cancel, a failure): the reading thread stops at its next batch and closes the file
				reading.interrupt();
				joinUninterruptibly(reading);
			}
			RuntimeException failure = this.readFailure;
			if (failure != null) {
				throw failure;
			}
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

	/** The import's thread: checks and writes the batches in file order until the reading thread ends. */
	private void checkBatches() throws IOException {
		while (true) {
			Batch next;
			try {
				next = this.batches.take();
			}
			catch (InterruptedException ex) {
				// the instance is stopping
				Thread.currentThread().interrupt();
				throw new Stopped(false);
			}
			if (next == END) {
				return;
			}
			this.batch = next;
			this.rowsRead += next.count;
			progress(false);
			this.checks.check(next.count, next.rows, next.cells, this::checked);
		}
	}

	/** A checked row: written while no row had a problem, else its problems are recorded. */
	private void checked(int index, List<ValidationError> problems) throws IOException {
		if (!problems.isEmpty()) {
			problems(problems);
			return;
		}
		RowSetWriter w = this.writer;
		if (w != null && w.isOpen()) {
			w.write(++this.stored, this.batch.cells[index], this.positions);
		}
	}

	/** The reading thread: the file's rows in batches, then {@link #END}, whatever happens. */
	private void readFile(Path file) {
		Reading reading = new Reading();
		try {
			if (this.work.job().kind() == FileKind.CSV) {
				try (InputStream in = new Counting(Files.newInputStream(file));
						Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
					CsvTables.readCells(reader, this.question.table(), reading);
				}
			}
			else {
				try (WorkbookStream workbook = WorkbookStream.open(file)) {
					workbook.tableCells(null, this.question.table(), reading);
				}
			}
			reading.handOver();
		}
		catch (Stopped ex) {
			// the checks stopped first; nobody waits for more batches
			return;
		}
		catch (IOException ex) {
			this.readFailure = new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			this.readFailure = ex;
		}
		catch (Error ex) {
			// the checks wait for END: without it they would wait for good (and the import, heartbeat and all, with
			// them); the import fails as an unexpected problem instead
			this.readFailure = new IllegalStateException("The file could not be read", ex);
		}
		try {
			this.batches.put(END);
		}
		catch (InterruptedException ex) {
			// the checks stopped first
		}
	}

	/** Fills batches on the reading thread and hands each over when it is full. */
	private final class Reading implements TableCellsHandler {

		private Batch filling = new Batch();

		@Override
		public void row(long rowNumber, @Nullable String[] cells) {
			Batch b = this.filling;
			b.rows[b.count] = (int) Math.min(Integer.MAX_VALUE, rowNumber);
			b.cells[b.count++] = cells;
			if (b.count == BATCH) {
				handOver();
			}
		}

		@Override
		public void expectedRows(long rows) {
			ImportRun.this.expectedRows = rows;
		}

		void handOver() {
			if (this.filling.count == 0) {
				return;
			}
			try {
				ImportRun.this.batches.put(this.filling);
			}
			catch (InterruptedException ex) {
				throw new Stopped(false);
			}
			this.filling = new Batch();
		}

	}

	private static void joinUninterruptibly(Thread thread) {
		boolean interrupted = false;
		while (true) {
			try {
				thread.join();
				break;
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
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
