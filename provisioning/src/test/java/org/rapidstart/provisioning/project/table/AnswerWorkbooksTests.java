package org.rapidstart.provisioning.project.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.ProjectAccessDenied;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.ProjectOverview;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.testsupport.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.rapidstart.provisioning.project.table.TableFixtures.row;

@ProvisioningTest
@Import(TableFixtures.class)
class AnswerWorkbooksTests {

	@Autowired
	TableFixtures fixtures;

	@Autowired
	AnswerWorkbooks workbooks;

	@Autowired
	TableGrid grid;

	@Autowired
	TableAnswers answers;

	@Autowired
	Projects projects;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AnswerImports imports;

	@Autowired
	TestClock clock;

	@Autowired
	AnswerImportWorker worker;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ProjectManagement management;

	@TempDir
	Path dir;

	CustomerActor admin;

	long project;

	@BeforeEach
	void setUp() {
		this.admin = this.fixtures.customer(CustomerRole.ADMINISTRATOR);
		this.project = this.fixtures.project(this.admin);
		this.projects.saveValues(this.admin.customerId(), this.project, Map.of("CompanyName", "=Contoso+1",
				"CompanyCode", "CEU", "FiscalYear|StartDate", "2027-01-01"), this.admin.signInId());
		this.grid.add(this.admin, this.project, "CustomerGroups", row("CustGroup", "10", "Name", "@Wholesale"));
		this.grid.add(this.admin, this.project, "Customers",
				row("AccountNum", "C-001", "Name", "-Contoso", "CustGroup", "10", "CreditMax", "1500.5"));
		this.grid.add(this.admin, this.project, "Customers",
				row("AccountNum", "C-002", "Name", "'=quoted", "CustGroup", "10"));
	}

	Path export() throws IOException {
		Path file = Files.createTempFile(this.dir, "answers", ".xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			this.workbooks.write(this.admin, this.project, out);
		}
		return file;
	}

	String stamp() {
		return this.jdbc.queryForObject("select string_agg(question || ':' || row_set || ':' || version, ',' order by "
				+ "question) from project_table where project_id = ?", String.class, this.project)
				+ this.jdbc.queryForObject("select coalesce(sum(answers_version), 0) from project_group where "
						+ "project_id = ?", Long.class, this.project);
	}

	@Test
	void anExportedWorkbookNeutralisesFormulasAndImportsBackWithoutChangingAnything() throws IOException {
		Path file = export();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet parameters = wb.getSheet("Parameters");
			assertThat(parameters.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Short name");
			assertThat(cells(parameters)).anySatisfy(r -> assertThat(r).contains("CompanyName", "'=Contoso+1"))
				.anySatisfy(r -> assertThat(r).contains("FiscalYear", "StartDate", "2027-01-01"))
				.anySatisfy(r -> assertThat(r).contains("Customers", "Customers"));
			assertThat(cells(wb.getSheet("Customers"))).containsSubsequence(
					List.of("Customer account", "Name", "Customer group", "Currency", "Terms of payment",
							"Method of payment", "Credit limit", "Sales tax group", "Country/region"),
					List.of("C-001", "'-Contoso", "10", "1500.5"), List.of("C-002", "''=quoted", "10"));
		}
		Answers before = this.projects.answers(this.admin.customerId(), this.project);
		String stamp = stamp();
		AnswerWorkbooks.Result result = this.workbooks.read(this.admin, this.project, file);
		assertThat(result.problems()).isEmpty();
		assertThat(result.applied()).isTrue();
		assertThat(result.changedTables()).isEmpty();
		assertThat(result.changedValues()).isZero();
		assertThat(stamp()).isEqualTo(stamp);
		assertThat(this.projects.answers(this.admin.customerId(), this.project)).isEqualTo(before);
	}

