package org.rapidstart.provisioning.project.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.validation.RowChecker;
import org.rapidstart.questionnaire.validation.Validator;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored form of a row's cells, and the import's set of seen keys; plain unit tests. */
class CellsAndKeysTests {

	private final List<String> fields = List.of("CountryRegionId", "ZipCode", "City", "State");

	@Test
	void cellsAreStoredInFieldOrderStrippedAndReadBackWithoutEmptyOnes() {
		String stored = Cells.encode(this.fields, Map.of("city", " Redmond ", "CountryRegionId", "US", "State", " "));
		assertThat(stored).isEqualTo("US\u001F\u001FRedmond\u001F");
		assertThat(Cells.decode(this.fields, stored)).containsExactly(Map.entry("CountryRegionId", "US"),
				Map.entry("City", "Redmond"));
		// a shorter stored row (a field added to the layout later) reads as empty cells at the end
		assertThat(Cells.decode(this.fields, "US\u001F98052")).containsOnlyKeys("CountryRegionId", "ZipCode");
	}

	@Test
	void aValueCannotHoldTheSeparatorOrNul() {
		String stored = Cells.encode(this.fields, Map.of("ZipCode", "98\u001F052", "City", "Red\u0000mond"));
		assertThat(Cells.decode(this.fields, stored)).containsExactly(Map.entry("ZipCode", "98 052"),
				Map.entry("City", "Redmond"));
	}

	@Test
	void keysAreRememberedWithTheRowThatFirstHadThem() {
		KeySet keys = new KeySet();
		for (int i = 1; i <= 100_000; i++) {
			assertThat(keys.firstRowOrAdd("us\u001F" + i + "\u001F", i)).isZero();
		}
		assertThat(keys.size()).isEqualTo(100_000);
		assertThat(keys.firstRowOrAdd("us\u001F77\u001F", 200_000)).isEqualTo(77);
		assertThat(keys.firstRowOrAdd("saved", KeySet.SAVED)).isZero();
		assertThat(keys.firstRowOrAdd("saved", 5)).isEqualTo(KeySet.SAVED);
		assertThat(keys.firstRowOrAdd("Saved", 6)).as("keys come lower-cased; this is another key").isZero();
		// keys beyond ASCII and beyond one page of keys are compared exactly
		for (int i = 1; i <= 100_000; i++) {
			assertThat(keys.firstRowOrAdd("\u00e9t\u00e9\u001F" + "\uD83D\uDE00".repeat(i % 7) + i, 300_000 + i)).isZero();
		}
		assertThat(keys.firstRowOrAdd("\u00e9t\u00e9\u001F" + "\uD83D\uDE00".repeat(99_999 % 7) + 99_999, 1)).isEqualTo(399_999);
		assertThat(keys.firstRowOrAdd("\u00e9t\u00e8\u001F" + "\uD83D\uDE00".repeat(99_999 % 7) + 99_999, 1)).isZero();
		assertThat(keys.firstRowOrAdd("\uD83D\uDE00", 2)).isZero();
		assertThat(keys.firstRowOrAdd("\uD83D\uDE01", 3)).as("differs in its last unit").isZero();
		assertThat(keys.size()).isEqualTo(200_005);
	}

	@Test
	void aBatchOfRowsIsCheckedAsOneRowAfterTheOther() throws Exception {
		Template o2c = BuiltInTemplates.get("Order-to-cash");
		Answers answers = Answers.empty()
			.withRows("CountriesRegions", List.of(Map.of("CountryRegionId", "US", "ShortName", "United States")));
		Validator validator = new Validator(MetadataCatalogue.ax2012());
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			rows.add(Map.of("CountryRegionId", i % 7 == 0 ? "us" : "US", "ZipCode", Integer.toString(i % 900), "City",
					"C" + i));
		}
		rows.set(10, Map.of("CountryRegionId", "XX", "City", "Nowhere"));
		RowChecks one = new RowChecks(validator.rowChecker(o2c, answers, "ZipCodes"));
		one.saved(Map.of("CountryRegionId", "US", "ZipCode", "5"));
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			expected.add(i + 2 + ": " + one.check(i + 2, rows.get(i)));
		}
		RowChecker checker = validator.rowChecker(o2c, answers, "ZipCodes");
		RowChecks batched = new RowChecks(checker);
		batched.saved(Map.of("CountryRegionId", "US", "ZipCode", "5"));
		List<String> actual = new ArrayList<>();
		int[] numbers = new int[300];
		String[][] cells = new String[300][];
		for (int from = 0; from < rows.size(); from += 300) {
			int count = Math.min(300, rows.size() - from);
			for (int i = 0; i < count; i++) {
				numbers[i] = from + i + 2;
				cells[i] = checker.cells(rows.get(from + i));
			}
			batched.check(count, numbers, cells, (i, problems) -> actual.add(numbers[i] + ": " + problems));
		}
		assertThat(actual).isEqualTo(expected);
		assertThat(expected.get(10)).contains("must be filled in", "'XX'");
		assertThat(expected.get(901)).contains("repeats", "of row 3");
		assertThat(expected.get(5)).contains("of a row already saved");
	}

}
