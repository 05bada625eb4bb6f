package org.rapidstart.customer.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.rapidstart.customer.CustomerPortalBrowserTest;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.customer.SignedInSession;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.provisioning.project.table.TableAnswers;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.provisioning.project.table.TableRow;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pages of Import answers and of a table's grid in headless Chromium: an answers workbook exported, changed and
 * uploaded, its page following the import until it ends (refused with every problem listed, then applied); a running
 * import cancelled from its page, which loads itself again once the import has stopped; a running upload of rows
 * shown with its progress on the grid and cancelled from its page; and two people saving one
 * row, the later save refused with who changed it and when, the input kept to save again.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
@Import(TablesFixtures.class)
class TablesBrowserTests extends CustomerPortalBrowserTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TablesFixtures fixtures;

	@Autowired
	TableGrid grid;

	@Autowired
	TableAnswers answers;

	@Autowired
	Projects projects;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void anExportedWorkbookIsImportedBackOnItsPageRefusedWithEveryProblemThenApplied() throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann-b");
		long project = this.fixtures.project(ann, "Answers in a browser");
		this.grid.add(ann, project, "CustomerGroups", Map.of("CustGroup", "10"));
		this.grid.add(ann, project, "Customers", Map.of("AccountNum", "C-1", "Name", "Contoso", "CustGroup", "10"));
		signIn(ann);
		browser.open(url("/rapidstart/projects/" + project + "/tables")).waitForText("All answers as one workbook");
		byte[] exported = browser.download("Export answers");

		// a new company name, and a customer of a customer group nobody answered: refused, every problem listed
		byte[] bad = changed(changed(exported, "Parameters", "CompanyName", 5, "Fabrikam"), "Customers", "C-1", 2,
				"99");
		browser.attach("Answers workbook", file(bad)).press("Import answers");
		browser.waitForText("Nothing was imported from answers.xlsx: 1 problem to fix.");
		assertThat(browser.waitFor(By.id("problems")).getText()).contains("Sheet Row Column Problem")
			.contains("Customers 2 Customer group Customer group '99' is not one of the customer groups answered in "
					+ "'Customer groups'.");
		assertThat(this.projects.answers(ann.customerId(), project).value("CompanyName"))
			.isNotEqualTo(Optional.of("Fabrikam"));

		// fixed: applied, and the page says what changed
		browser.press("Back to the tables").waitForText("All answers as one workbook");
		byte[] good = changed(changed(exported, "Parameters", "CompanyName", 5, "Fabrikam"), "CustomerGroups", "10", 1,
				"Wholesale");
		browser.attach("Answers workbook", file(good)).press("Import answers");
		browser.waitForText("Answers imported: 1 answer and 1 table changed.");
		assertThat(browser.waitFor(By.id("answers-outcome")).getText()).contains("Tables replaced:")
			.contains("Into which groups do you divide your customers?");
		assertThat(browser.waitFor(By.cssSelector("#answers-progress [role=progressbar]")).getAttribute("aria-valuenow"))
			.isEqualTo("100");
		assertThat(browser.pageText()).doesNotContain("Cancel import");
		assertThat(this.projects.answers(ann.customerId(), project).value("CompanyName")).contains("Fabrikam");
		assertThat(this.answers.rows(project, "CustomerGroups").toList())
			.containsExactly(Map.of("CustGroup", "10", "Name", "Wholesale"));
	}

	@Test
	void aRunningImportOfAnswersIsCancelledFromItsPageWhichLoadsItselfOnceTheImportStopped() throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann-x");
		long project = this.fixtures.project(ann, "Answers cancelled");
		// an import as the worker leaves it between two reports; this test plays the worker's part when it stops
		long id = 910_000_000L + project;
		this.jdbc.update("insert into project_answers_import (id, project_id, customer_id, file_name, status, step, "
				+ "steps, stage, sheet, rows_done, started_by, created_at, started_at, heartbeat_at) values (?, ?, ?, "
				+ "'answers.xlsx', 'RUNNING', 3, 10, 'READING', 'Customers', 1500, ?, now(), now(), now())", id,
				project, ann.customerId(), ann.signInId());
		signIn(ann);
		browser.open(url("/rapidstart/projects/" + project + "/tables")).waitForText("An import of answers is running.");
		assertThat(browser.all(By.id("answers-file"))).as("no second import offered").isEmpty();
		browser.press("An import of answers is running.").waitForText("Reading sheet Customers: 1,500 rows");
		assertThat(browser.waitFor(By.cssSelector("#answers-progress [role=progressbar]")).getAttribute("aria-valuenow"))
			.isEqualTo("20");

		browser.press("Cancel import").waitForText("The import is being cancelled; nothing will change.");
		assertThat(browser.waitFor(By.id("answers-status")).getText()).isEqualTo("Cancelling; nothing will change");
		assertThat(browser.all(By.xpath("//button[normalize-space(.)='Cancel import']"))).isEmpty();
		assertThat(this.jdbc.queryForObject("select cancel_requested from project_answers_import where id = ?",
				Boolean.class, id)).isTrue();

		// the worker stops it: the page, still asking for its progress, loads itself again and says how it ended
		this.jdbc.update("update project_answers_import set status = 'CANCELLED', finished_at = now() where id = ?", id);
		assertThat(browser.waitFor(By.id("answers-outcome")).getText()).isEqualTo("Cancelled; nothing was changed");
		assertThat(browser.pageText()).doesNotContain("The import is being cancelled");
	}

	@Test
	void aRunningImportOfRowsShowsHowFarItIsOnTheGridAndIsCancelledFromItsPage() {
		CustomerActor ann = this.fixtures.administrator("ann-r");
		long project = this.fixtures.project(ann, "Rows import cancelled");
		this.grid.add(ann, project, "CustomerGroups", Map.of("CustGroup", "10", "Name", "Wholesale"));
		// an upload as the worker leaves it between two reports (40% of the file read); this test plays the worker's
		// part when it stops
		long id = 920_000_000L + project;
		this.jdbc.update("insert into project_table_import (id, project_id, customer_id, question, file_name, file_kind, "
				+ "mode, status, row_set, file_bytes, bytes_read, rows_read, started_by, created_at, started_at, "
				+ "heartbeat_at) values (?, ?, ?, 'CustomerGroups', 'groups.csv', 'CSV', 'REPLACE', 'RUNNING', ?, 1000, "
				+ "400, 1500, ?, now(), now(), now())", id, project, ann.customerId(), id, ann.signInId());
		signIn(ann);
		browser.open(url("/rapidstart/projects/" + project + "/tables/CustomerGroups")).waitForText("groups.csv");
		assertThat(browser.waitFor(By.id("import-status")).getText()).isEqualTo("Reading and checking rows: 1,500 read");
		assertThat(browser.waitFor(By.cssSelector("#import-progress [role=progressbar]")).getAttribute("aria-valuenow"))
			.isEqualTo("40");
		assertThat(browser.waitFor(By.cssSelector("#import-progress .progress-value")).getText()).isEqualTo("40%");

		browser.press("Details").waitForText("Import of groups.csv");
		browser.press("Cancel import").waitForText("The import is being cancelled; nothing will change.");
		assertThat(browser.waitFor(By.id("import-status")).getText()).isEqualTo("Cancelling; nothing will change");
		assertThat(browser.all(By.xpath("//button[normalize-space(.)='Cancel import']"))).isEmpty();
		assertThat(this.jdbc.queryForObject("select cancel_requested from project_table_import where id = ?",
				Boolean.class, id)).isTrue();

		// the worker stops it: the bar, still asking for its progress, says how it ended; the saved rows are as they were
		this.jdbc.update("update project_table_import set status = 'CANCELLED', finished_at = now() where id = ?", id);
		browser.waitForText("Cancelled; nothing was changed");
		browser.press("Back to the rows").waitForText("Wholesale");
		assertThat(this.answers.rows(project, "CustomerGroups").toList())
			.containsExactly(Map.of("CustGroup", "10", "Name", "Wholesale"));
	}

	@Test
	void theLaterSaveOfARowIsRefusedWithWhoChangedItAndWhenAndTheInputStaysToSaveAgain() throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann-g");
		CustomerActor cal = this.fixtures.colleague(ann, "cal-g", CustomerRole.ADMINISTRATOR);
		long project = this.fixtures.project(ann, "Two people, one row");
		TableRow row = this.grid.add(ann, project, "CustomerGroups", Map.of("CustGroup", "10", "Name", "Wholesale"));
		String q = "/rapidstart/projects/" + project + "/tables/CustomerGroups";

		// Ann opens the row for editing and types; meanwhile Cal, in a session of his own, saves the same row
		signIn(ann);
		browser.open(url(q)).waitForText("Wholesale");
		browser.press("Edit").waitForText("Save row");
		browser.fill("Description, row 1", "Wholesale trade");
		SignedInSession calSession = SignedInSession.signIn(this.mvc, cal.signInId());
		assertThat(calSession.send(post(q + "/rows/" + row.id()).param("version", "1")
			.param("cells[CustGroup]", "10")
			.param("cells[Name]", "Wholesale customers")
			.with(csrf())).getStatus()).isEqualTo(302);

		browser.press("Save row").waitForText("Not saved: someone else changed row 1 after you opened it.");
		String conflict = browser.waitFor(By.id("conflict")).getText();
		assertThat(conflict).contains("Changed by User cal-g on ")
			.contains("Description: Wholesale customers")
			.contains("Your input is still in the form of the row.");
		assertThat(browser.field("Description, row 1").getAttribute("value")).isEqualTo("Wholesale trade");
		assertThat(this.answers.rows(project, "CustomerGroups").toList())
			.containsExactly(Map.of("CustGroup", "10", "Name", "Wholesale customers"));

		// Save row again applies Ann's input on top of Cal's change
		browser.press("Save row").waitForText("Row 1 was saved.");
		assertThat(browser.waitFor(By.id("rows")).getText()).contains("Wholesale trade");
		assertThat(this.answers.rows(project, "CustomerGroups").toList())
			.containsExactly(Map.of("CustGroup", "10", "Name", "Wholesale trade"));
	}

	private Path file(byte[] workbook) throws IOException {
		return Files.write(this.dir.resolve("answers.xlsx"), workbook);
	}

	/** The workbook with one cell replaced, in the row whose first cell (on Parameters: Short name) is {@code key}. */
	private static byte[] changed(byte[] workbook, String sheet, String key, int column, String value)
			throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			int keyColumn = sheet.equals("Parameters") ? 2 : 0;
			boolean found = false;
			for (Row row : wb.getSheet(sheet)) {
				if (row.getCell(keyColumn) != null && key.equals(row.getCell(keyColumn).getStringCellValue())) {
					if (row.getCell(column) != null) {
						row.removeCell(row.getCell(column));
					}
					row.createCell(column).setCellValue(value);
					found = true;
				}
			}
			assertThat(found).as("%s has a row %s", sheet, key).isTrue();
			wb.write((OutputStream) out);
			return out.toByteArray();
		}
	}

}
