package org.rapidstart.provisioning.project.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.audit.AuditEvent;
import org.rapidstart.provisioning.audit.AuditEvents;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.TableTarget;
import org.rapidstart.testsupport.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.rapidstart.provisioning.project.ProjectAccessDenied;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.ProjectOverview;
import org.rapidstart.provisioning.project.Projects;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.rapidstart.provisioning.project.table.TableFixtures.row;

@ProvisioningTest
@Import(TableFixtures.class)
class TableImportsTests {

	@Autowired
	TableFixtures fixtures;

	@Autowired
	TableImports imports;

	@Autowired
	TableGrid grid;

	@Autowired
	TableAnswers answers;

	@Autowired
	ImportWorker worker;

	@Autowired
	RowSetSweeper sweeper;

	@Autowired
	ProjectManagement management;

	@Autowired
	AuditEvents audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TestClock clock;

	@Autowired
	TableImportProperties properties;

	@Autowired
	Projects projects;

	@Autowired
	ImportJobs jobs;

	@Autowired
	RowStore store;

	@Autowired
	TableProjects tableProjects;

	@TempDir
	Path dir;

	CustomerActor configurator;

	long project;

	@BeforeEach
	void setUp() {
		this.configurator = this.fixtures.customer(CustomerRole.CONFIGURATOR);
		this.project = this.fixtures.project(this.configurator);
		this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "10", "Name", "Wholesale"));
		this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "20", "Name", "Retail"));
		this.grid.add(this.configurator, this.project, "Customers",
				row("AccountNum", "C-001", "Name", "Saved customer", "CustGroup", "10"));
	}

	Path csv(String name, String text) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	ImportJob run(String question, String name, Path file, ImportMode mode) {
		ImportJob started = this.imports.start(this.configurator, this.project, question, name, file, mode);
		return awaitEnd(started.id());
	}

	ImportJob awaitEnd(long id) {
		return awaitEnd(this.project, id);
	}

	List<Map<String, String>> customers() {
		return this.answers.rows(this.project, "Customers").toList();
	}

	/** The threads that read an import's file ({@link ImportRun}) and are still alive. */
	static List<Thread> readingThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(t -> t.getName().startsWith("table-import-") && t.getName().endsWith("-reader") && t.isAlive())
			.toList();
	}

	/** The files of the import folder this JVM has open (Linux: /proc/self/fd; elsewhere none are found). */
	List<String> openImportFiles() throws IOException {
		Path fds = Path.of("/proc/self/fd");
		if (!Files.isDirectory(fds)) {
			return List.of();
		}
		String folder = this.properties.importDirectory().toAbsolutePath().toString();
		List<String> open = new java.util.ArrayList<>();
		try (var links = Files.list(fds)) {
			for (Path link : links.toList()) {
				try {
					String target = Files.readSymbolicLink(link).toString();
					if (target.startsWith(folder)) {
						open.add(target);
					}
				}
				catch (IOException ex) {
					// closed meanwhile (the listing's own descriptor among them)
				}
			}
		}
		return open;
	}

	/**
	 * Takes row {@code rowNo} of the row set the next import writes (row sets are numbered in order) with an
	 * uncommitted row of {@code holder}: the import's COPY waits at that row until {@code holder} rolls back, so that
	 * it is still running, however fast the machine is. Returns that row set.
	 */
	long holdNextImportsRow(Connection holder, int rowNo) throws SQLException {
		long rowSet = this.jdbc.queryForObject("select nextval('project_row_set_seq')", Long.class) + 1;
		holder.setAutoCommit(false);
		try (PreparedStatement hold = holder
			.prepareStatement("insert into project_table_row (row_set, row_no, cells) values (?, ?, 'held')")) {
			hold.setLong(1, rowSet);
			hold.setInt(2, rowNo);
			hold.executeUpdate();
		}
		return rowSet;
	}

	long rowSetOf(ImportJob job) {
		return this.jdbc.queryForObject("select row_set from project_table_import where id = ?", Long.class, job.id());
	}

	Path zipCodes(String name, String country, int rows) throws IOException {
		return TableFixtures.zipCodes(this.dir.resolve(name), country, rows);
	}

	@Test
	void anImportIntoATableOfAnAreaThatIsNotOpenIsRefusedAndOneThatRunsCanStillBeCancelled() throws Exception {
		long fresh = this.fixtures.freshProject(this.configurator);
		Path groups = csv("groups.csv", "Customer group,Description\n10,Wholesale\n");
		assertThatThrownBy(() -> this.imports.start(this.configurator, fresh, "CustomerGroups", "groups.csv", groups,
				ImportMode.REPLACE))
			.isInstanceOfSatisfying(RuleViolation.class, TableGridTests::areaClosed);
		assertThat(Files.exists(groups)).as("the upload is the service's and goes").isFalse();
		assertThat(this.imports.latest(this.configurator, fresh, "CustomerGroups")).isEmpty();
		assertThat(this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(this.configurator.customerId()))
			.extracting(AuditEvent::getDetails)
			.noneMatch(d -> d.contains("groups.csv"));

		// Base information's own tables import from the start
		ImportJob currencies = this.imports.start(this.configurator, fresh, "Currencies", "currencies.csv",
				csv("currencies.csv", "Currency code,Name\nEUR,Euro\n"), ImportMode.APPEND);
		assertThat(awaitEnd(fresh, currencies.id()).status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(this.answers.rows(fresh, "Currencies").toList()).extracting(r -> r.get("CurrencyCode"))
			.containsExactly("EUR");

		// an import that started while the area was open may be cancelled after it closed: its COPY is held at its
		// first row by an uncommitted row with the same key, so the cancel comes while it runs
		ImportJob running;
		try (Connection holder = this.dataSource.getConnection()) {
			long rowSet = holdNextImportsRow(holder, 1);
			running = this.imports.start(this.configurator, this.project, "Customers", "customers.csv",
					csv("customers.csv", "Customer account,Name,Customer group\nC-200,Litware,10\n"),
					ImportMode.APPEND);
			assertThat(rowSetOf(running)).as("the row set the import writes").isEqualTo(rowSet);
			this.projects.saveValues(this.configurator.customerId(), this.project, Map.of("CompanyName", ""),
					this.configurator.signInId());
			assertThat(this.imports.cancel(this.configurator, this.project, running.id()).cancelRequested()).isTrue();
			holder.rollback();
		}
		assertThat(awaitEnd(running.id()).status()).isEqualTo(ImportStatus.CANCELLED);
		assertThat(customers()).extracting(r -> r.get("AccountNum")).containsExactly("C-001");
		assertThat(this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(this.configurator.customerId()))
			.filteredOn(e -> e.getAction().equals("TABLE_IMPORT_CANCEL_REQUESTED"))
			.extracting(AuditEvent::getDetails)
			.singleElement(InstanceOfAssertFactories.STRING)
			.contains("customers.csv");
		assertThatThrownBy(() -> this.imports.start(this.configurator, this.project, "Customers", "customers.csv",
				csv("customers.csv", "Customer account,Name,Customer group\nC-201,Litware,10\n"), ImportMode.APPEND))
			.isInstanceOfSatisfying(RuleViolation.class, TableGridTests::areaClosed);
	}

	ImportJob awaitEnd(long project, long id) {
		return this.fixtures.awaitEnd(this.configurator, project, id);
	}

	@Test
	void replaceTakesThePlaceOfTheSavedRows() throws IOException {
		ImportJob job = run("Customers", "customers.csv", csv("customers.csv", """
				Customer account;Name;Customer group
				C-100;Contoso;10
				C-101;Fabrikam;20
				"""), ImportMode.REPLACE);
		assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(job.rowsImported()).isEqualTo(2);
		assertThat(job.percent()).isEqualTo(100);
		assertThat(customers()).extracting(r -> r.get("AccountNum")).containsExactly("C-100", "C-101");
		assertThat(this.answers.count(this.project, "Customers")).isEqualTo(2);
		assertThat(this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(this.configurator.customerId()))
			.extracting(AuditEvent::getAction)
			.containsSubsequence("TABLE_IMPORT_SUCCEEDED", "TABLE_IMPORT_STARTED");
		// the replaced rows are deleted, not only hidden
		await().atMost(Duration.ofSeconds(30)).until(() -> this.jdbc
			.queryForObject("select count(*) from project_row_set_discarded", Integer.class) == 0);
	}

	@Test
	void appendAddsBehindTheSavedRowsAndRefusesTheirKeys() throws IOException {
		ImportJob refused = run("Customers", "more.csv", csv("more.csv", """
				Customer account,Name,Customer group
				C-102,Northwind,20
				c-001,Again,10
				"""), ImportMode.APPEND);
		assertThat(refused.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(this.imports.problems(this.configurator, this.project, refused.id(), 0, 10)).containsExactly(
				new ImportProblem(3L, "Customer account", "This row repeats Customer account 'c-001' of a row already "
						+ "saved."));
		assertThat(customers()).extracting(r -> r.get("AccountNum")).containsExactly("C-001");

		ImportJob appended = run("Customers", "more.csv", csv("more.csv", """
				Customer account,Name,Customer group
				C-102,Northwind,20
				"""), ImportMode.APPEND);
		assertThat(appended.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(customers()).extracting(r -> r.get("AccountNum")).containsExactly("C-001", "C-102");
		assertThat(this.grid.grid(this.configurator, this.project, "Customers", 0, 10).page().rows())
			.extracting(TableRow::position)
			.containsExactly(1L, 2L);
	}

	@Test
	void everyBadRowIsReportedWithRowColumnAndReasonAndNothingChanges() throws IOException {
		StringBuilder text = new StringBuilder("Customer account,Name,Customer group,Credit limit\n");
		for (int i = 0; i < 3000; i++) {
			text.append("D-").append(i).append(",Customer ").append(i).append(",10,100\n");
		}
		text.append("D-X,,99,lots\nD-5,Repeated,10,\n");
		ImportJob job = run("Customers", "bad.csv", csv("bad.csv", text.toString()), ImportMode.REPLACE);
		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.errorCount()).isEqualTo(4);
		assertThat(job.problem()).isNull();
		assertThat(this.imports.problems(this.configurator, this.project, job.id(), 0, 100)).containsExactly(
				new ImportProblem(3002L, "Name", "Name must be filled in."),
				new ImportProblem(3002L, "Customer group",
						"Customer group '99' is not one of the customer groups answered in 'Customer groups'."),
				new ImportProblem(3002L, "Credit limit", "Credit limit 'lots' is not a number."),
				new ImportProblem(3003L, "Customer account", "This row repeats Customer account 'D-5' of row 7."));
		assertThat(customers()).containsExactly(Map.of("AccountNum", "C-001", "Name", "Saved customer", "CustGroup",
				"10"));
		assertThat(this.jdbc.queryForObject("select count(*) from project_table_row r where not exists "
				+ "(select 1 from project_table t where t.row_set = r.row_set)", Integer.class)).isZero();
	}

	@Test
	void aFileThatDoesNotFitIsRefusedAsAWhole() throws IOException {
		ImportJob job = run("Customers", "wrong.csv", csv("wrong.csv", "Colour\nred\n"), ImportMode.REPLACE);
		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.problem()).startsWith("The file has columns this question does not have: Colour.")
			.endsWith("Nothing was changed.");
		ImportJob empty = run("Customers", "empty.csv", csv("empty.csv", "Customer account,Name\n"),
				ImportMode.REPLACE);
		assertThat(empty.problem()).isEqualTo("The file has no rows below its header row; nothing was changed.");
		ImportJob notWorkbook = run("Customers", "fake.xlsx", csv("fake.xlsx", "a,b"), ImportMode.REPLACE);
		assertThat(notWorkbook.problem()).startsWith("The file is not an Excel workbook (.xlsx).");
		assertThatThrownBy(() -> this.imports.start(this.configurator, this.project, "Customers", "notes.pdf",
				csv("notes.pdf", "x"), ImportMode.REPLACE))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("Upload an Excel workbook (.xlsx) or a CSV file (.csv).");
		assertThat(customers()).hasSize(1);
	}

	@Test
	void aWorkbookImportsItsFirstSheetWithRowNumbersAsTheSpreadsheetShowsThem() throws IOException {
		Path file = this.dir.resolve("customers.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = wb.createSheet("Customers");
			String[][] rows = { { "Customer account", "Name", "Customer group", "Credit limit" },
					{ "W-1", "Alpha", "10", "1500" }, { "W-2", "Beta", "30", "" }, {}, { "W-3", "", "20", "x" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			wb.write(out);
		}
		ImportJob job = run("Customers", "customers.xlsx", file, ImportMode.REPLACE);
		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(this.imports.problems(this.configurator, this.project, job.id(), 0, 10))
			.extracting(ImportProblem::row, ImportProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "Customer group"),
					org.assertj.core.groups.Tuple.tuple(5L, "Name"),
					org.assertj.core.groups.Tuple.tuple(5L, "Credit limit"));
		StringBuilder csv = new StringBuilder();
		this.imports.eachProblem(this.configurator, this.project, job.id(), p -> csv.append(p.row()).append(';'));
		assertThat(csv).hasToString("3;5;5;");
		assertThat(customers()).hasSize(1);
	}

	@Test
	void aCancelBeforeTheImportStartsChangesNothing() throws IOException {
		Path file = csv("c.csv", "Customer account,Name,Customer group\nC-200,Cancelled,10\n");
		// started inside a transaction, the import waits for its commit; the cancel comes before that
		ImportJob cancelled = new TransactionTemplate(this.transactions).execute(status -> {
			ImportJob started = this.imports.start(this.configurator, this.project, "Customers", "c.csv", file,
					ImportMode.REPLACE);
			return this.imports.cancel(this.configurator, this.project, started.id());
		});
		assertThat(cancelled.cancelRequested()).isTrue();
		assertThat(awaitEnd(cancelled.id()).status()).isEqualTo(ImportStatus.CANCELLED);
		assertThat(customers()).extracting(r -> r.get("AccountNum")).containsExactly("C-001");
	}

	@Test
	void aCancelWhileRowsAreReadChangesNothing() throws Exception {
		Path file = zipCodes("zip.csv", "US", 20_000);
		this.grid.add(this.configurator, this.project, "CountriesRegions",
				row("CountryRegionId", "US", "ShortName", "United States"));
		this.grid.add(this.configurator, this.project, "ZipCodes", row("CountryRegionId", "US", "ZipCode", "98052"));
		// the import's COPY is held at its row 5,000 by an uncommitted row with the same key, so the cancel is asked
		// for while the import is in the middle of the file however fast the machine is
		long rowSet;
		ImportJob job;
		try (Connection holder = this.dataSource.getConnection()) {
			rowSet = holdNextImportsRow(holder, 5000);
			job = this.imports.start(this.configurator, this.project, "ZipCodes", "zip.csv", file, ImportMode.REPLACE);
			assertThat(rowSetOf(job)).as("the row set the import writes").isEqualTo(rowSet);
			long id = job.id();
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> this.imports.job(this.configurator, this.project, id).rowsRead() > 0);
			assertThat(this.imports.job(this.configurator, this.project, id).isActive()).isTrue();
			this.imports.cancel(this.configurator, this.project, id);
			holder.rollback();
		}
		ImportJob ended = awaitEnd(job.id());
		assertThat(ended.status()).isEqualTo(ImportStatus.CANCELLED);
		assertThat(ended.rowsRead()).isPositive();
		// the job ends only after its reading thread: none is left behind, nor is the file left open
		assertThat(readingThreads()).isEmpty();
		assertThat(openImportFiles()).isEmpty();
		assertThat(this.answers.rows(this.project, "ZipCodes").toList())
			.containsExactly(Map.of("CountryRegionId", "US", "ZipCode", "98052"));
		assertThat(this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(this.configurator.customerId()))
			.extracting(AuditEvent::getAction)
			.contains("TABLE_IMPORT_CANCELLED", "TABLE_IMPORT_CANCEL_REQUESTED");
		// nothing the import wrote is kept
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			this.sweeper.sweep();
			assertThat(this.jdbc.queryForObject("select count(*) from project_table_row where row_set = ?",
					Integer.class, rowSet)).isZero();
		});
	}

	@Test
	void anImportStoppedInTheMiddleOfItsFileEndsItsReadingThreadAndClosesTheFile() throws Exception {
		// every row names a country/region that is not answered: every row is a problem, recorded as it is found
		Path file = zipCodes("stop.csv", "XX", 30_000);
		this.grid.add(this.configurator, this.project, "CountriesRegions",
				row("CountryRegionId", "US", "ShortName", "United States"));
		this.grid.add(this.configurator, this.project, "ZipCodes", row("CountryRegionId", "US", "ZipCode", "98052"));
		ImportJob job;
		try (Connection holder = this.dataSource.getConnection()) {
			// the first problems recorded wait for this lock, so the import's thread waits there while the reading
			// thread fills what it may read ahead and waits too, in the middle of the file
			holder.setAutoCommit(false);
			holder.createStatement().execute("lock table project_table_import_error in share mode");
			job = this.imports.start(this.configurator, this.project, "ZipCodes", "stop.csv", file,
					ImportMode.REPLACE);
			Thread reading = await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> readingThreads().stream().findFirst().orElse(null),
						t -> t != null && t.getState() == Thread.State.WAITING);
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> this.jdbc.queryForObject("select count(*) from pg_locks where not granted",
						Integer.class) > 0);
			assertThat(openImportFiles()).as("the file being read").hasSize(1);
			// the instance stops: its import threads are interrupted (ImportWorker.stop)
			String importThread = reading.getName().substring(0, reading.getName().length() - "-reader".length());
			Thread.getAllStackTraces()
				.keySet()
				.stream()
				.filter(t -> t.getName().equals(importThread))
				.findFirst()
				.orElseThrow()
				.interrupt();
			holder.rollback();
		}
		ImportJob ended = awaitEnd(job.id());
		assertThat(ended.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(ended.problem()).isEqualTo(ImportThreads.STOPPED);
		assertThat(ended.rowsRead()).isPositive().isLessThan(30_000);
		assertThat(readingThreads()).isEmpty();
		assertThat(openImportFiles()).isEmpty();
		assertThat(this.answers.rows(this.project, "ZipCodes").toList())
			.containsExactly(Map.of("CountryRegionId", "US", "ZipCode", "98052"));
	}

	@Test
	void anErrorWhileTheFileIsReadFailsTheImportInsteadOfLeavingItWaitingForRows() throws Exception {
		TableProject project = this.grid.project(this.configurator, this.project);
		Question real = project.tableQuestion("ZipCodes");
		// the question's columns fail on the reading thread only, as a parser that runs out of memory would
		TableTarget table = Mockito.spy(real.table());
		Mockito.doAnswer(call -> {
			if (Thread.currentThread().getName().endsWith("-reader")) {
				throw new OutOfMemoryError("Java heap space");
			}
			return call.callRealMethod();
		}).when(table).columns();
		Question question = Mockito.spy(real);
		Mockito.doReturn(table).when(question).table();
		Path upload = zipCodes("error.csv", "US", 10);
		long rowSet = this.store.newRowSet();
		long id = this.jobs.create(this.configurator.customerId(), this.project, "ZipCodes", "error.csv",
				FileKind.CSV, ImportMode.REPLACE, rowSet, Files.size(upload), this.configurator.signInId(),
				this.clock.instant());
		Path file = ImportFiles.take(upload, this.properties.importDirectory(), ".csv");
		ImportRun run = new ImportRun(this.jobs, this.jobs.work(id).orElseThrow(), question,
				new RowChecks(this.tableProjects.checker(project, real)), TableGrid.fields(real), this.clock);
		ImportThreads threads = new ImportThreads("table-import-error", 1, this.jobs, this.store, this.transactions,
				this.clock, this.properties);
		CompletableFuture<String> failed = new CompletableFuture<>();
		try {
			// as ImportWorker runs it: what read throws goes to the import's thread
			threads.submit(id, file, failed::complete, () -> {
				try {
					run.read(file, this.dataSource);
				}
				catch (IOException | SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			assertThat(failed.get(30, TimeUnit.SECONDS)).isEqualTo(ImportThreads.UNEXPECTED);
		}
		finally {
			threads.stop();
		}
		assertThat(readingThreads()).isEmpty();
		assertThat(openImportFiles()).isEmpty();
		assertThat(Files.exists(file)).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from project_table_row where row_set = ?", Integer.class,
				rowSet)).isZero();
	}

	@Test
	void anErrorOnTheThreadOfAnImportFailsItAsAnUnexpectedProblem() throws Exception {
		Path file = csv("oom.csv", "Customer account\nC-1\n");
		ImportThreads threads = new ImportThreads("table-import-error", 1, this.jobs, this.store, this.transactions,
				this.clock, this.properties);
		CompletableFuture<String> failed = new CompletableFuture<>();
		try {
			threads.submit(1, file, failed::complete, () -> {
				throw new OutOfMemoryError("Java heap space");
			});
			// not left running, with signs of life, until a watch took it for an import of a stopped instance
			assertThat(failed.get(30, TimeUnit.SECONDS)).isEqualTo(ImportThreads.UNEXPECTED);
		}
		finally {
			threads.stop();
		}
		assertThat(Files.exists(file)).isFalse();
	}

	@Test
	void anImportIntoATableOfAnotherPersonsQuestionGroupIsNotFound() throws IOException {
		ImportJob job = run("Customers", "bad.csv", csv("bad.csv", """
				Customer account,Name,Customer group
				C-300,Secret name,99
				"""), ImportMode.REPLACE);
		assertThat(job.errorCount()).isEqualTo(1);
		// a Configurator of the same customer who has one question group of the project, not the one of Customers
		CustomerActor other = this.fixtures.colleague(this.configurator, CustomerRole.CONFIGURATOR);
		ProjectOverview.Group currencies = this.management.overview(this.configurator, this.project)
			.areas()
			.stream()
			.flatMap(a -> a.groups().stream())
			.filter(g -> this.grid.tables(this.configurator, this.project)
				.stream()
				.anyMatch(t -> t.questionGroup().equals(g.name()) && t.question().shortName().equals("Currencies")))
			.findFirst()
			.orElseThrow();
		this.management.reassign(this.configurator, this.project, currencies.id(), other.accountId(), null);
		assertThat(this.grid.tables(other, this.project)).extracting(t -> t.question().shortName())
			.contains("Currencies")
			.doesNotContain("Customers");

		assertThatThrownBy(() -> this.imports.job(other, this.project, job.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.imports.problems(other, this.project, job.id(), 0, 10))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.imports.eachProblem(other, this.project, job.id(), p -> {
		})).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.imports.cancel(other, this.project, job.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.imports.latest(other, this.project, "Customers"))
			.isInstanceOf(NotFoundException.class);
		// the one who sees the table still reads it
		assertThat(this.imports.problems(this.configurator, this.project, job.id(), 0, 10)).hasSize(1);
	}

	@Test
	void aFileOfAnotherKindOrAnEmptyOneIsRefusedWithItsReasonAndStartsNothing() throws IOException {
		Path xls = csv("customers.xls", "Customer account,Name,Customer group\nC-9,N,10\n");
		assertThatThrownBy(() -> this.imports.start(this.configurator, this.project, "Customers", "customers.xls", xls,
				ImportMode.REPLACE))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("file");
				assertThat(v.code()).isEqualTo("tables.import.fileType");
				assertThat(v.getMessage()).isEqualTo("Upload an Excel workbook (.xlsx) or a CSV file (.csv).");
			});
		Path empty = csv("empty.csv", "");
		assertThatThrownBy(() -> this.imports.start(this.configurator, this.project, "Customers", "empty.csv", empty,
				ImportMode.REPLACE))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("file");
				assertThat(v.code()).isEqualTo("tables.import.empty");
				assertThat(v.getMessage()).isEqualTo("The file is empty.");
			});
		assertThat(xls).as("the upload is the service's and goes").doesNotExist();
		assertThat(empty).as("the upload is the service's and goes").doesNotExist();
		assertThat(this.imports.latest(this.configurator, this.project, "Customers")).isEmpty();
		assertThat(this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(this.configurator.customerId()))
			.extracting(AuditEvent::getAction)
			.doesNotContain("TABLE_IMPORT_STARTED");
		assertThat(customers()).extracting(r -> r.get("AccountNum")).containsExactly("C-001");
	}

	@Test
	void oneImportPerQuestionAtATimeAndAViewerCannotImport() throws IOException {
		CustomerActor viewer = this.fixtures.colleague(this.configurator, CustomerRole.DESIGNER, CustomerRole.VIEWER);
		assertThatThrownBy(() -> this.imports.start(viewer, this.project, "Customers", "c.csv",
				csv("c.csv", "Customer account\nC-9\n"), ImportMode.REPLACE))
			.isInstanceOf(ProjectAccessDenied.class);
		this.jdbc.update("insert into project_table_import (id, project_id, customer_id, question, file_name, "
				+ "file_kind, mode, status, row_set, file_bytes, started_by, created_at, heartbeat_at) values "
				+ "(nextval('project_table_import_seq'), ?, ?, 'Customers', 'other.csv', 'CSV', 'REPLACE', 'RUNNING', "
				+ "nextval('project_row_set_seq'), 10, 'someone', now(), ?)", this.project,
				this.configurator.customerId(), java.sql.Timestamp.from(this.clock.instant().minusSeconds(600)));
		assertThatThrownBy(() -> this.imports.start(this.configurator, this.project, "Customers", "c.csv",
				csv("c.csv", "Customer account\nC-9\n"), ImportMode.REPLACE))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("An import into this question is running");
		// that import's instance stopped long ago: it is failed, and the question can be imported again
		this.worker.watch();
		assertThat(this.imports.latest(this.configurator, this.project, "Customers").orElseThrow())
			.satisfies(j -> assertThat(j.status()).isEqualTo(ImportStatus.FAILED))
			.satisfies(j -> assertThat(j.problem()).isEqualTo(ImportThreads.STOPPED));
		assertThat(run("Customers", "c.csv", csv("c.csv", "Customer account,Name,Customer group\nC-9,N,10\n"),
				ImportMode.APPEND).status()).isEqualTo(ImportStatus.SUCCEEDED);
	}

}
