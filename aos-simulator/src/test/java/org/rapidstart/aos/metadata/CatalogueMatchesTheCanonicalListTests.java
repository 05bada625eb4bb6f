package org.rapidstart.aos.metadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue must be exactly {@code docs/ax-2012-tables.md}: the questionnaire builds its catalogue from
 * the same file, and a load plan from one must go into the other unchanged. Plain JUnit, no Spring.
 */
class CatalogueMatchesTheCanonicalListTests {

	private static final Path DOCUMENT = Path.of("..", "docs", "ax-2012-tables.md");

	private static final Pattern TYPE = Pattern.compile("(String|Int|Real|Date|Enum)(?:\\((\\w+)\\))?");

	private static final Pattern RELATION = Pattern.compile("-> (\\w+)\\.(\\w+)");

	private final AxCatalogue catalogue = new AxCatalogue();

	@Test
	void tablesFieldsTypesLengthsKeysAndRelationsAreThoseOfTheDocument() throws IOException {
		Map<String, List<String>> documented = new LinkedHashMap<>();
		Map<String, String> scopes = new LinkedHashMap<>();
		String table = null;
		boolean inTables = false;
		for (String line : Files.readAllLines(DOCUMENT)) {
			if (line.startsWith("## ")) {
				inTables = line.startsWith("## Tables");
				continue;
			}
			if (!inTables || !line.startsWith("|") || line.startsWith("| table") || line.startsWith("|---")) {
				continue;
			}
			String[] cells = line.substring(1).split("\\|", -1);
			String name = cells[0].strip();
			if (!name.isEmpty()) {
				table = name;
				scopes.put(table, cells[1].strip());
				documented.put(table, new ArrayList<>());
			}
			String field = cells[2].strip();
			if (field.startsWith("(same fields as ")) {
				documented.get(table).addAll(documented.get(field.substring(16, field.length() - 1)));
				continue;
			}
			Matcher type = TYPE.matcher(cells[3].strip());
			assertThat(type.matches()).as("type of %s.%s", table, field).isTrue();
			Matcher relation = RELATION.matcher(cells[6]);
			documented.get(table)
				.add(String.join(" ", field, type.group(1), type.group(2) == null ? "-" : type.group(2),
						cells[4].strip().equals("M") ? "M" : "-", cells[5].strip().equals("Key") ? "Key" : "-",
						relation.find() ? relation.group(1) + "." + relation.group(2) : "-"));
		}

		Map<String, List<String>> implemented = new LinkedHashMap<>();
		Map<String, String> implementedScopes = new LinkedHashMap<>();
		for (AxTable t : this.catalogue.tables()) {
			implementedScopes.put(t.name(), t.scope() == AxScope.SHARED ? "shared" : "company");
			List<String> fields = new ArrayList<>();
			for (AxField f : t.fields()) {
				String detail = switch (f.type()) {
					case STRING -> Integer.toString(f.length());
					case ENUM -> f.enumName();
					default -> "-";
				};
				String relation = t.relationOf(f.name()).map(r -> r.relatedTable() + "." + r.relatedField()).orElse("-");
				if (t.name().equals("FiscalCalendarPeriod") && f.name().equals("FiscalCalendarYear")) {
					relation = "-"; // documented in words: "(year Name within that calendar)"
				}
				fields.add(String.join(" ", f.name(), f.type().axName(), detail, f.mandatory() ? "M" : "-",
						f.key() ? "Key" : "-", relation));
			}
			implemented.put(t.name(), fields);
		}

		assertThat(implementedScopes).containsExactlyEntriesOf(scopes);
		assertThat(implemented).containsExactlyEntriesOf(documented);
		AxRelation yearOfPeriod = this.catalogue.requireTable("FiscalCalendarPeriod").relationOf("FiscalCalendarYear")
			.orElseThrow();
		assertThat(yearOfPeriod.relatedTable()).isEqualTo("FiscalCalendarYear");
		assertThat(yearOfPeriod.fields()).containsExactly("FiscalCalendar", "FiscalCalendarYear");
	}

	@Test
	void enumsAreThoseOfTheDocumentInOrder() throws IOException {
		Map<String, List<String>> documented = new LinkedHashMap<>();
		boolean inEnums = false;
		for (String line : Files.readAllLines(DOCUMENT)) {
			if (line.startsWith("## ")) {
				inEnums = line.startsWith("## Enums");
				continue;
			}
			if (inEnums && line.startsWith("|") && !line.startsWith("| enum") && !line.startsWith("|---")) {
				String[] cells = line.substring(1).split("\\|");
				documented.put(cells[0].strip(), List.of(cells[1].strip().split(",\\s*")));
			}
		}
		Map<String, List<String>> implemented = new LinkedHashMap<>();
		this.catalogue.enums().forEach(e -> implemented.put(e.name(), e.values()));
		assertThat(implemented).containsExactlyEntriesOf(documented);
	}

}