	@Test
	void aChangedWorkbookIsCheckedAgainstItsOwnAnswersAndAppliedAllOrNothing() throws IOException {
		Path file = export();
		// a new group and a customer moved to it, a new company code
		edit(file, wb -> {
			Sheet groups = wb.getSheet("CustomerGroups");
			groups.createRow(2).createCell(0).setCellValue("20");
			replace(wb.getSheet("Customers").getRow(2), 2, "20");
			set(wb.getSheet("Parameters"), "CompanyCode", "CEX");
		});
		AnswerWorkbooks.Result applied = this.workbooks.read(this.admin, this.project, file);
		assertThat(applied.problems()).isEmpty();
		assertThat(applied.changedTables()).containsExactlyInAnyOrder("CustomerGroups", "Customers");
		assertThat(applied.changedValues()).isEqualTo(1);
		assertThat(this.answers.rows(this.project, "Customers").toList()).extracting(r -> r.get("CustGroup"))
			.containsExactly("10", "20");
		assertThat(this.projects.answers(this.admin.customerId(), this.project).value("CompanyCode")).contains("CEX");

		// a customer of a group nobody answered, a missing name and a changed value: nothing is changed
		Path bad = export();
		edit(bad, wb -> {
			Row c = wb.getSheet("Customers").getRow(1);
			replace(c, 2, "99");
			c.removeCell(c.getCell(1));
			set(wb.getSheet("Parameters"), "CompanyCode", "CEY");
			// a customer group entered twice
			wb.getSheet("CustomerGroups").createRow(3).createCell(0).setCellValue("10");
		});
		String stamp = stamp();
		AnswerWorkbooks.Result refused = this.workbooks.read(this.admin, this.project, bad);
		assertThat(refused.applied()).isFalse();
		assertThat(refused.problems()).containsExactly(
				new AnswerWorkbooks.Problem("CustomerGroups", 4L, "Customer group",
						"This row repeats Customer group '10' of row 2."),
				new AnswerWorkbooks.Problem("Customers", 2L, "Name", "Name must be filled in."),
				new AnswerWorkbooks.Problem("Customers", 2L, "Customer group",
						"Customer group '99' is not one of the customer groups answered in 'Customer groups'."));
		assertThat(stamp()).isEqualTo(stamp);
		assertThat(this.projects.answers(this.admin.customerId(), this.project).value("CompanyCode")).contains("CEX");
		assertThat(this.jdbc.queryForObject("select count(*) from project_row_set_discarded", Integer.class)).isZero();
	}

	@Test
	void rowsInAnotherOrderAreAChangeAndASheetOfManyBadRowsListsItsFirstProblemsAndCountsTheRest()
			throws IOException {
		Path swapped = export();
		edit(swapped, wb -> {
			Sheet customers = wb.getSheet("Customers");
			Row first = customers.getRow(1);
			Row second = customers.getRow(2);
			for (int c = 0; c < Math.max(first.getLastCellNum(), second.getLastCellNum()); c++) {
				String a = (first.getCell(c) == null) ? null : first.getCell(c).getStringCellValue();
				String b = (second.getCell(c) == null) ? null : second.getCell(c).getStringCellValue();
				swapCell(first, c, b);
				swapCell(second, c, a);
			}
		});
		AnswerWorkbooks.Result reordered = this.workbooks.read(this.admin, this.project, swapped);
		assertThat(reordered.problems()).isEmpty();
		assertThat(reordered.changedTables()).containsExactly("Customers");
		assertThat(this.answers.rows(this.project, "Customers").toList()).extracting(r -> r.get("AccountNum"))
			.containsExactly("C-002", "C-001");

		int bad = AnswerWorkbooks.PROBLEMS_PER_SHEET + 5;
		Path many = export();
		edit(many, wb -> {
			Sheet customers = wb.getSheet("Customers");
			for (int i = 0; i < bad; i++) {
				Row row = customers.createRow(3 + i);
				row.createCell(0).setCellValue("X-" + i);
				row.createCell(1).setCellValue("Customer " + i);
				row.createCell(2).setCellValue("99");
			}
		});
		String stamp = stamp();
		AnswerWorkbooks.Result refused = this.workbooks.read(this.admin, this.project, many);
		assertThat(refused.applied()).isFalse();
		assertThat(refused.problems()).hasSize(AnswerWorkbooks.PROBLEMS_PER_SHEET + 1);
		assertThat(refused.problems().get(0)).isEqualTo(new AnswerWorkbooks.Problem("Customers", 4L, "Customer group",
				"Customer group '99' is not one of the customer groups answered in 'Customer groups'."));
		assertThat(refused.problems()).last()
			.isEqualTo(new AnswerWorkbooks.Problem("Customers", null, null, "5 more problems in this sheet. Fix the "
					+ "ones above and import the workbook again to see the rest."));
		assertThat(stamp()).isEqualTo(stamp);
	}

