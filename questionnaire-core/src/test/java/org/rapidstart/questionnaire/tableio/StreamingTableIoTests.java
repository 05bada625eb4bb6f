package org.rapidstart.questionnaire.tableio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.Template;

class StreamingTableIoTests {

    private final WorkbookTables workbooks = new WorkbookTables(MetadataCatalogue.ax2012());
    private final Template o2c = BuiltInTemplates.get("Order-to-cash");
    private final Question terms = o2c.question("PaymentTerms").orElseThrow();

    @TempDir
    Path dir;

    record Numbered(long row, Map<String, String> cells) {
    }

    @Test
    void csvRowsStreamWithTheirLineNumbersAndBlankLinesSkipped() {
        List<Numbered> rows = new ArrayList<>();
        CsvTables.read(new StringReader("Terms of payment;Number of days\nNet30;30\n\n;\nNet10;10\n"),
                terms.table(), (n, cells) -> rows.add(new Numbered(n, cells)));
        assertThat(rows).containsExactly(new Numbered(2, Map.of("PaymTermId", "Net30", "NumOfDays", "30")),
                new Numbered(5, Map.of("PaymTermId", "Net10", "NumOfDays", "10")));
    }

    @Test
    void csvRowsStreamAsCellsByColumnInTheQuestionsOrderWhateverTheFilesOrder() {
        List<String> rows = new ArrayList<>();
        // the question's columns: Terms of payment, Description, Number of days, ...
        int days = terms.table().columns().indexOf(terms.table().column("NumOfDays").orElseThrow());
        int id = terms.table().columns().indexOf(terms.table().column("PaymTermId").orElseThrow());
        CsvTables.readCells(new StringReader("Number of days,Terms of payment\n30,Net30\n , \n,'=Due\n"),
                terms.table(), (n, cells) -> {
                    assertThat(cells).hasSize(terms.table().columns().size());
                    rows.add(n + ":" + cells[id] + "/" + cells[days]);
                });
        assertThat(rows).containsExactly("2:Net30/30", "4:=Due/null");
    }

    @Test
    void workbookRowsStreamAsCellsByColumn() throws Exception {
        Question customers = o2c.question("Customers").orElseThrow();
        Path file = dir.resolve("cells.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbooks.write(customers, RowSource.of(List.of(Map.of("AccountNum", " C-001 ", "Name", "=1+1"))), out);
        }
        List<List<String>> back = new ArrayList<>();
        try (WorkbookStream workbook = WorkbookStream.open(file)) {
            workbook.tableCells(null, customers.table(), (n, cells) -> back.add(java.util.Arrays.asList(cells)));
        }
        List<String> expected = new ArrayList<>(java.util.Collections.nCopies(customers.table().columns().size(), null));
        expected.set(customers.table().columns().indexOf(customers.table().column("AccountNum").orElseThrow()), "C-001");
        expected.set(customers.table().columns().indexOf(customers.table().column("Name").orElseThrow()), "=1+1");
        assertThat(back).containsExactly(expected);
    }

