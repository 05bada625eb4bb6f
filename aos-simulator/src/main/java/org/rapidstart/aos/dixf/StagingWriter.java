package org.rapidstart.aos.dixf;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import org.rapidstart.aos.metadata.AxField;
import org.rapidstart.aos.metadata.AxTable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * "Get staging data": streams a CSV source into a staging table with PostgreSQL's COPY. The file is parsed
 * here (not by COPY) so that a malformed row becomes a row error with its line number instead of failing the
 * whole file, as DIXF's "skip bad rows" does; the good rows still go through COPY in one stream.
 */
final class StagingWriter {

	private StagingWriter() {
	}

	/** The source: its header mapped onto entity fields, and the remaining records. */
	static Source open(InputStream in, char delimiter, AxTable entity) {
		CsvReader<CsvRecord> reader = CsvReader.builder()
			.fieldSeparator(delimiter)
			.skipEmptyLines(true)
			.allowExtraFields(true)
			.allowMissingFields(true)
			.detectBomHeader(true)
			.ofCsvRecord(in, StandardCharsets.UTF_8);
		Iterator<CsvRecord> records = reader.iterator();
		if (!records.hasNext()) {
			throw badSource("The source file is empty: the first line must name the entity's fields.");
		}
		List<AxField> columns = new ArrayList<>();
		for (String name : records.next().getFields()) {
			String trimmed = name.strip();
			AxField field = entity.field(trimmed)
				.orElseThrow(() -> badSource("Column '%s' in the source file is not a field of entity '%s'."
					.formatted(trimmed, entity.name())));
			if (columns.contains(field)) {
				throw badSource("Column '%s' appears twice in the source file.".formatted(field.name()));
			}
			columns.add(field);
		}
		return new Source(columns, records);
	}

	/**
	 * COPYs the records into the staging table as run {@code runNo}; line numbers are the file's, plus
	 * {@code lineOffset} for a correction file so they never collide with the original's.
	 */
	static Staged copy(DataSource dataSource, String stagingTable, Source source, int runNo, long lineOffset,
			AxTable entity, String company) throws SQLException, IOException {
		String columnList = source.columns().stream().map(DixfSql::column).collect(Collectors.joining(", "));
		String sql = "COPY " + stagingTable + " (line_no, run_no, nk, " + columnList + ") FROM STDIN (FORMAT csv)";
		NaturalKeys keys = new NaturalKeys(entity, source.columns(), company);
		KeyFingerprints seen = new KeyFingerprints();
		List<long[]> duplicates = new ArrayList<>();
		List<DixfViews.RowErrorView> errors = new ArrayList<>();
		long staged = 0;
		long lastLine = lineOffset;
		int width = source.columns().size();
		String run = Integer.toString(runNo);
		try (Connection connection = dataSource.getConnection()) {
			PGConnection pg = connection.unwrap(PGConnection.class);
			try (Writer out = new BufferedWriter(
					new OutputStreamWriter(new PGCopyOutputStream(pg, sql, 1 << 16), StandardCharsets.UTF_8),
					1 << 16)) {
				while (source.records().hasNext()) {
					CsvRecord record = source.records().next();
					long line = lineOffset + record.getStartingLineNumber();
					lastLine = Math.max(lastLine, line);
					if (record.getFieldCount() != width) {
						errors.add(new DixfViews.RowErrorView(line, null,
								"The row has %d values but the header names %d columns; the row was skipped."
									.formatted(record.getFieldCount(), width)));
						continue;
					}
					String key = keys.of(record);
					if (key != null) {
						long first = seen.firstLineOrAdd(key, line);
						if (first >= 0) {
							duplicates.add(new long[] { line, first });
						}
					}
					out.write(Long.toString(line));
					out.write(',');
					out.write(run);
					out.write(',');
					if (key != null) {
						quote(out, key);
					}
					for (int i = 0; i < width; i++) {
						out.write(',');
						quote(out, record.getField(i));
					}
					out.write('\n');
					staged++;
				}
			}
		}
		return new Staged(staged, errors, lastLine, duplicates);
	}

	/** Empty stays unquoted, which COPY reads as NULL: an empty CSV cell is "not given". */
	private static void quote(Writer out, String value) throws IOException {
		if (value.isEmpty()) {
			return;
		}
		out.write('"');
		if (value.indexOf('"') >= 0) {
			out.write(value.replace("\"", "\"\""));
		}
		else {
			out.write(value);
		}
		out.write('"');
	}

	static ErrorResponseException badSource(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid source file");
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	static char delimiter(String text) {
		String t = text.toLowerCase(Locale.ROOT);
		if (t.equals("tab") || t.equals("\\t")) {
			return '\t';
		}
		if (text.length() != 1) {
			throw badSource("The delimiter must be one character (or 'tab').");
		}
		return text.charAt(0);
	}

	record Source(List<AxField> columns, Iterator<CsvRecord> records) {
	}

	/** Candidate duplicates are (line, first line) pairs, confirmed in SQL by comparing the real keys. */
	record Staged(long rows, List<DixfViews.RowErrorView> errors, long lastLine, List<long[]> duplicates) {
	}

	/**
	 * The natural key of a staged row, computed while streaming exactly as {@code AxTable.naturalKey} does for
	 * valid values; null when a key part is missing or not a valid Int (that row fails validation anyway).
	 */
	static final class NaturalKeys {

		private final AxField[] keyFields;

		private final int[] positions;

		private final String company;

		private final boolean parameters;

		private final boolean companyInfo;

		NaturalKeys(AxTable entity, List<AxField> columns, String company) {
			List<AxField> key = entity.keyFields();
			this.keyFields = key.toArray(AxField[]::new);
			this.positions = key.stream().mapToInt(columns::indexOf).toArray();
			this.company = company;
			this.parameters = entity.isParameters();
			this.companyInfo = entity.name().equals("CompanyInfo");
		}

		@org.jspecify.annotations.Nullable String of(CsvRecord record) {
			StringBuilder key = new StringBuilder();
			for (int i = 0; i < this.keyFields.length; i++) {
				String value = this.positions[i] < 0 ? "" : AxField.trimSpaces(record.getField(this.positions[i]));
				if (this.parameters && this.keyFields[i].name().equals("Key")) {
					if (value.isEmpty()) {
						value = "0";
					}
					else if (AxField.INT_TEXT.matcher(value).matches()) {
						value = Long.toString(Long.parseLong(value));
					}
					else {
						return null;
					}
				}
				else if (this.companyInfo && this.keyFields[i].name().equals("DataArea")) {
					value = this.company;
				}
				if (value.isEmpty()) {
					return null;
				}
				if (i > 0) {
					key.append('|');
				}
				key.append(AxTable.escape(AxTable.asciiUpper(value)));
			}
			return key.toString();
		}

	}

}