	@Test
	void somethingElseThanAnAnswersWorkbookIsRefused() throws IOException {
		Path file = this.dir.resolve("other.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
			wb.write(out);
		}
		AnswerWorkbooks.Result result = this.workbooks.read(this.admin, this.project, file);
		assertThat(result.applied()).isFalse();
		assertThat(result.problems()).extracting(AnswerWorkbooks.Problem::message)
			.containsExactly("The workbook needs a sheet 'Parameters' with the columns Short name and Answer, as "
					+ "Export answers writes it.");
	}

	@Test
	void anUploadThatIsNotAnAnswersWorkbookOrIsEmptyIsRefusedWithItsReasonAndStartsNothing() throws IOException {
		Path csv = Files.writeString(this.dir.resolve("answers.csv"), "Short name,Answer\n");
		assertThatThrownBy(() -> this.imports.start(this.admin, this.project, "answers.csv", csv))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("file");
				assertThat(v.code()).isEqualTo("tables.answers.fileType");
				assertThat(v.getMessage()).isEqualTo("Choose the answers workbook (.xlsx) that Export answers wrote.");
			});
		Path empty = Files.createFile(this.dir.resolve("empty.xlsx"));
		assertThatThrownBy(() -> this.imports.start(this.admin, this.project, "empty.xlsx", empty))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("file");
				assertThat(v.code()).isEqualTo("tables.import.empty");
				assertThat(v.getMessage()).isEqualTo("The file is empty.");
			});
		assertThat(csv).as("the upload is the service's and goes").doesNotExist();
		assertThat(empty).as("the upload is the service's and goes").doesNotExist();
		assertThat(this.imports.latest(this.admin, this.project)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from project_answers_import where project_id = ?",
				Integer.class, this.project)).isZero();
	}

	@Test
	void whatSomeoneElseChangedAfterTheExportIsNotOverwrittenWithTheWorkbooksOlderAnswers() throws IOException {
		Path file = export();
		edit(file, wb -> set(wb.getSheet("Parameters"), "CompanyName", "Fabrikam"));
		assertThat(wb(file).isSheetHidden(wb(file).getSheetIndex("Exported"))).isTrue();
		// after the export a colleague answers the company code and adds a customer group
		this.clock.advance(Duration.ofMinutes(5));
		CustomerActor colleague = this.fixtures.colleague(this.admin, CustomerRole.ADMINISTRATOR);
		this.projects.saveValues(this.admin.customerId(), this.project, Map.of("CompanyCode", "CEV"),
				colleague.signInId());
		this.grid.add(colleague, this.project, "CustomerGroups", row("CustGroup", "30"));
		String stamp = stamp();

		AnswerWorkbooks.Result refused = this.workbooks.read(this.admin, this.project, file);
		assertThat(refused.applied()).isFalse();
		assertThat(refused.problems()).containsExactlyInAnyOrder(
				new AnswerWorkbooks.Problem("Parameters", parameterRow(file, "CompanyCode"), "Answer",
						colleague.signInId() + " changed this answer after the workbook was exported. Export the "
								+ "answers again and make your change there."),
				new AnswerWorkbooks.Problem("CustomerGroups", null, null, colleague.signInId() + " changed the rows of "
						+ "CustomerGroups after the workbook was exported. Export the answers again and make your "
						+ "changes there."));
		assertThat(stamp()).isEqualTo(stamp);
		assertThat(this.projects.answers(this.admin.customerId(), this.project).value("CompanyCode")).contains("CEV");

		// exported again, the same change is imported; a change of one's own since the export is one's own to undo
		Path again = export();
		edit(again, wb -> set(wb.getSheet("Parameters"), "CompanyName", "Fabrikam"));
		this.clock.advance(Duration.ofMinutes(5));
		this.projects.saveValues(this.admin.customerId(), this.project, Map.of("CompanyCode", "CEW"),
				this.admin.signInId());
		AnswerWorkbooks.Result applied = this.workbooks.read(this.admin, this.project, again);
		assertThat(applied.problems()).isEmpty();
		assertThat(this.projects.answers(this.admin.customerId(), this.project).value("CompanyName"))
			.contains("Fabrikam");
		assertThat(this.projects.answers(this.admin.customerId(), this.project).value("CompanyCode")).contains("CEV");
	}

	@Test
	void aRowSomeoneElseChangedAfterTheExportIsNotOverwrittenThoughTheImporterChangedTheTableSince() throws IOException {
		Path file = export();
		edit(file, wb -> replace(wb.getSheet("Customers").getRow(2), 1, "Fabrikam"));
		// after the export a colleague renames the first customer; then the importer adds a customer of their own
		this.clock.advance(Duration.ofMinutes(5));
		CustomerActor colleague = this.fixtures.colleague(this.admin, CustomerRole.ADMINISTRATOR);
		TableRow first = this.grid.grid(this.admin, this.project, "Customers", 0, 10).page().rows().get(0);
		this.grid.edit(colleague, this.project, "Customers", first.id(), first.version(),
				row("AccountNum", "C-001", "Name", "Contoso Ltd", "CustGroup", "10"));
		this.clock.advance(Duration.ofMinutes(5));
		this.grid.add(this.admin, this.project, "Customers", row("AccountNum", "C-003", "Name", "Litware",
				"CustGroup", "10"));
		String stamp = stamp();

		AnswerWorkbooks.Result refused = this.workbooks.read(this.admin, this.project, file);
		assertThat(refused.applied()).isFalse();
		assertThat(refused.problems()).containsExactly(new AnswerWorkbooks.Problem("Customers", null, null,
				colleague.signInId() + " changed the rows of Customers after the workbook was exported. Export the "
						+ "answers again and make your changes there."));
		assertThat(stamp()).isEqualTo(stamp);
		assertThat(this.answers.rows(this.project, "Customers").toList()).extracting(r -> r.get("Name"))
			.containsExactly("Contoso Ltd", "'=quoted", "Litware");
	}

	@Test
	void aChangeSomeoneElseSavesWhileTheImportRunsIsNotOverwrittenEither() throws IOException {
		Path file = export();
		edit(file, wb -> set(wb.getSheet("Parameters"), "CompanyCode", "CEX"));
		CustomerActor colleague = this.fixtures.colleague(this.admin, CustomerRole.ADMINISTRATOR);
		TransactionTemplate elsewhere = new TransactionTemplate(this.transactions);
		elsewhere.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// the colleague's save commits at the last moment before the import changes anything
		AnswerWorkbooks.Progress saveMeanwhile = new AnswerWorkbooks.Progress() {

			@Override
			public void applying() {
				AnswerWorkbooksTests.this.clock.advance(Duration.ofMinutes(5));
				elsewhere.executeWithoutResult(tx -> AnswerWorkbooksTests.this.projects.saveValues(
						AnswerWorkbooksTests.this.admin.customerId(), AnswerWorkbooksTests.this.project,
						Map.of("CompanyCode", "CEV"), colleague.signInId()));
			}

		};
		AnswerWorkbooks.Result refused = this.workbooks.read(this.admin, this.project, file, saveMeanwhile);
		assertThat(refused.applied()).isFalse();
		assertThat(refused.problems()).containsExactly(new AnswerWorkbooks.Problem("Parameters",
				parameterRow(file, "CompanyCode"), "Answer", colleague.signInId() + " changed this answer after the "
						+ "workbook was exported. Export the answers again and make your change there."));
		assertThat(this.projects.answers(this.admin.customerId(), this.project).value("CompanyCode")).contains("CEV");
	}

	@Test
	void progressNamesEveryStepAndACancelUpToTheLastMomentChangesNothing() throws IOException {
		Path file = export();
		edit(file, wb -> set(wb.getSheet("Parameters"), "CompanyCode", "CEZ"));
		String stamp = stamp();
		List<String> heard = new java.util.ArrayList<>();
		AnswerWorkbooks.Progress cancelAtTheEnd = new AnswerWorkbooks.Progress() {

			@Override
			public void at(int step, int steps, AnswerWorkbooks.Stage stage, String sheet, long rows) {
				heard.add(step + "/" + steps + " " + stage + (sheet == null ? "" : " " + sheet));
			}

			@Override
			public void applying() {
				throw new AnswerWorkbooks.Cancelled();
			}

		};
		assertThatThrownBy(() -> this.workbooks.read(this.admin, this.project, file, cancelAtTheEnd))
			.isInstanceOf(AnswerWorkbooks.Cancelled.class);
		// the Parameters sheet, each table sheet read and checked, saving: one step each
		assertThat(heard).first().isEqualTo("1/" + heard.size() + " PARAMETERS Parameters");
		assertThat(heard).last().isEqualTo(heard.size() + "/" + heard.size() + " SAVING");
		assertThat(heard).anyMatch(h -> h.endsWith("READING Customers"))
			.anyMatch(h -> h.endsWith("CHECKING Customers"));
		assertThat(stamp()).isEqualTo(stamp);
		assertThat(this.projects.answers(this.admin.customerId(), this.project).value("CompanyCode")).contains("CEU");
		assertThat(this.jdbc.queryForObject("select count(*) from project_table_row r where not exists "
				+ "(select 1 from project_table t where t.row_set = r.row_set)", Integer.class)).isZero();

		// stopped while it reads a sheet: the same
		AnswerWorkbooks.Progress cancelWhileReading = new AnswerWorkbooks.Progress() {

			@Override
			public void at(int step, int steps, AnswerWorkbooks.Stage stage, String sheet, long rows) {
				if (stage == AnswerWorkbooks.Stage.CHECKING) {
					throw new AnswerWorkbooks.Cancelled();
				}
			}

		};
		assertThatThrownBy(() -> this.workbooks.read(this.admin, this.project, file, cancelWhileReading))
			.isInstanceOf(AnswerWorkbooks.Cancelled.class);
		assertThat(stamp()).isEqualTo(stamp);
		assertThat(this.jdbc.queryForObject("select count(*) from project_table_row r where not exists "
				+ "(select 1 from project_table t where t.row_set = r.row_set)", Integer.class)).isZero();
	}

	@Test
	void anImportOfAnswersRunsInTheBackgroundAndEndsAppliedOrRefusedWithItsProblems() throws IOException {
		Path file = export();
		edit(file, wb -> {
			wb.getSheet("CustomerGroups").createRow(2).createCell(0).setCellValue("20");
			set(wb.getSheet("Parameters"), "CompanyCode", "CEX");
		});
		AnswerImport started = this.imports.start(this.admin, this.project, "answers.xlsx", file);
		assertThat(started.fileName()).isEqualTo("answers.xlsx");
		AnswerImport done = awaitEnd(started.id());
		assertThat(done.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(done.percent()).isEqualTo(100);
		assertThat(done.changedValues()).isEqualTo(1);
		assertThat(done.changedTables()).containsExactly("CustomerGroups");
		assertThat(this.projects.answers(this.admin.customerId(), this.project).value("CompanyCode")).contains("CEX");
		assertThat(Files.exists(file)).as("the upload is the service's and goes").isFalse();

		Path bad = export();
		edit(bad, wb -> {
			replace(wb.getSheet("Customers").getRow(1), 2, "99");
			set(wb.getSheet("Parameters"), "CompanyCode", "CEY");
		});
		String stamp = stamp();
		AnswerImport refused = awaitEnd(this.imports.start(this.admin, this.project, "bad.xlsx", bad).id());
		assertThat(refused.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(refused.problemCount()).isEqualTo(1);
		assertThat(this.imports.problems(this.admin, this.project, refused.id(), 0, 10)).singleElement()
			.satisfies(p -> {
				assertThat(p.sheet()).isEqualTo("Customers");
				assertThat(p.row()).isEqualTo(2);
				assertThat(p.column()).isEqualTo("Customer group");
			});
		assertThat(stamp()).isEqualTo(stamp);
		assertThat(this.imports.latest(this.admin, this.project)).contains(refused);

		// a Viewer looks but does not import; another tenant does not even find the import
		CustomerActor viewer = this.fixtures.colleague(this.admin, CustomerRole.DESIGNER, CustomerRole.VIEWER);
		assertThatThrownBy(() -> this.imports.start(viewer, this.project, "answers.xlsx", export()))
			.isInstanceOf(ProjectAccessDenied.class);
		assertThat(this.imports.job(viewer, this.project, refused.id()).status()).isEqualTo(ImportStatus.FAILED);
		assertThatThrownBy(() -> this.imports.cancel(viewer, this.project, refused.id()))
			.isInstanceOf(ProjectAccessDenied.class);
		CustomerActor stranger = this.fixtures.customer(CustomerRole.ADMINISTRATOR);
		assertThatThrownBy(() -> this.imports.job(stranger, this.project, refused.id()))
			.isInstanceOf(NotFoundException.class);
		long strangersProject = this.fixtures.project(stranger);
		assertThatThrownBy(() -> this.imports.job(stranger, strangersProject, refused.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.imports.start(this.admin, this.project, "answers.csv", export()))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void aConfiguratorWhoSeesOnlyTheGroupsAssignedToThemFindsOnlyTheirOwnImportsOfAnswers() throws IOException {
		AnswerImport admins = awaitEnd(this.imports.start(this.admin, this.project, "answers.xlsx", export()).id());
		CustomerActor carl = this.fixtures.colleague(this.admin, CustomerRole.CONFIGURATOR);
		long customerGroups = this.management.overview(this.admin, this.project)
			.areas()
			.stream()
			.flatMap(a -> a.groups().stream())
			.filter(g -> g.name().equals("Customer groups"))
			.map(ProjectOverview.Group::id)
			.findFirst()
			.orElseThrow();
		this.management.reassign(this.admin, this.project, customerGroups, carl.accountId(), null);

		// the administrator's import names every table of the project: not Carl's to see, nor to cancel
		assertThatThrownBy(() -> this.imports.job(carl, this.project, admins.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.imports.problems(carl, this.project, admins.id(), 0, 10))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.imports.cancel(carl, this.project, admins.id()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.imports.latest(carl, this.project)).isEmpty();

		// his own he follows; the administrator sees it too
		Path his = Files.createTempFile(this.dir, "carl", ".xlsx");
		try (OutputStream out = Files.newOutputStream(his)) {
			this.workbooks.write(carl, this.project, out);
		}
		AnswerImport own = this.imports.start(carl, this.project, "carl.xlsx", his);
		assertThat(this.imports.job(carl, this.project, own.id()).fileName()).isEqualTo("carl.xlsx");
		assertThat(this.imports.latest(carl, this.project)).map(AnswerImport::id).contains(own.id());
		assertThat(awaitEnd(own.id()).status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(this.imports.job(this.admin, this.project, own.id()).startedBy()).isEqualTo(carl.signInId());
	}

	@Test
	void aCancelledImportOfAnswersChangesNothing() throws IOException {
		String stamp = stamp();
		Path file = export();
		edit(file, wb -> set(wb.getSheet("Parameters"), "CompanyCode", "CEW"));
		AnswerImport started = this.imports.start(this.admin, this.project, "answers.xlsx", file);
		AnswerImport cancelled = this.imports.cancel(this.admin, this.project, started.id());
		AnswerImport done = awaitEnd(started.id());
		// a cancel wins unless the import was applied before it came
		if (done.status() == ImportStatus.CANCELLED) {
			assertThat(cancelled.cancelRequested()).isTrue();
			assertThat(stamp()).isEqualTo(stamp);
			assertThat(this.projects.answers(this.admin.customerId(), this.project).value("CompanyCode"))
				.contains("CEU");
		}
		else {
			assertThat(done.status()).isEqualTo(ImportStatus.SUCCEEDED);
			assertThat(this.projects.answers(this.admin.customerId(), this.project).value("CompanyCode"))
				.contains("CEW");
		}
	}

	@Test
	void anImportOfAnswersWhoseInstanceStoppedIsFailedAndTheRowsItStagedGo() {
		// an import as a stopped instance left it: running, no sign of life for long, one table's rows staged
		long rowSet = this.jdbc.queryForObject("select nextval('project_row_set_seq')", Long.class);
		this.jdbc.update("insert into project_table_row (row_set, row_no, cells) values (?, 1, '10')", rowSet);
		long id = this.jdbc.queryForObject("select nextval('project_answers_import_seq')", Long.class);
		this.jdbc.update("insert into project_answers_import (id, project_id, customer_id, file_name, status, row_sets, "
				+ "started_by, created_at, heartbeat_at) values (?, ?, ?, 'answers.xlsx', 'RUNNING', array[?]::bigint[], "
				+ "'someone', ?, ?)", id, this.project, this.admin.customerId(), rowSet,
				java.sql.Timestamp.from(this.clock.instant().minusSeconds(3600)),
				java.sql.Timestamp.from(this.clock.instant().minusSeconds(3600)));
		assertThatThrownBy(() -> this.imports.start(this.admin, this.project, "answers.xlsx", export()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("An import of answers into this project is running");

		this.worker.watch();
		AnswerImport failed = this.imports.job(this.admin, this.project, id);
		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.problem()).isEqualTo(ImportThreads.STOPPED);
		assertThat(this.jdbc.queryForObject("select count(*) from project_row_set_discarded where row_set = ?",
				Integer.class, rowSet)).isOne();
	}

	@Test
	void aChangeOutsideBaseInformationIsRefusedUnlessBaseInformationIsCompleteOnceTheWorkbookIsApplied()
			throws IOException {
		// a required answer of Base information cleared: the other areas are closed
		this.projects.saveValues(this.admin.customerId(), this.project, Map.of("CompanyName", ""),
				this.admin.signInId());
		String stamp = stamp();
		AnswerWorkbooks.Result roundTrip = this.workbooks.read(this.admin, this.project, export());
		assertThat(roundTrip.problems()).isEmpty();
		assertThat(roundTrip.applied()).isTrue();
		assertThat(stamp()).isEqualTo(stamp);

		Path file = export();
		edit(file, wb -> {
			replace(wb.getSheet("Customers").getRow(2), 1, "Fabrikam");
			set(wb.getSheet("Parameters"), "CheckCreditLimit", "No");
			set(wb.getSheet("Parameters"), "CompanyCode", "CEX");
		});
		AnswerWorkbooks.Result refused = this.workbooks.read(this.admin, this.project, file);
		assertThat(refused.applied()).isFalse();
		String closed = "Complete Base information first: Accounts receivable opens once Base information is "
				+ "complete, and this workbook leaves it incomplete.";
		assertThat(refused.problems()).containsExactly(
				new AnswerWorkbooks.Problem("Parameters", parameterRow(file, "CheckCreditLimit"), "Answer",
						"CheckCreditLimit: " + closed),
				new AnswerWorkbooks.Problem("Customers", null, null, closed));
		assertThat(stamp()).isEqualTo(stamp);
		assertThat(this.projects.answers(this.admin.customerId(), this.project).value("CompanyCode")).contains("CEU");

		// the same workbook completing Base information again is applied as a whole
		edit(file, wb -> set(wb.getSheet("Parameters"), "CompanyName", "Contoso"));
		AnswerWorkbooks.Result applied = this.workbooks.read(this.admin, this.project, file);
		assertThat(applied.problems()).isEmpty();
		assertThat(applied.changedTables()).containsExactly("Customers");
		assertThat(applied.changedValues()).isEqualTo(3);
		assertThat(this.projects.answers(this.admin.customerId(), this.project).value("CheckCreditLimit"))
			.contains("No");
	}

	@Test
	void aWorkbookMayCompleteBaseInformationOfANewProjectAndAnswerTheOtherAreasAtOnce() throws IOException {
		long fresh = this.fixtures.freshProject(this.admin);
		Path file = Files.createTempFile(this.dir, "fresh", ".xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			this.workbooks.write(this.admin, fresh, out);
		}
		assertThat(this.workbooks.read(this.admin, fresh, file).problems()).isEmpty();

		edit(file, wb -> {
			Row group = wb.getSheet("CustomerGroups").createRow(1);
			group.createCell(0).setCellValue("10");
			group.createCell(1).setCellValue("Wholesale");
			set(wb.getSheet("Parameters"), "CompanyName", "Contoso");
		});
		AnswerWorkbooks.Result refused = this.workbooks.read(this.admin, fresh, file);
		assertThat(refused.applied()).isFalse();
		assertThat(refused.problems()).containsExactly(new AnswerWorkbooks.Problem("CustomerGroups", null, null,
				"Complete Base information first: Accounts receivable opens once Base information is complete, and "
						+ "this workbook leaves it incomplete."));
		assertThat(this.answers.count(fresh, "CustomerGroups")).isZero();
		assertThat(this.projects.answers(this.admin.customerId(), fresh).value("CompanyName")).isEmpty();

		edit(file, wb -> {
			Row currency = wb.getSheet("Currencies").createRow(1);
			currency.createCell(0).setCellValue("USD");
			currency.createCell(1).setCellValue("US dollar");
			TableFixtures.BASE_INFORMATION.forEach((key, answer) -> {
				String[] parts = key.split("\\|");
				set(wb.getSheet("Parameters"), parts[0], parts.length > 1 ? parts[1] : "", answer);
			});
		});
		AnswerWorkbooks.Result applied = this.workbooks.read(this.admin, fresh, file);
		assertThat(applied.problems()).isEmpty();
		assertThat(applied.changedTables()).containsExactlyInAnyOrder("Currencies", "CustomerGroups");
		assertThat(this.answers.rows(fresh, "CustomerGroups").toList())
			.containsExactly(Map.of("CustGroup", "10", "Name", "Wholesale"));
		assertThat(this.grid.grid(this.admin, fresh, "CustomerGroups", 0, 10).areaOpen()).isTrue();
	}

	private static XSSFWorkbook wb(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** The Parameters sheet's row (as the spreadsheet numbers it) of a question. */
	private static Long parameterRow(Path file, String shortName) throws IOException {
		for (Row row : wb(file).getSheet("Parameters")) {
			if (row.getCell(2) != null && shortName.equals(row.getCell(2).getStringCellValue())) {
				return (long) row.getRowNum() + 1;
			}
		}
		throw new AssertionError(shortName);
	}

	AnswerImport awaitEnd(long id) {
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.imports.job(this.admin, this.project, id), j -> !j.isActive());
	}

	interface Change {

		void apply(XSSFWorkbook wb);

	}

	private static void edit(Path file, Change change) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			change.apply(wb);
			wb.write(bytes);
		}
		Files.write(file, bytes.toByteArray());
	}

	private static void set(Sheet parameters, String shortName, String answer) {
		for (Row row : parameters) {
			if (row.getCell(2) != null && shortName.equals(row.getCell(2).getStringCellValue())) {
				replace(row, 5, answer);
			}
		}
	}

	/** The answer of a question's parameter ("" for a question's own answer). */
	private static void set(Sheet parameters, String shortName, String parameter, String answer) {
		for (Row row : parameters) {
			String name = row.getCell(2) == null ? "" : row.getCell(2).getStringCellValue();
			String param = row.getCell(4) == null ? "" : row.getCell(4).getStringCellValue();
			if (shortName.equals(name) && parameter.equals(param)) {
				replace(row, 5, answer);
			}
		}
	}

	private static void swapCell(Row row, int column, String value) {
		if (value == null) {
			if (row.getCell(column) != null) {
				row.removeCell(row.getCell(column));
			}
		}
		else {
			replace(row, column, value);
		}
	}

	/** A new cell, as a spreadsheet program writes an edited one (POI would leave the old inline text behind). */
	private static void replace(Row row, int column, String value) {
		if (row.getCell(column) != null) {
			row.removeCell(row.getCell(column));
		}
		row.createCell(column).setCellValue(value);
	}

	private static List<List<String>> cells(Sheet sheet) {
		List<List<String>> rows = new java.util.ArrayList<>();
		for (Row row : sheet) {
			List<String> cells = new java.util.ArrayList<>();
			row.forEach(c -> cells.add(c.getStringCellValue()));
			rows.add(cells);
		}
		return rows;
	}

}
