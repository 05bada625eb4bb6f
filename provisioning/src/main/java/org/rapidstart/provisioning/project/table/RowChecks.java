package org.rapidstart.provisioning.project.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	RowChecks(RowChecker checker) {
		this.checker = checker;
	}

	/** Remembers the key of a saved row: a row of the file with that key repeats it (an import that appends). */
	void saved(Map<String, String> row) {
		this.checker.key(row).ifPresent(k -> this.keys.firstRowOrAdd(k, KeySet.SAVED));
	}

	/** Every problem of the row ({@code row} is the number the messages refer to); its key is remembered. */
	List<ValidationError> check(int row, Map<String, String> cells) {
		List<ValidationError> problems = this.checker.check(row, cells);
		Optional<String> key = this.checker.key(cells);
		if (key.isEmpty()) {
			return problems;
		}
		int first = this.keys.firstRowOrAdd(key.get(), row);
		if (first == 0) {
			return problems;
		}
		List<ValidationError> out = new ArrayList<>(problems);
		out.add((first == KeySet.SAVED) ? this.checker.repeatsSavedRow(row, cells)
				: this.checker.repeatedKey(row, first, cells));
		return out;
	}

}
