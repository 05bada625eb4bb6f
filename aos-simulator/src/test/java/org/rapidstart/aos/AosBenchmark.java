package org.rapidstart.aos;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import tools.jackson.databind.JsonNode;

import org.rapidstart.testsupport.WithPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On demand: {@code ./mvnw -pl aos-simulator -Pbenchmark verify}. Sizes from system properties
 * {@code aos.benchmark.customers} (default 20,000) and {@code aos.benchmark.zipRows} (default 1,000,000).
 * Each figure is measured next to its floor in the same run, against the same database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=aos-simulator", "logging.level.root=WARN" })
@WithPostgres
class AosBenchmark {

	private static final int BATCH = 500;

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void documentServiceAndDixfNextToTheirFloors() throws Exception {
		int customers = Integer.getInteger("aos.benchmark.customers", 20_000);
		int zipRows = Integer.getInteger("aos.benchmark.zipRows", 1_000_000);
		int batchTasks = Integer.getInteger("aos.benchmark.batchTasks", Runtime.getRuntime().availableProcessors());
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
		requests.setReadTimeout(Duration.ofMinutes(30));
		RestClient http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.requestFactory(requests)
			.defaultHeaders(h -> h.setBasicAuth("aosadmin", "aosadmin"))
			.build();
		AosClient aos = new AosClient(this.port);
		List<String> report = new ArrayList<>();
		report.add("=== AOS simulator benchmark (%d cores, load average at start %s) ===".formatted(
				Runtime.getRuntime().availableProcessors(), loadAverage()));

		// --- document service vs plain JDBC batch insert -------------------------------------------------
		int rounds = Integer.getInteger("aos.benchmark.rounds", 3);
		List<String> companies = new ArrayList<>(List.of("WARM"));
		for (int r = 1; r <= rounds; r++) {
			companies.add("BEN" + r);
		}
		for (String company : companies) {
			aos.createCompany(company, company);
			aos.documents(company, "PaymTerm", List.of(Map.of("PaymTermId", "N30", "PaymMethod", "Net")));
			aos.documents(company, "CustGroup", List.of(Map.of("CustGroup", "B1", "Name", "Bench")));
			aos.documents(company, "CustPaymModeTable", List.of(Map.of("PaymMode", "CHECK", "AccountType", "Bank")));
		}
		aos.documents("WARM", "Currency", List.of(Map.of("CurrencyCode", "USD", "Txt", "US dollar")));
		aos.documents("WARM", "LogisticsAddressCountryRegion", List.of(Map.of("CountryRegionId", "US", "ShortName", "USA"),
				Map.of("CountryRegionId", "DE", "ShortName", "Germany"), Map.of("CountryRegionId", "FR", "ShortName", "France"),
				Map.of("CountryRegionId", "GB", "ShortName", "UK"), Map.of("CountryRegionId", "DK", "ShortName", "Denmark")));
		postCustomers(http, "WARM", Math.min(customers, 5_000)); // JIT warm-up, not measured
		// alternate the two, several rounds: the machine is shared, so one-off figures are noisy
		List<Double> documentRates = new ArrayList<>();
		List<Double> jdbcRates = new ArrayList<>();
		for (int r = 1; r <= rounds; r++) {
			documentRates.add(customers / seconds(postCustomers(http, "BEN" + r, customers)));
			jdbcRates.add(customers / seconds(jdbcInsertCustomers(customers, "bench_custtable_" + r)));
		}
		double documentRate = median(documentRates);
		double jdbcRate = median(jdbcRates);
		report.add("Document service, CustTable, %,d new records in batches of %d over HTTP (JSON, Basic auth): median %,.0f records/s, per round %s"
			.formatted(customers, BATCH, documentRate, rates(documentRates)));
		report.add("Plain JDBC batch insert of the same rows (batches of %d, typed table with primary key): median %,.0f records/s, per round %s"
			.formatted(BATCH, jdbcRate, rates(jdbcRates)));
		report.add("  ratio JDBC floor / document service (medians): %.2fx (goal <= 5x)".formatted(jdbcRate / documentRate));

		// --- DIXF vs COPY, alternating rounds; each round loads new ZIP codes (the table is shared) -----------
		List<Double> dixfSeconds = new ArrayList<>();
		List<Double> copyPlainSeconds = new ArrayList<>();
		List<Double> copyKeySeconds = new ArrayList<>();
		List<String> phases = new ArrayList<>();
		for (int r = 1; r <= rounds; r++) {
			Path csv = zipFile(zipRows, (long) r * zipRows);
			try {
				copyPlainSeconds.add(seconds(copy(csv, "CREATE UNLOGGED TABLE bench_zip_plain_" + r
						+ " (countryregionid varchar(10), zipcode varchar(10), city varchar(60), state varchar(10), "
						+ "county varchar(10))", "bench_zip_plain_" + r)));
				copyKeySeconds.add(seconds(copy(csv, "CREATE TABLE bench_zip_key_" + r + " (countryregionid varchar(10), "
						+ "zipcode varchar(10), city varchar(60), state varchar(10), county varchar(10), "
						+ "PRIMARY KEY (countryregionid, zipcode))", "bench_zip_key_" + r)));
				long start = System.nanoTime();
				JsonNode job = http.post()
					.uri("/aos/BEN1/dixf/jobs?entity=LogisticsAddressZipCode&wait=true&batchTasks=" + batchTasks)
					.contentType(MediaType.parseMediaType("text/csv"))
					.body(new FileSystemResource(csv))
					.retrieve()
					.body(JsonNode.class);
				dixfSeconds.add(seconds(System.nanoTime() - start));
				JsonNode run = job.get("executions").get(0);
				assertThat(job.get("status").asString()).isEqualTo("Completed");
				assertThat(run.get("createdRows").asLong()).isEqualTo(zipRows);
				phases.add("staging %s / validate %s / copy %s ms".formatted(millisBetween(run, "startedAt", "stagedAt"),
						millisBetween(run, "stagedAt", "validatedAt"), millisBetween(run, "validatedAt", "finishedAt")));
			}
			finally {
				Files.deleteIfExists(csv);
			}
		}
		double dixf = median(dixfSeconds);
		double copyPlain = median(copyPlainSeconds);
		double copyKey = median(copyKeySeconds);
		report.add("DIXF LogisticsAddressZipCode, %,d rows end to end (HTTP upload, staging COPY, validate, copy to target in %d batch tasks): median %.2f s (%,.0f rows/s), per round %s"
			.formatted(zipRows, batchTasks, dixf, zipRows / dixf, secondsList(dixfSeconds)));
		report.add("  phases per round: " + String.join("; ", phases));
		report.add("COPY of the same file: into a plain unlogged table median %.2f s %s; into a table with the natural key as primary key median %.2f s %s"
			.formatted(copyPlain, secondsList(copyPlainSeconds), copyKey, secondsList(copyKeySeconds)));
		report.add("  ratio DIXF / COPY (medians): %.2fx against the plain COPY, %.2fx against COPY with key (goal <= 3x)"
			.formatted(dixf / copyPlain, dixf / copyKey));
		report.add("load average at end: " + loadAverage());
		String text = String.join("\n", report);
		System.out.println("\n" + text + "\n");
		Files.writeString(Path.of("target", "aos-benchmark.txt"), text + "\n");
	}

