package org.rapidstart.provisioning.project.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.validation.RowChecker;
import org.rapidstart.questionnaire.validation.ValidationError;

/**
 * Rows read from a file (an import, a table sheet of the answers workbook) checked one at a time: the engine's row
 * rules, and a key that an earlier row of the file, or a row saved before, already has. The keys are held compactly
 * ({@link KeySet}), so a million-row file needs no map of strings.
 */
final class RowChecks {

	private final RowChecker checker;

	private final KeySet keys = new KeySet();

	/** The key of the row being checked (of the rows of a batch, one after the other), rather than a string each. */
	private final StringBuilder key = new StringBuilder();

	/** The keys of a batch, copied out of {@link #key} to be looked up. */
	private char[] keyChars = new char[0];

	private int[] hashes = new int[0];

	private int[] keyEnds = new int[0];

	private final List<List<ValidationError>> batchProblems = new ArrayList<>();

	/** Receives the problems of each row of a batch, in order. */
	@FunctionalInterface
	interface Checked {

		/** The row at {@code index} of the batch has these problems (none: it is fine). */
		void row(int index, List<ValidationError> problems) throws IOException;

	}

	RowChecks(RowChecker checker) {
		this.checker = checker;
	}

	/** Remembers the key of a saved row: a row of the file with that key repeats it (an import that appends). */
	void saved(Map<String, String> row) {
		this.key.setLength(0);
		if (this.checker.key(this.checker.cells(row), this.key)) {
			this.keys.firstRowOrAdd(this.key, KeySet.SAVED);
		}
	}

	/** Every problem of the row ({@code row} is the number the messages refer to); its key is remembered. */
	List<ValidationError> check(int row, Map<String, String> cells) {
		return check(row, this.checker.cells(cells));
	}

	/**
	 * As {@link #check(int, Map)}, for a row given as cells by column ({@link RowChecker#cells}); an empty list when
	 * the row is fine.
	 */
	List<ValidationError> check(int row, @Nullable String[] cells) {
		List<ValidationError> problems = this.checker.check(row, cells);
		this.key.setLength(0);
		if (!this.checker.key(cells, this.key)) {
			return problems;
		}
		return withRepeat(problems, this.keys.firstRowOrAdd(this.key, row), row, cells);
	}

	/**
	 * The row's problems and, when its key was had before ({@code first}: the row that had it, {@link KeySet#SAVED}
	 * for a saved row; 0 when the key is new), the problem of a repeated key.
	 */
	private List<ValidationError> withRepeat(List<ValidationError> problems, int first, int row,
			@Nullable String[] cells) {
		if (first == 0) {
			return problems;
		}
		List<ValidationError> out = new ArrayList<>(problems);
		out.add((first == KeySet.SAVED) ? this.checker.repeatsSavedRow(row, cells)
				: this.checker.repeatedKey(row, first, cells));
		return out;
	}

	/**
	 * Checks the first {@code count} of {@code rows} (numbers) and {@code cells} (cells by column) in order, exactly
	 * as {@link #check(int, String[])} one after the other would, and hands each row's problems to {@code checked}.
	 * Faster for many rows: the batch's keys are looked up together ({@link KeySet#touch}).
	 */
	void check(int count, int[] rows, @Nullable String[][] cells, Checked checked) throws IOException {
		if (this.hashes.length < count) {
			this.hashes = new int[count];
			this.keyEnds = new int[count];
		}
		this.key.setLength(0);
		this.batchProblems.clear();
		for (int i = 0; i < count; i++) {
			this.batchProblems.add(this.checker.check(rows[i], cells[i]));
			// a row without a key gets an empty one, which is never looked up
			this.checker.key(cells[i], this.key);
			this.keyEnds[i] = this.key.length();
		}
		if (this.keyChars.length < this.key.length()) {
			this.keyChars = new char[Math.max(this.key.length(), this.keyChars.length * 2)];
		}
		this.key.getChars(0, this.key.length(), this.keyChars, 0);
		int from = 0;
		for (int i = 0; i < count; i++) {
			this.hashes[i] = KeySet.hash(this.keyChars, from, this.keyEnds[i]);
			from = this.keyEnds[i];
		}
		this.keys.touch(this.hashes, count);
		int start = 0;
		for (int i = 0; i < count; i++) {
			List<ValidationError> problems = this.batchProblems.get(i);
			int end = this.keyEnds[i];
			if (end > start) {
				problems = withRepeat(problems,
						this.keys.firstRowOrAdd(this.keyChars, start, end, this.hashes[i], rows[i]), rows[i],
						cells[i]);
			}
			start = end;
			checked.row(i, problems);
		}
		this.batchProblems.clear();
	}

}
