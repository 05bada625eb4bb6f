package org.rapidstart.questionnaire.tableio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidstart.questionnaire.Fixtures;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.Template;

class WorkbookTablesTests {

    private final WorkbookTables workbooks = new WorkbookTables(MetadataCatalogue.ax2012());
    private final Template o2c = BuiltInTemplates.get("Order-to-cash");

    @TempDir
    Path dir;

    /** The rows of a workbook's first sheet, read as an upload reads them ({@link WorkbookStream}). */
    private List<Map<String, String>> read(byte[] workbook, Question question) throws IOException {
        Path file = Files.write(dir.resolve("upload.xlsx"), workbook);
        List<Map<String, String>> rows = new ArrayList<>();
        try (WorkbookStream stream = WorkbookStream.open(file)) {
            stream.tableRows(null, question.table(), (n, cells) -> rows.add(cells));
        }
        return rows;
    }

    @Test
    void exportHasAHeaderOfLabelsAndEnumDropDowns() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(o2c.question("MainAccounts").orElseThrow(), RowSource.of(List.of()), out);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("MainAccounts");
            Row header = sheet.getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue())).containsExactly("Main account", "Name", "Account type");
            assertThat(sheet.getDataValidations()).singleElement().satisfies(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).contains("Asset", "Liability", "Equity"));
        }
    }

    @Test
    void exportedRowsReadBackTheSame() throws Exception {
        Question customers = o2c.question("Customers").orElseThrow();
        RowSource rows = Fixtures.orderToCash().rows("Customers").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(customers, rows, out);
        assertThat(read(out.toByteArray(), customers)).isEqualTo(rows.toList());
    }

    @Test
    void templateOffersListsFromAnswersAndExplainsEveryColumn() throws Exception {
        Question customers = o2c.question("Customers").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.writeTemplate(customers, Map.of("CustGroup", List.of("10", "20", "30"), "currency", List.of("USD")),
                out);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Customers");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Customer account");
            assertThat(wb.getSheetAt(0).getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .containsExactlyInAnyOrder("Lists!$A$1:$A$3", "Lists!$B$1:$B$1");
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Lists"))).isTrue();
            Sheet instructions = wb.getSheet("Instructions");
            StringBuilder text = new StringBuilder();
            instructions.forEach(row -> row.forEach(c -> text.append(c.getStringCellValue()).append('|')));
            assertThat(text).contains("Customer group|CustTable.CustGroup|Yes|One of the values in the column's list"
                    + " (3 values), e.g. 10, 20, 30.").contains("Customer account|CustTable.AccountNum|Yes|Text, at"
                    + " most 20 characters.");
        }
    }
}