    @Test
    void aLargeWorkbooksSharedStringsAreReadFromATemporaryFileThatIsDeletedAfterwards() throws Exception {
        Question customers = o2c.question("Customers").orElseThrow();
        Path file = dir.resolve("shared.xlsx");
        // a workbook as spreadsheet programs write it: every text once in the shared strings table
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Customers");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Customer account");
            header.createCell(1).setCellValue("Name");
            for (int r = 1; r <= 2000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("C-" + r);
                row.createCell(1).setCellValue(r % 3 == 0 ? "Contoso \u00e9t\u00e9 \uD83D\uDE00" : "Name " + r);
            }
            wb.write(out);
        }
        List<Map<String, String>> inMemory = new ArrayList<>();
        try (WorkbookStream workbook = WorkbookStream.open(file)) {
            assertThat(workbook.stringsInTemporaryFile()).isFalse();
            workbook.tableRows(null, customers.table(), (n, cells) -> inMemory.add(cells));
        }
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        List<Path> before = sharedStringFiles(temporary);
        List<Map<String, String>> fromFile = new ArrayList<>();
        try (WorkbookStream workbook = WorkbookStream.open(file, 0)) {
            assertThat(workbook.stringsInTemporaryFile()).isTrue();
            assertThat(sharedStringFiles(temporary)).hasSizeGreaterThan(before.size());
            workbook.tableRows(null, customers.table(), (n, cells) -> fromFile.add(cells));
        }
        assertThat(inMemory).hasSize(2000);
        assertThat(fromFile).isEqualTo(inMemory);
        assertThat(fromFile.get(2)).containsEntry("Name", "Contoso \u00e9t\u00e9 \uD83D\uDE00");
        assertThat(sharedStringFiles(temporary)).as("the temporary file is deleted").isSubsetOf(before);
    }

    @Test
    void aWorkbookThatCannotBeReadLeavesNoTemporaryFileBehind() throws Exception {
        Path good = dir.resolve("good.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(good)) {
            Row row = wb.createSheet("Customers").createRow(0);
            row.createCell(0).setCellValue("Customer account");
            row.createCell(1).setCellValue("Name");
            wb.write(out);
        }
        // the same workbook with a styles part that is not XML: refused once its shared strings are known
        Path broken = rewritten(good, "broken.xlsx", "xl/styles.xml", xml -> "not xml");
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        List<Path> before = sharedStringFiles(temporary);
        assertThatThrownBy(() -> WorkbookStream.open(broken, 0)).isInstanceOf(TableImportException.class)
                .hasMessageStartingWith("The file is not an Excel workbook (.xlsx).");
        assertThat(sharedStringFiles(temporary)).as("no temporary file is left").isSubsetOf(before);
    }

    @Test
    void aCellBeyondTheLastColumnOfASheetIsRefusedRatherThanMadeRoomFor() throws Exception {
        Path good = dir.resolve("good.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(good)) {
            Sheet sheet = wb.createSheet("Terms");
            sheet.createRow(0).createCell(0).setCellValue("Terms of payment");
            sheet.createRow(1).createCell(0).setCellValue("Net30");
            wb.write(out);
        }
        Path far = rewritten(good, "far.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.replace("r=\"A2\"", "r=\"ZZZZZZ2\""));
        try (WorkbookStream workbook = WorkbookStream.open(far)) {
            assertThatThrownBy(() -> workbook.tableRows(null, terms.table(), (n, cells) -> { }))
                    .isInstanceOf(TableImportException.class)
                    .hasMessage("The workbook cannot be read: the cell 'ZZZZZZ2' is not a cell of an Excel sheet (A1 to"
                            + " XFD1048576).");
        }
    }

    /** A copy of a workbook with one of its parts (its XML) changed. */
    private Path rewritten(Path workbook, String name, String part,
            java.util.function.UnaryOperator<String> change) throws java.io.IOException {
        Path copy = dir.resolve(name);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(workbook.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (var entries = in.entries(); entries.hasMoreElements(); ) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    String xml = new String(in.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    out.write(change.apply(xml).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        return copy;
    }

    private static List<Path> sharedStringFiles(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-shared-strings")).toList();
        }
    }

    @Test
    void csvHeaderThatDoesNotFitIsRefusedBeforeAnyRow() {
        List<Numbered> rows = new ArrayList<>();
        assertThatThrownBy(() -> CsvTables.read(new StringReader("Colour\nred\n"), terms.table(),
                (n, cells) -> rows.add(new Numbered(n, cells))))
                .isInstanceOf(TableImportException.class).hasMessageStartingWith("The file has columns");
        assertThat(rows).isEmpty();
    }

    @Test
    void formulaLikeValuesAreNeutralisedOnExportAndRestoredOnImport() {
        for (String v : List.of("=1+2", "+SUM(A1)", "-x", "@cmd", "\tx", "\rx", "'=x", "''@y")) {
            String out = SpreadsheetText.neutralise(v);
            assertThat(out).startsWith("'");
            assertThat(SpreadsheetText.restore(out)).isEqualTo(v);
        }
        for (String v : List.of("-5", "+1.5", "plain", "'quoted", "a=b", "")) {
            assertThat(SpreadsheetText.neutralise(v)).isEqualTo(v);
            assertThat(SpreadsheetText.restore(v)).isEqualTo(v);
        }
        Question customers = o2c.question("Customers").orElseThrow();
        java.io.StringWriter csv = new java.io.StringWriter();
        CsvTables.write(customers.table(), RowSource.of(List.of(Map.of("AccountNum", "=HYPERLINK(\"x\")",
                "Name", "-5", "CreditMax", "-5"))), csv);
        assertThat(csv.toString()).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        List<Map<String, String>> back = new ArrayList<>();
        CsvTables.read(new StringReader(csv.toString()), customers.table(), (n, cells) -> back.add(cells));
        assertThat(back).containsExactly(Map.of("AccountNum", "=HYPERLINK(\"x\")", "Name", "-5", "CreditMax", "-5"));
    }

    @Test
    void workbookRowsStreamWithRowNumbersNumbersDatesAndBooleansAsTheEngineExpectsThem() throws Exception {
        Path file = dir.resolve("terms.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
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
            r.createCell(3).setCellValue(true);
            Row d = sheet.createRow(3);
            d.createCell(0).setCellValue(" '=Due ");
            d.createCell(1).setCellValue(1.5);
            var dateCell = d.createCell(3);
            dateCell.setCellValue(LocalDate.of(2027, 1, 31));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            dateCell.setCellStyle(style);
            wb.createSheet("Second").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        List<Numbered> rows = new ArrayList<>();
        long[] expected = {0};
        try (WorkbookStream workbook = WorkbookStream.open(file)) {
            assertThat(workbook.sheetNames()).containsExactly("Anything", "Second");
            workbook.tableRows(null, terms.table(), new TableRowHandler() {
                @Override
                public void row(long n, Map<String, String> cells) {
                    rows.add(new Numbered(n, cells));
                }

                @Override
                public void expectedRows(long n) {
                    expected[0] = n;
                }
            });
            assertThatThrownBy(() -> workbook.tableRows("Second", terms.table(), (n, c) -> { }))
                    .hasMessageStartingWith("The file has columns this question does not have: x.");
        }
        assertThat(expected[0]).isEqualTo(4);
        assertThat(rows).containsExactly(
                new Numbered(3, Map.of("PaymTermId", "Net30", "NumOfDays", "30", "PaymMethod", "net",
                        "Description", "Yes")),
                new Numbered(4, Map.of("PaymTermId", "=Due", "NumOfDays", "1.5", "Description", "2027-01-31")));
    }

    @Test
    void aWrittenWorkbookStreamsBackTheSameRows() throws Exception {
        Question customers = o2c.question("Customers").orElseThrow();
        List<Map<String, String>> rows = List.of(Map.of("AccountNum", "C-001", "Name", "=cmd|' /C calc'!A0"),
                Map.of("AccountNum", "C-002", "CreditMax", "-5", "Name", "@Contoso"));
        Path file = dir.resolve("customers.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbooks.write(customers, RowSource.of(rows), out);
        }
        List<Map<String, String>> back = new ArrayList<>();
        try (WorkbookStream workbook = WorkbookStream.open(file)) {
            workbook.tableRows(null, customers.table(), (n, cells) -> back.add(cells));
        }
        assertThat(back).isEqualTo(rows);
    }

    @Test
    void refusesFilesThatAreNotWorkbooksOrDoNotFit() throws Exception {
        Path notAWorkbook = Files.writeString(dir.resolve("not.xlsx"), "a,b\n");
        assertThatThrownBy(() -> WorkbookStream.open(notAWorkbook))
                .isInstanceOf(TableImportException.class).hasMessage("The file is not an Excel workbook (.xlsx). If it"
                        + " is an older .xls workbook, save it as .xlsx first.");
        Path wrongColumns = dir.resolve("colour.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(wrongColumns)) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("Colour");
            wb.write(out);
        }
        try (WorkbookStream workbook = WorkbookStream.open(wrongColumns)) {
            assertThatThrownBy(() -> workbook.tableRows(null, terms.table(), (n, cells) -> { }))
                    .hasMessage("The file has columns this question does not have: Colour. The columns are: Terms of"
                            + " payment, Description, Counted from, Number of days.");
        }
    }
}
