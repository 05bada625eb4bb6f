package org.rapidstart.questionnaire.tableio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.metadata.FieldMeta;
import org.rapidstart.questionnaire.metadata.TableMeta;
import org.rapidstart.questionnaire.loadplan.TableLoad;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.TableTarget;

/**
 * CSV files for table questions: the template a configurator downloads (a header of the visible columns' labels),
 * reading an uploaded file as rows (headers may be labels or field names, in any order and letter case; comma or
 * semicolon separated, as spreadsheet programs write them), exporting answered rows, and writing a table load as
 * the CSV a DIXF job takes. Reading from a file is streamed: the file is read again on every pass, so a million
 * postal codes never sit in memory.
 */
public final class CsvTables {

    private CsvTables() {
    }

    /** The header row the upload expects: the labels of the columns a configurator enters. */
    public static void writeTemplate(TableTarget target, Writer out) {
        write(target, action -> { }, out);
    }

    /**
     * Answered rows under a header of the visible columns' labels (hidden columns are filled in by the engine),
     * formula-like values neutralised ({@link SpreadsheetText}).
     */
    public static void write(TableTarget target, RowSource rows, Writer out) {
        List<Column> columns = target.columns().stream().filter(c -> !c.hidden()).toList();
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(columns.stream().map(Column::label).toList());
        rows.forEach(row -> {
            Map<String, String> ci = caseInsensitive(row);
            csv.writeRecord(columns.stream()
                    .map(c -> SpreadsheetText.neutralise(ci.getOrDefault(c.field(), ""))).toList());
        });
        flush(csv);
    }

    /**
     * The records of a table load as a DIXF source file: a header of the table's fields in catalogue order, one
     * line per record, empty cells for fields a record does not set. Streams the records.
     */
    public static void writeRecords(TableLoad load, TableMeta table, Writer out) {
        List<String> fields = table.fields().stream().map(FieldMeta::name).toList();
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(fields);
        load.records().forEach(r -> csv.writeRecord(fields.stream().map(f -> r.getOrDefault(f, "")).toList()));
        flush(csv);
    }

    /**
     * Rows of a file, read again on every pass (as {@link #read(Reader, TableTarget, TableRowHandler)} reads them).
     *
     * @throws TableImportException when the header does not fit
     */
    public static RowSource read(Path file, TableTarget target) {
        // check the header now, so a caller can refuse the file before keeping it
        withReader(file, r -> header(r, target));
        return new RowSource() {
            @Override
            public void forEach(Consumer<? super Map<String, String>> action) {
                withReader(file, r -> {
                    read(r, target, (line, row) -> action.accept(row));
                    return null;
                });
            }
        };
    }

    /**
     * Rows of a small text, all in memory (as {@link #read(Reader, TableTarget, TableRowHandler)} reads them).
     *
     * @throws TableImportException when the header does not fit
     */
    public static RowSource read(String text, TableTarget target) {
        List<Map<String, String>> rows = new ArrayList<>();
        read(new StringReader(text), target, (line, row) -> rows.add(row));
        return RowSource.of(rows);
    }

    /**
     * Streams an uploaded file's rows to {@code rows} in one pass, each with its line number, without holding the
     * file: the way a million postal codes are imported. Values keep their text; an apostrophe that
     * {@link SpreadsheetText} put in front of a formula-like value on export is removed.
     *
     * @throws TableImportException when the header does not fit the question or the file is not valid CSV
     */
    public static void read(Reader in, TableTarget target, TableRowHandler rows) {
        readCells(in, target, ColumnHeaders.asMaps(target, rows));
    }

    /**
     * As {@link #read(Reader, TableTarget, TableRowHandler)}, each row as cells by column instead of a map: the
     * way a million postal codes are imported.
     *
     * @throws TableImportException when the header does not fit the question or the file is not valid CSV
     */
    public static void readCells(Reader in, TableTarget target, TableCellsHandler rows) {
        // the header line is read here (it decides the separator); the records after it are read by FastCSV
        BufferedReader buffered = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        Header header = header(buffered, target);
        int[] positions = ColumnHeaders.positions(header.fields(), target);
        int columns = target.columns().size();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(header.separator())
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(buffered)) {
            for (CsvRecord record : reader) {
                @Nullable String[] cells = null;
                int width = Math.min(record.getFieldCount(), positions.length);
                for (int i = 0; i < width; i++) {
                    int column = positions[i];
                    if (column >= 0) {
                        String v = record.getField(i);
                        if (!v.isBlank()) {
                            if (cells == null) {
                                cells = new String[columns];
                            }
                            cells[column] = SpreadsheetText.restore(v);
                        }
                    }
                }
                if (cells != null) {
                    rows.row(record.getStartingLineNumber() + 1, cells);
                }
            }
        } catch (CsvParseException e) {
            throw new TableImportException("The file is not valid CSV: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- reading ----

    private record Header(char separator, List<Optional<String>> fields) {
    }

    private static <T> T withReader(Path file, java.util.function.Function<Reader, T> body) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return body.apply(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Header header(Reader in, TableTarget target) {
        String firstLine = firstLine(in);
        if (firstLine.isBlank()) {
            throw new TableImportException("The file is empty; it needs a header row with the column names.");
        }
        // spreadsheet programs in many locales write semicolons; a header has no quoted separators in practice
        char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CsvRecord header = CsvReader.builder().fieldSeparator(separator).ofSingleCsvRecord(firstLine);
        List<Optional<String>> fields = ColumnHeaders.map(header.getFields(), target);
        return new Header(separator, fields);
    }

    private static String firstLine(Reader in) {
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static Map<String, String> caseInsensitive(Map<String, String> row) {
        Map<String, String> m = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        m.putAll(row);
        return m;
    }

    private static void flush(CsvWriter csv) {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
