package org.rapidstart.questionnaire.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class MetadataCatalogueTests {

    private final MetadataCatalogue ax = MetadataCatalogue.ax2012();

    /** The canonical list another engineer builds the AOS simulator from; the catalogue must match it exactly. */
    private static final Path CANONICAL = Path.of("../docs/ax-2012-tables.md");

    @Test
    void matchesTheCanonicalTableListExactly() throws IOException {
        Canonical doc = Canonical.parse(Files.readString(CANONICAL));

        assertThat(ax.tables()).extracting(TableMeta::name).containsExactlyElementsOf(doc.tables.keySet());
        for (TableMeta t : ax.tables()) {
            List<String[]> expected = doc.tables.get(t.name());
            assertThat(t.scope().name().toLowerCase()).as(t.name()).isEqualTo(doc.scopes.get(t.name()));
            assertThat(t.fields()).as(t.name()).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                String[] e = expected.get(i);
                FieldMeta f = t.fields().get(i);
                String where = t.name() + "." + e[0];
                assertThat(f.name()).as(where).isEqualTo(e[0]);
                assertThat(f.type().toString()).as(where).isEqualTo(e[1]);
                assertThat(f.mandatory()).as(where).isEqualTo(e[2].equals("M"));
                assertThat(f.key()).as(where).isEqualTo(e[3].equals("Key"));
                assertThat(f.relation() == null ? "" : f.relation().toString()).as(where).isEqualTo(e[4]);
            }
        }
        assertThat(ax.enums()).extracting(EnumMeta::name).containsExactlyElementsOf(doc.enums.keySet());
        ax.enums().forEach(e -> assertThat(e.values()).as(e.name()).containsExactlyElementsOf(doc.enums.get(e.name())));
        assertThat(ax.classOperations()).extracting(ClassOperationMeta::name)
                .containsExactlyElementsOf(doc.operations.keySet());
        ax.classOperations().forEach(o -> assertThat(o.parameters()).extracting(ParameterMeta::name)
                .as(o.name()).containsExactlyElementsOf(doc.operations.get(o.name())));
    }

    @Test
    void shipsTheCoreFinancialTablesTheIssueNames() {
        assertThat(ax.tables()).extracting(TableMeta::name).contains("Currency", "FiscalCalendar", "MainAccount",
                "Ledger", "PaymTerm", "CustPaymModeTable", "VendPaymModeTable", "CustGroup", "VendGroup", "CustTable",
                "VendTable", "LogisticsAddressCountryRegion", "LogisticsAddressZipCode", "CustParameters",
                "VendParameters", "LedgerParameters", "CompanyInfo");
        assertThat(ax.field("custtable", "custgroup").orElseThrow().relation())
                .isEqualTo(new Relation("CustGroup", "CustGroup"));
        assertThat(ax.table("LogisticsAddressZipCode").orElseThrow().keyFields()).extracting(FieldMeta::name)
                .containsExactly("CountryRegionId", "ZipCode");
        assertThat(ax.classOperation("CreateFiscalCalendar").orElseThrow().creates())
                .containsExactly("FiscalCalendar", "FiscalCalendarYear", "FiscalCalendarPeriod");
    }

    @Test
    void roundTripsThroughJson() {
        String json = ax.toJson();
        assertThat(json).contains("\"format\" : \"rapidstart-metadata\"").contains("\"type\" : \"String(3)\"");
        assertThat(MetadataCatalogue.fromJson(json)).isEqualTo(ax);
    }

    @Test
    void refusesCataloguesOfANewerVersionOrAnotherFormat() {
        assertThatThrownBy(() -> MetadataCatalogue.fromJson(
                "{\"format\":\"rapidstart-metadata\",\"version\":2,\"erpVersion\":\"x\"}"))
                .hasMessage("This catalogue was made by a newer RapidStart (format version 2); this installation"
                        + " reads version 1.");
        assertThatThrownBy(() -> MetadataCatalogue.fromJson("{\"format\":\"other\",\"version\":1,\"erpVersion\":\"x\"}"))
                .hasMessageContaining("not a RapidStart metadata catalogue");
        assertThatThrownBy(() -> MetadataCatalogue.fromJson("{\"format\":"))
                .hasMessageContaining("cannot be read").hasMessageContaining("line 1");
    }

    @Test
    void refreshingATableKeepsItsPlace() {
        TableMeta custGroup = new TableMeta("CustGroup", Scope.COMPANY, List.of(
                new FieldMeta("CustGroup", FieldType.string(20), true, true, null)));
        MetadataCatalogue refreshed = ax.withTable(custGroup);
        assertThat(refreshed.canonicalIndex("CustGroup")).isEqualTo(ax.canonicalIndex("CustGroup"));
        assertThat(refreshed.field("CustGroup", "CustGroup").orElseThrow().type()).isEqualTo(FieldType.string(20));
        assertThat(refreshed.withTable(new TableMeta("InventTable", Scope.COMPANY, List.of())).tables())
                .hasSize(ax.tables().size() + 1);
    }

    @Test
    void refreshesFromTheAosMetadataService() {
        // the shape of the simulator's GET /aos/metadata/tables/{table}, built from the shipped catalogue
        MetadataCatalogue refreshed = ax;
        for (TableMeta t : ax.tables()) {
            StringBuilder json = new StringBuilder("{\"name\":\"" + t.name() + "\",\"label\":\"x\",\"scope\":\""
                    + t.scope().name().toLowerCase() + "\",\"key\":[],\"relations\":[],\"fields\":[");
            for (FieldMeta f : t.fields()) {
                FieldType type = f.type();
                json.append("{\"name\":\"").append(f.name()).append("\",\"label\":\"L\",\"type\":\"")
                        .append(type.kind() == FieldType.Kind.STRING ? "String" : type.kind() == FieldType.Kind.ENUM
                                ? "Enum" : type.toString()).append('"')
                        .append(",\"length\":").append(type.kind() == FieldType.Kind.STRING ? type.length() : "null")
                        .append(",\"mandatory\":").append(f.mandatory()).append(",\"key\":").append(f.key());
                if (type.kind() == FieldType.Kind.ENUM) {
                    json.append(",\"enumName\":\"").append(type.enumName()).append("\",\"enumValues\":[\"")
                            .append(String.join("\",\"", ax.enumeration(type.enumName()).orElseThrow().values()))
                            .append("\"]");
                }
                if (f.relation() != null) {
                    json.append(",\"relation\":{\"table\":\"").append(f.relation().table())
                            .append("\",\"field\":\"").append(f.relation().field()).append("\"}");
                }
                json.append("},");
            }
            json.setLength(json.length() - 1);
            refreshed = refreshed.withAosTable(json.append("]}").toString());
        }
        assertThat(refreshed).isEqualTo(ax);
        MetadataCatalogue longer = ax.withAosTable("{\"name\":\"CustGroup\",\"scope\":\"company\",\"fields\":["
                + "{\"name\":\"CustGroup\",\"type\":\"String\",\"length\":20,\"mandatory\":true,\"key\":true}]}");
        assertThat(longer.field("CustGroup", "CustGroup").orElseThrow().type()).isEqualTo(FieldType.string(20));
    }

    @Test
    void parsesAndPrintsFieldTypes() {
        assertThat(FieldType.parse("String(10)")).isEqualTo(FieldType.string(10));
        assertThat(FieldType.parse("Enum(NoYes)").enumName()).isEqualTo("NoYes");
        assertThat(FieldType.parse("Real")).isEqualTo(FieldType.REAL);
        assertThat(FieldType.ofEnum("NetDayMonth").toString()).isEqualTo("Enum(NetDayMonth)");
        assertThatThrownBy(() -> FieldType.parse("Money")).hasMessageContaining("Unknown field type 'Money'");
    }

    /** The markdown tables of docs/ax-2012-tables.md, read the way a person reads them. */
    private static final class Canonical {
        final Map<String, List<String>> enums = new LinkedHashMap<>();
        final Map<String, List<String[]>> tables = new LinkedHashMap<>();
        final Map<String, String> scopes = new LinkedHashMap<>();
        final Map<String, List<String>> operations = new LinkedHashMap<>();

        static Canonical parse(String md) {
            Canonical c = new Canonical();
            String section = "";
            String table = null;
            Pattern relation = Pattern.compile("-> (\\w+\\.\\w+)");
            for (String line : md.split("\n")) {
                if (line.startsWith("## ")) {
                    section = line;
                    continue;
                }
                if (!line.startsWith("|") || line.startsWith("|---")) {
                    continue;
                }
                String[] raw = line.substring(1, line.lastIndexOf('|')).split("\\|", -1);
                String[] cells = new String[raw.length];
                for (int i = 0; i < raw.length; i++) {
                    cells[i] = raw[i].trim();
                }
                if (section.startsWith("## Enums") && !cells[0].equals("enum")) {
                    c.enums.put(cells[0], List.of(cells[1].split(",\\s*")));
                } else if (section.startsWith("## Tables") && !cells[0].equals("table")) {
                    if (!cells[0].isEmpty()) {
                        table = cells[0];
                        c.scopes.put(table, cells[1]);
                        Matcher same = Pattern.compile("\\(same fields as (\\w+)\\)").matcher(cells[2]);
                        if (same.matches()) {
                            c.tables.put(table, new ArrayList<>(c.tables.get(same.group(1))));
                            continue;
                        }
                        c.tables.put(table, new ArrayList<>());
                    }
                    Matcher r = relation.matcher(cells[6]);
                    c.tables.get(table).add(new String[] {cells[2], cells[3], cells[4], cells[5],
                            r.find() ? r.group(1) : ""});
                } else if (section.startsWith("## Class operations") && !cells[0].equals("operation")) {
                    List<String> params = new ArrayList<>();
                    // commas inside "(String(5), optional)" do not separate parameters
                    for (String p : cells[1].split(",\\s*(?![^()]*\\))")) {
                        params.add(p.split("[ (]")[0]);
                    }
                    c.operations.put(cells[0], params);
                }
            }
            return c;
        }
    }
}
