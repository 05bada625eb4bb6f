package org.rapidstart.questionnaire.tableio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rapidstart.questionnaire.Fixtures;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.Template;

class WorkbookTablesTests {

    private final WorkbookTables workbooks = new WorkbookTables(MetadataCatalogue.ax2012());
    private final Template o2c = BuiltInTemplates.get("Order-to-cash");

    @Test
    void templateHasAHeaderOfLabelsAndEnumDropDowns() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.writeTemplate(o2c.question("MainAccounts").orElseThrow(), out);
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
    void exportedRowsReadBackTheSame() {
        Question customers = o2c.question("Customers").orElseThrow();
        RowSource rows = Fixtures.orderToCash().rows("Customers").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(customers, rows, out);
        assertThat(workbooks.read(new ByteArrayInputStream(out.toByteArray()), customers).toList())
                .isEqualTo(rows.toList());
    }

    @Test
    void readsNumbersAndDatesAsTheEngineExpectsThem() throws Exception {
        Question terms = o2c.question("PaymentTerms").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Anything");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("paymtermid");
            h.createCell(1).setCellValue("Number of days");
            h.createCell(2).setCellValue("Counted from");
            h.createCell(3).setCellValue("Description");
            Row r = sheet.createRow(2);
            r.createCell(0).setCellValue("Net30");
            r.createCell(1).setCellValue(30.0);
            r.createCell(2).setCellValue("net");
            Row d = sheet.createRow(3);
            d.createCell(0).setCellValue("Due");
            d.createCell(1).setCellValue(1.5);
            var dateCell = d.createCell(3);
            dateCell.setCellValue(LocalDate.of(2027, 1, 31));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            dateCell.setCellStyle(style);
            wb.write(out);
        }
        assertThat(workbooks.read(new ByteArrayInputStream(out.toByteArray()), terms).toList()).containsExactly(
                Map.of("PaymTermId", "Net30", "NumOfDays", "30", "PaymMethod", "net"),
                Map.of("PaymTermId", "Due", "NumOfDays", "1.5", "Description", "2027-01-31"));
    }

    @Test
    void refusesFilesThatAreNotWorkbooksOrDoNotFit() throws Exception {
        Question terms = o2c.question("PaymentTerms").orElseThrow();
        assertThatThrownBy(() -> workbooks.read(new ByteArrayInputStream("a,b\n".getBytes()), terms))
                .isInstanceOf(TableImportException.class).hasMessage("The file is not an Excel workbook (.xlsx).");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new XSSFWorkbook()) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("Colour");
            wb.write(out);
        }
        assertThatThrownBy(() -> workbooks.read(new ByteArrayInputStream(out.toByteArray()), terms))
                .hasMessage("The file has columns this question does not have: Colour. The columns are: Terms of"
                        + " payment, Description, Counted from, Number of days.");
    }
}
