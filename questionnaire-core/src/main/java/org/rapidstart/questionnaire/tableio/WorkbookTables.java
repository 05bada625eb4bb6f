package org.rapidstart.questionnaire.tableio;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.metadata.EnumMeta;
import org.rapidstart.questionnaire.metadata.FieldMeta;
import org.rapidstart.questionnaire.metadata.FieldType;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.TableTarget;

/**
 * Excel workbooks (.xlsx) for table questions, as RapidStart's "Download template": one sheet named after the
 * question, a bold, frozen header row of the visible columns' labels, drop-down lists, and the answered rows when
 * exporting. Uploaded workbooks are read by {@link WorkbookStream}, row by row.
 */
public final class WorkbookTables {

    /** The rows a drop-down list covers below the header. */
    private static final int LIST_ROWS = 200_000;

    private final MetadataCatalogue catalogue;

    public WorkbookTables(MetadataCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The workbook a configurator fills in, as "Download template" gives it: the question's sheet first (the one an
     * upload reads) with a bold, frozen header of the visible columns' labels, a drop-down list on every column that
     * has {@code choices} (by field: enum values, or values answered elsewhere such as the customer groups), kept on
     * a hidden "Lists" sheet so that long lists work, and an "Instructions" sheet describing every column.
     */
    public void writeTemplate(Question question, Map<String, List<String>> choices, OutputStream out) {
        TableTarget target = requireTable(question);
        List<Column> columns = ColumnHeaders.visibleColumns(target);
        Map<String, List<String>> byField = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byField.putAll(choices);
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(question.shortName()));
            Sheet instructions = wb.createSheet("Instructions");
            Sheet lists = wb.createSheet("Lists");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            int listColumn = 0;
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                Cell cell = header.createCell(i);
                cell.setCellValue(column.label());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, Math.max(12, column.label().length() + 4) * 256);
                List<String> values = byField.getOrDefault(column.field(), List.of());
                if (!values.isEmpty()) {
                    for (int v = 0; v < values.size(); v++) {
                        Row row = lists.getRow(v) == null ? lists.createRow(v) : lists.getRow(v);
                        row.createCell(listColumn, CellType.STRING).setCellValue(values.get(v));
                    }
                    String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(listColumn);
                    DataValidation dv = helper.createValidation(
                            helper.createFormulaListConstraint("Lists!$" + letter + "$1:$" + letter + "$"
                                    + values.size()), new CellRangeAddressList(1, LIST_ROWS, i, i));
                    dv.setShowErrorBox(true);
                    sheet.addValidationData(dv);
                    listColumn++;
                }
            }
            sheet.createFreezePane(0, 1);
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            writeInstructions(instructions, question, target, columns, byField, bold, sheet.getSheetName());
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeInstructions(Sheet sheet, Question question, TableTarget target, List<Column> columns,
                                   Map<String, List<String>> choices, CellStyle bold, String dataSheet) {
        List<String> intro = new ArrayList<>();
        intro.add(question.text());
        if (!question.description().isBlank()) {
            intro.add(question.description());
        }
        intro.add("Enter one record per row on the sheet '" + dataSheet + "', below its header row. Keep the header "
                + "row as it is; columns may be in any order. Blank rows are skipped.");
        intro.add("Then choose Upload workbook on the question's page: Replace puts the rows of the file in place of "
                + "the saved rows, Append adds them. If any row has a problem, nothing is saved and every problem is "
                + "listed with its row and column.");
        int r = 0;
        for (String line : intro) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line);
        }
        r++;
        Row header = sheet.createRow(r++);
        String[] titles = {"Column", "Field", "Required", "What to enter"};
        for (int i = 0; i < titles.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(bold);
        }
        for (Column column : columns) {
            Optional<FieldMeta> meta = catalogue.field(target.table(), column.field());
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.label());
            row.createCell(1).setCellValue(target.table() + "." + column.field());
            row.createCell(2).setCellValue(column.mandatory() || meta.map(FieldMeta::mandatory).orElse(false)
                    ? "Yes" : "No");
            row.createCell(3).setCellValue(describe(meta.map(FieldMeta::type).orElse(null),
                    choices.getOrDefault(column.field(), List.of())));
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 32 * 256);
        sheet.setColumnWidth(2, 10 * 256);
        sheet.setColumnWidth(3, 80 * 256);
    }

    private static String describe(@org.jspecify.annotations.Nullable FieldType type, List<String> choices) {
        if (!choices.isEmpty()) {
            return "One of the values in the column's list (" + choices.size() + (choices.size() == 1 ? " value" :
                    " values") + "), e.g. " + String.join(", ", choices.subList(0, Math.min(5, choices.size())))
                    + (choices.size() > 5 ? ", ..." : "") + ".";
        }
        if (type == null) {
            return "Text.";
        }
        return switch (type.kind()) {
            case STRING -> "Text, at most " + type.length() + " characters.";
            case INT -> "A whole number, e.g. 30.";
            case REAL -> "A number with a point as decimal separator, e.g. 1500.50.";
            case DATE -> "A date; as text, write it as yyyy-MM-dd, e.g. 2027-01-01.";
            case ENUM -> "One of the values of " + type.enumName() + ".";
        };
    }

    /** The answered rows of a table question as a workbook. */
    public void write(Question question, RowSource rows, OutputStream out) {
        TableTarget target = requireTable(question);
        List<Column> columns = ColumnHeaders.visibleColumns(target);
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(question.shortName()));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).label());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, Math.max(12, columns.get(i).label().length() + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            enumDropDowns(sheet, target, columns);
            int[] r = {1};
            rows.forEach(row -> {
                Map<String, String> ci = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                ci.putAll(row);
                Row x = sheet.createRow(r[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    String v = ci.get(columns.get(i).field());
                    if (v != null) {
                        // text cells keep "001" and "2027-01-01" exactly as answered
                        x.createCell(i, CellType.STRING).setCellValue(SpreadsheetText.neutralise(v));
                    }
                }
            });
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void enumDropDowns(Sheet sheet, TableTarget target, List<Column> columns) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            Optional<List<String>> values = catalogue.field(target.table(), columns.get(i).field())
                    .map(FieldMeta::type).filter(t -> t.kind() == FieldType.Kind.ENUM)
                    .flatMap(t -> catalogue.enumeration(t.enumName())).map(EnumMeta::values);
            // Excel limits an explicit list to 255 characters; longer enums stay free text (validated on upload)
            if (values.isPresent() && String.join(",", values.get()).length() <= 255) {
                DataValidation dv = helper.createValidation(
                        helper.createExplicitListConstraint(values.get().toArray(new String[0])),
                        new CellRangeAddressList(1, LIST_ROWS, i, i));
                dv.setShowErrorBox(true);
                sheet.addValidationData(dv);
            }
        }
    }

    private static TableTarget requireTable(Question question) {
        if (question.table() == null) {
            throw new IllegalArgumentException("The question '" + question.shortName() + "' is not a table question.");
        }
        return question.table();
    }

}