	private long postCustomers(RestClient http, String company, int count) {
		long start = System.nanoTime();
		for (int from = 0; from < count; from += BATCH) {
			List<Map<String, Object>> records = new ArrayList<>(BATCH);
			for (int i = from; i < Math.min(count, from + BATCH); i++) {
				records.add(customer(i));
			}
			JsonNode result = http.post()
				.uri("/aos/" + company + "/documents/CustTable")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("records", records))
				.retrieve()
				.body(JsonNode.class);
			if (result.get("counts").get("failed").asInt() > 0) {
				throw new AssertionError("benchmark batch had failures: " + result);
			}
		}
		return System.nanoTime() - start;
	}

	private static Map<String, Object> customer(int i) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("AccountNum", "C%07d".formatted(i));
		c.put("Name", "Customer number " + i + " Ltd.");
		c.put("CustGroup", "B1");
		c.put("Currency", "USD");
		c.put("PaymTermId", "N30");
		c.put("PaymMode", "CHECK");
		c.put("CreditMax", (i % 100) * 1000);
		c.put("TaxGroup", "TX" + (i % 10));
		c.put("CountryRegionId", "US");
		return c;
	}

	private static Path zipFile(int rows, long offset) throws IOException {
		Path csv = Files.createTempFile("aos-zip-", ".csv");
		String[] countries = { "US", "DE", "FR", "GB", "DK" };
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("CountryRegionId,ZipCode,City,State,County\n");
			for (long i = offset; i < offset + rows; i++) {
				out.write(countries[(int) (i % 5)] + "," + String.format("%08d", i) + ",City " + (i % 9973) + ",ST"
						+ (i % 50) + ",C" + (i % 300) + "\n");
			}
		}
		return csv;
	}

	/** The machine is shared; the load says how much the figures can be trusted. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private static String secondsList(List<Double> values) {
		return values.stream().map(v -> "%.2f".formatted(v)).toList().toString();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static String rates(List<Double> values) {
		return values.stream().map(v -> "%,.0f".formatted(v)).toList().toString();
	}

	private long jdbcInsertCustomers(int count, String table) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("CREATE TABLE " + table + " (accountnum varchar(20) PRIMARY KEY, name varchar(100), "
						+ "custgroup varchar(10), currency varchar(3), paymtermid varchar(10), paymmode varchar(10), "
						+ "creditmax numeric, taxgroup varchar(10), countryregionid varchar(10))");
			}
			connection.setAutoCommit(false);
			long start = System.nanoTime();
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (int from = 0; from < count; from += BATCH) {
					for (int i = from; i < Math.min(count, from + BATCH); i++) {
						Map<String, Object> c = customer(i);
						int p = 1;
						for (Object value : c.values()) {
							if (value instanceof Integer number) {
								insert.setBigDecimal(p++, java.math.BigDecimal.valueOf(number));
							}
							else {
								insert.setString(p++, (String) value);
							}
						}
						insert.addBatch();
					}
					insert.executeBatch();
					connection.commit(); // one transaction per batch, like one document-service call
				}
			}
			long nanos = System.nanoTime() - start;
			connection.setAutoCommit(true);
			return nanos;
		}
	}

	private long copy(Path csv, String ddl, String table) throws SQLException, IOException {
		try (Connection connection = this.dataSource.getConnection()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(ddl);
			}
			long start = System.nanoTime();
			try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY " + table + " FROM STDIN (FORMAT csv, HEADER true)", reader);
			}
			return System.nanoTime() - start;
		}
	}

	private static String millisBetween(JsonNode run, String from, String to) {
		return Long.toString(Duration
			.between(java.time.Instant.parse(run.get(from).asString()), java.time.Instant.parse(run.get(to).asString()))
			.toMillis());
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

}
