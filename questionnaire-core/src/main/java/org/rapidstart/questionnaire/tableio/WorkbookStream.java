package org.rapidstart.questionnaire.tableio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.ParserConfigurationException;

import com.github.pjfanning.poi.xssf.streaming.TempFileSharedStringsTable;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.model.TableTarget;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an .xlsx workbook sheet by sheet and row by row through POI's event API, without building the workbook in
 * memory. The shared strings (all text a spreadsheet program stores once per distinct value) of a large workbook are
 * kept in a temporary file (poi-shared-strings, on H2's MVStore), so neither the rows nor the distinct
 * values of an upload decide the heap it needs; workbooks RapidStart writes store text inline and stream entirely. Cells come back
 * as the text the engine validates: dates as yyyy-MM-dd, numbers as entered without a trailing ".0", true/false as
 * Yes/No, formulas as their last result.
 */
public final class WorkbookStream implements AutoCloseable {

    /** One row of a sheet as it is: its number (1-based) and its cells by column (null where a cell is empty). */
    @FunctionalInterface
    public interface SheetRowHandler {
        void row(long rowNumber, List<@Nullable String> cells);

        /** The sheet's last row number, when the sheet states its size before its rows. */
        default void expectedRows(long rows) {
        }
    }

    /**
     * Shared strings up to this size (their XML, unpacked; about 150,000 distinct values) are held in memory; a
     * larger table is kept in a temporary file, so that its size does not decide the heap an import needs (500,000
     * distinct values: 16 MB retained instead of 69 MB), at the price of reading it two to three times as slowly.
     */
    static final long STRINGS_IN_MEMORY_UP_TO = 8L << 20;

    /** The columns of an Excel sheet (A to XFD). */
    private static final int MAX_COLUMNS = 16_384;

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private WorkbookStream(OPCPackage pkg, long stringsInMemoryUpTo) throws IOException, OpenXML4JException,
            SAXException {
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.styles = reader.getStylesTable();
        // last: nothing that may fail comes after a temporary file is made (only close() deletes it)
        this.strings = sharedStrings(pkg, stringsInMemoryUpTo);
    }

    private static SharedStrings sharedStrings(OPCPackage pkg, long inMemoryUpTo) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        // a size the archive does not state counts as large
        long size = parts.isEmpty() ? 0 : parts.get(0).getSize();
        if (size >= 0 && size <= inMemoryUpTo) {
            return new ReadOnlySharedStringsTable(pkg, false);
        }
        // not encrypted: the uploaded file itself waits next to it as it came
        return new TempFileSharedStringsTable(pkg, false);
    }

    /** Whether the shared strings are kept in a temporary file (see {@link #STRINGS_IN_MEMORY_UP_TO}). */
    boolean stringsInTemporaryFile() {
        return strings instanceof TempFileSharedStringsTable;
    }

    /** Opens a workbook file. @throws TableImportException when the file is not an .xlsx workbook */
    public static WorkbookStream open(Path file) {
        return open(file, STRINGS_IN_MEMORY_UP_TO);
    }

    static WorkbookStream open(Path file, long stringsInMemoryUpTo) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw notAWorkbook(e);
        }
        try {
            return new WorkbookStream(pkg, stringsInMemoryUpTo);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            pkg.revert();
            throw notAWorkbook(e);
        }
    }

    private static TableImportException notAWorkbook(Exception e) {
        // POI reports a non-xlsx file with assorted exceptions; to the configurator it is one problem
        return new TableImportException("The file is not an Excel workbook (.xlsx). If it is an older .xls "
                + "workbook, save it as .xlsx first.", e);
    }

    /** The sheets' names in workbook order. */
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator sheets = sheets();
        while (sheets.hasNext()) {
            try (InputStream ignored = sheets.next()) {
                names.add(sheets.getSheetName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /** Streams a sheet's rows (the first sheet when {@code sheetName} is null); false when there is no such sheet. */
    public boolean rows(@Nullable String sheetName, SheetRowHandler handler) {
        XSSFReader.SheetIterator sheets = sheets();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                if (sheetName == null || sheets.getSheetName().equalsIgnoreCase(sheetName)) {
                    parse(sheet, handler);
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    /**
     * Streams a sheet's rows as rows of a table question: its first row is the header (labels or field names, as
     * for {@link CsvTables}), blank rows are skipped, values are stripped, and an apostrophe {@link SpreadsheetText}
     * added on export is removed.
     *
     * @throws TableImportException when the sheet is empty or its header does not fit the question
     */
    public void tableRows(@Nullable String sheetName, TableTarget target, TableRowHandler handler) {
        tableCells(sheetName, target, ColumnHeaders.asMaps(target, handler));
    }

    /**
     * As {@link #tableRows(String, TableTarget, TableRowHandler)}, each row as cells by column instead of a map.
     *
     * @throws TableImportException when the sheet is empty or its header does not fit the question
     */
    public void tableCells(@Nullable String sheetName, TableTarget target, TableCellsHandler handler) {
        TableSheet sheet = new TableSheet(target, handler);
        boolean found = rows(sheetName, sheet);
        if (!found || sheet.positions == null) {
            throw new TableImportException((found ? "The sheet" : "The workbook has no sheet '" + sheetName
                    + "'; it") + " needs a header row with: " + String.join(", ", ColumnHeaders.labels(target)) + ".");
        }
    }

    /** The first row names the columns; the others are rows of the question. */
    private static final class TableSheet implements SheetRowHandler {
        private final TableTarget target;
        private final TableCellsHandler handler;
        private int @Nullable [] positions;

        TableSheet(TableTarget target, TableCellsHandler handler) {
            this.target = target;
            this.handler = handler;
        }

        @Override
        public void row(long rowNumber, List<@Nullable String> cells) {
            int[] p = positions;
            if (p == null) {
                List<String> header = new ArrayList<>();
                cells.forEach(c -> header.add(c == null ? "" : c));
                positions = ColumnHeaders.positions(ColumnHeaders.map(header, target), target);
                return;
            }
            @Nullable String[] values = null;
            for (int i = 0; i < Math.min(cells.size(), p.length); i++) {
                String v = cells.get(i);
                if (v != null && p[i] >= 0 && !v.isBlank()) {
                    if (values == null) {
                        values = new String[target.columns().size()];
                    }
                    values[p[i]] = SpreadsheetText.restore(v.strip());
                }
            }
            if (values != null) {
                handler.row(rowNumber, values);
            }
        }

        @Override
        public void expectedRows(long rows) {
            handler.expectedRows(rows);
        }
    }

    private XSSFReader.SheetIterator sheets() {
        try {
            return (XSSFReader.SheetIterator) reader.getSheetsData();
        } catch (IOException | InvalidFormatException e) {
            throw new TableImportException("The workbook cannot be read: " + e.getMessage(), e);
        }
    }

    private void parse(InputStream sheet, SheetRowHandler handler) throws IOException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new SheetXml(handler));
            xml.parse(new InputSource(sheet));
        } catch (SAXException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new TableImportException("The workbook cannot be read: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            // opened read-only: revert closes the file without writing anything back
            pkg.revert();
        } finally {
            if (strings instanceof TempFileSharedStringsTable file) {
                try {
                    // deletes the temporary file
                    file.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** The SAX side: a sheet's XML is dimension, then rows of cells with a type, a style and a value. */
    private final class SheetXml extends DefaultHandler {
        private final SheetRowHandler handler;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private @Nullable StringBuilder capture;
        private List<@Nullable String> cells = new ArrayList<>();
        private long rowNumber;
        private int column;
        private @Nullable String type;
        private int style;

        SheetXml(SheetRowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "dimension" -> {
                    String ref = attributes.getValue("ref");
                    if (ref != null) {
                        String last = ref.substring(ref.indexOf(':') + 1);
                        String digits = last.replaceAll("[^0-9]", "");
                        if (!digits.isEmpty()) {
                            handler.expectedRows(Long.parseLong(digits));
                        }
                    }
                }
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : columnIndex(r);
                    if (column < 0 || column >= MAX_COLUMNS) {
                        // a row's cells are held by column: "ZZZZZZ1" would ask for hundreds of millions of them
                        throw new TableImportException("The workbook cannot be read: the cell '" + r
                                + "' is not a cell of an Excel sheet (A1 to XFD1048576).");
                    }
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    text.setLength(0);
                    inline.setLength(0);
                }
                case "v" -> capture = text;
                case "t" -> capture = inline;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> capture = null;
                case "c" -> {
                    // a rewritten cell can carry both an inline string and a value; its type says which counts
                    String value = "inlineStr".equals(type) && inline.length() > 0 ? inline.toString()
                            : value(text.length() > 0 ? text.toString() : inline.toString());
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, value);
                }
                case "row" -> handler.row(rowNumber, Collections.unmodifiableList(cells));
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capture != null) {
                capture.append(ch, start, length);
            }
        }

        private @Nullable String value(String raw) {
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? null : number(raw);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? null : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                case "b" -> raw.equals("1") ? "Yes" : "No";
                case "d" -> raw.length() >= 10 ? raw.substring(0, 10) : raw;
                default -> raw; // inlineStr, str (a formula's text result), e (an error such as #N/A)
            };
        }

        private String number(String raw) {
            double d = Double.parseDouble(raw);
            if (isDateStyle(style) && DateUtil.isValidExcelDate(d)) {
                return DateUtil.getLocalDateTime(d).toLocalDate().toString();
            }
            // the number as entered, not as the cell's display format rounds it ("0.015" not "0.02")
            return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        }
    }

    /** Whether a cell style shows a date; asked once per style, not per cell (the format test is regex work). */
    private boolean isDateStyle(int style) {
        if (style < 0 || style >= styles.getNumCellStyles()) {
            return false;
        }
        return dateStyles.computeIfAbsent(style, s -> {
            XSSFCellStyle cellStyle = styles.getStyleAt(s);
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(),
                    cellStyle.getDataFormatString());
        });
    }

    /** "AB12" -> 27. */
    static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }
}
