package org.rapidstart.customer.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.customer.SignedInSession;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.provisioning.project.table.AnswerImports;
import org.rapidstart.provisioning.project.table.AnswerWorkbooks;
import org.rapidstart.provisioning.project.table.TableGrid;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Import answers runs in the background: the upload leads to the import's page, whose progress htmx refreshes until
 * it ends; then the page says what changed, or lists every problem and nothing changed.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
@Import(TablesFixtures.class)
class AnswerImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TablesFixtures fixtures;

	@Autowired
	TableGrid grid;

	@Autowired
	Projects projects;

	@Autowired
	AnswerImports imports;

	@Autowired
	AnswerWorkbooks workbooks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUploadedAnswersWorkbookIsImportedInTheBackgroundAndItsPageSaysHowItEnded() throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann-w");
		long project = this.fixtures.project(ann, "Answers round trip");
		this.grid.add(ann, project, "CustomerGroups", Map.of("CustGroup", "10"));
		this.grid.add(ann, project, "Customers", Map.of("AccountNum", "C-1", "Name", "Contoso", "CustGroup", "10"));
		SignedInSession session = SignedInSession.signIn(this.mvc, ann.signInId());
		String p = "/rapidstart/projects/" + project;
		ByteArrayOutputStream export = new ByteArrayOutputStream();
		this.workbooks.write(ann, project, export);
		byte[] exported = export.toByteArray();

		// a new company name and a customer group's description: imported
		byte[] changed = changed(changed(exported, "Parameters", "CompanyName", 5, "Fabrikam"), "CustomerGroups", "10", 1,
				"Wholesale");
		String page = importAndAwait(ann, session, p, project, changed);
		assertThat(page).contains("Answers imported: 1 answer and 1 table changed.", "Tables replaced:",
				"<li>Into which groups do you divide your customers?</li>", "answers.xlsx, started by Admin ann-w on ")
			.doesNotContain("id=\"problems\"");
		assertThat(this.projects.answers(ann.customerId(), project).value("CompanyName")).contains("Fabrikam");

		// a customer of a customer group nobody answered: nothing changes, the problem is named
		String refused = importAndAwait(ann, session, p, project, changed(exported, "Customers", "C-1", 2, "99"));
		assertThat(refused).contains("Nothing was imported from answers.xlsx: 1 problem to fix.", "id=\"problems\"",
				"Customer group &#39;99&#39; is not one of the customer groups");
		assertThat(this.projects.answers(ann.customerId(), project).value("CompanyName")).contains("Fabrikam");

		// a Viewer is offered no import and may not start one
		CustomerActor viewer = this.fixtures.colleague(ann, "vic-w", CustomerRole.DESIGNER, CustomerRole.VIEWER);
		SignedInSession viewing = SignedInSession.signIn(this.mvc, viewer.signInId());
		assertThat(viewing.send(get(p + "/tables")).getContentAsString()).contains("Export answers")
			.doesNotContain("id=\"answers-file\"");
		assertThat(viewing.send(upload(p, exported)).getStatus()).isEqualTo(403);
	}

	@Test
	void aRunningImportShowsWhereItIsOnItsPageAndTheTablesPageAndCanBeCancelled() throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann-r");
		long project = this.fixtures.project(ann, "Running import");
		// an import as the worker leaves it between two reports (one that never ends, for a steady page)
		long id = 900_000_000L + project;
		this.jdbc.update("insert into project_answers_import (id, project_id, customer_id, file_name, status, step, "
				+ "steps, stage, sheet, rows_done, started_by, created_at, started_at, heartbeat_at) values (?, ?, ?, "
				+ "'answers.xlsx', 'RUNNING', 3, 10, 'READING', 'Customers', 1500, ?, now(), now(), now())", id,
				project, ann.customerId(), ann.signInId());
		SignedInSession session = SignedInSession.signIn(this.mvc, ann.signInId());
		String p = "/rapidstart/projects/" + project;
		String page = session.send(get(p + "/answers/imports/" + id)).getContentAsString();
		assertThat(page).contains("answers.xlsx, started by Admin ann-r on ", "Reading sheet Customers: 1,500 rows",
				"aria-valuenow=\"20\"", ">20%</span>",
				"Cancel import",
				"hx-get=\"" + p + "/answers/imports/" + id + "/progress\"");
		assertThat(session.send(get(p + "/answers/imports/" + id + "/progress").header("HX-Request", "true"))
			.getHeader("HX-Refresh")).isNull();
		assertThat(session.send(get(p + "/tables")).getContentAsString())
			.contains("An import of answers is running.", "Reading sheet Customers")
			.doesNotContain("id=\"answers-file\"");

		// a Viewer sees it run, is offered no Cancel, and may not cancel it
		CustomerActor viewer = this.fixtures.colleague(ann, "vic-r", CustomerRole.DESIGNER, CustomerRole.VIEWER);
		SignedInSession viewing = SignedInSession.signIn(this.mvc, viewer.signInId());
		assertThat(viewing.send(get(p + "/answers/imports/" + id)).getContentAsString())
			.contains("Reading sheet Customers: 1,500 rows")
			.doesNotContain("Cancel import");
		assertThat(viewing.send(post(p + "/answers/imports/" + id + "/cancel").with(csrf())).getStatus())
			.isEqualTo(403);
		assertThat(this.imports.job(ann, project, id).cancelRequested()).isFalse();

		MockHttpServletResponse cancelled = session
			.send(post(p + "/answers/imports/" + id + "/cancel").with(csrf()));
		assertThat(cancelled.getRedirectedUrl()).isEqualTo(p + "/answers/imports/" + id);
		assertThat(this.imports.job(ann, project, id).cancelRequested()).isTrue();
		assertThat(session.send(get(p + "/answers/imports/" + id)).getContentAsString())
			.contains("Cancelling; nothing will change").doesNotContain("Cancel import");
		this.jdbc.update("update project_answers_import set status = 'CANCELLED' where id = ?", id);
	}

	private String importAndAwait(CustomerActor actor, SignedInSession session, String p, long project,
			byte[] workbook) throws Exception {
		MockHttpServletResponse started = session.send(upload(p, workbook));
		assertThat(started.getStatus()).isEqualTo(302);
		String page = String.valueOf(started.getRedirectedUrl());
		assertThat(page).matches(".*/answers/imports/\\d+");
		long id = Long.parseLong(page.replaceAll(".*/", ""));
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> !this.imports.job(actor, project, id).isActive());
		// the progress bar tells htmx to load the whole page once the import has ended
		assertThat(session.send(get(page + "/progress").header("HX-Request", "true")).getHeader("HX-Refresh"))
			.isEqualTo("true");
		return session.send(get(page)).getContentAsString();
	}

	private static MockMultipartFile file(byte[] workbook) {
		return new MockMultipartFile("file", "answers.xlsx", "application/octet-stream", workbook);
	}

	private static org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> upload(
			String p, byte[] workbook) {
		return multipart(p + "/answers/workbook").file(file(workbook)).with(csrf());
	}

	/** The workbook with one cell replaced: in the row whose first cell (or Short name) is {@code key}. */
	private static byte[] changed(byte[] workbook, String sheet, String key, int column, String value)
			throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			int keyColumn = sheet.equals("Parameters") ? 2 : 0;
			for (Row row : wb.getSheet(sheet)) {
				if (row.getCell(keyColumn) != null && key.equals(row.getCell(keyColumn).getStringCellValue())) {
					if (row.getCell(column) != null) {
						row.removeCell(row.getCell(column));
					}
					row.createCell(column).setCellValue(value);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			return out.toByteArray();
		}
	}

}
