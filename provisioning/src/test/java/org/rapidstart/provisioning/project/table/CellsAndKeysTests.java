package org.rapidstart.provisioning.project.table;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
	}

}
