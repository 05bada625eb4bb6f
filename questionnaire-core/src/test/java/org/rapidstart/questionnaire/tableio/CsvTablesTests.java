package org.rapidstart.questionnaire.tableio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidstart.questionnaire.Fixtures;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.loadplan.LoadPlan;
import org.rapidstart.questionnaire.loadplan.LoadPlanner;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TableTarget;
import org.rapidstart.questionnaire.validation.Validator;

class CsvTablesTests {

    private final Template o2c = BuiltInTemplates.get("Order-to-cash");
    private final TableTarget zipCodes = o2c.question("ZipCodes").orElseThrow().table();

    @Test
    void downloadTemplateHasTheVisibleColumnLabels() {
        StringWriter out = new StringWriter();
        CsvTables.writeTemplate(o2c.question("MainAccounts").orElseThrow().table(), out);
        assertThat(out).hasToString("Main account,Name,Account type\r\n");
    }

    @Test
    void readsHeadersByLabelOrFieldInAnyOrderWithSemicolons() {
        RowSource rows = CsvTables.read("zipcode;COUNTRY/REGION;City\n98052;US;Redmond\n\n10115;DE;\"Berlin; Mitte\"\n",
                zipCodes);
        assertThat(rows.toList()).containsExactly(
                Map.of("ZipCode", "98052", "CountryRegionId", "US", "City", "Redmond"),
                Map.of("ZipCode", "10115", "CountryRegionId", "DE", "City", "Berlin; Mitte"));
    }

    @Test
    void refusesUnknownAndRepeatedColumnsAndEmptyFiles() {
        assertThatThrownBy(() -> CsvTables.read("ZIP/postal code,Colour\n1,red\n", zipCodes))
                .isInstanceOf(TableImportException.class)
                .hasMessage("The file has columns this question does not have: Colour. The columns are: Country/region,"
                        + " ZIP/postal code, City, State, County.");
        assertThatThrownBy(() -> CsvTables.read("ZipCode,ZIP/postal code\n", zipCodes))
                .hasMessage("The file has the column 'ZIP/postal code' twice.");
        assertThatThrownBy(() -> CsvTables.read("", zipCodes)).hasMessageContaining("The file is empty");
    }

    @Test
    void largeFileIsStreamedIntoValidationAndTheLoadPlan(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("zip.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Country/region,ZIP/postal code,City\n");
            for (int i = 0; i < 100_000; i++) {
                w.write("US," + String.format("%05d", i) + ",City " + i + "\n");
            }
        }
        RowSource rows = CsvTables.read(file, zipCodes);
        Answers answers = Fixtures.orderToCash().withRows("ZipCodes", rows);
        MetadataCatalogue ax = MetadataCatalogue.ax2012();
        assertThat(new Validator(ax).validate(o2c, answers)).isEmpty();
        LoadPlan plan = new LoadPlanner(ax).plan(o2c, answers);
        StringWriter dixf = new StringWriter();
        CsvTables.writeRecords(plan.table("LogisticsAddressZipCode").orElseThrow(),
                ax.table("LogisticsAddressZipCode").orElseThrow(), dixf);
        String[] lines = dixf.toString().split("\r\n");
        assertThat(lines).hasSize(100_001);
        assertThat(lines[0]).isEqualTo("CountryRegionId,ZipCode,City,State,County");
        assertThat(lines[1]).isEqualTo("US,00000,City 0,,");
    }

    @Test
    void exportedAnswersReadBackTheSame() {
        TableTarget customers = o2c.question("Customers").orElseThrow().table();
        RowSource rows = Fixtures.orderToCash().rows("Customers").orElseThrow();
        StringWriter out = new StringWriter();
        CsvTables.write(customers, rows, out);
        assertThat(CsvTables.read(out.toString(), customers).toList()).isEqualTo(rows.toList());
        assertThat(List.of(out.toString().split("\r\n")[0].split(","))).startsWith("Customer account", "Name");
        // values a spreadsheet would run as formulas are guarded on export and come back as they were
        RowSource formulaLike = RowSource.of(List.of(Map.of("AccountNum", "-C1", "Name", "=cmd|' /C calc'!A0"),
                Map.of("AccountNum", "@C2", "Name", "+Contoso")));
        StringWriter guarded = new StringWriter();
        CsvTables.write(customers, formulaLike, guarded);
        assertThat(guarded.toString()).contains("'-C1", "'@C2", "'+Contoso");
        assertThat(CsvTables.read(guarded.toString(), customers).toList()).isEqualTo(formulaLike.toList());
    }
}
