package org.rapidstart.customer.tables;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.customer.SignedInSession;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.provisioning.project.table.ImportJob;
import org.rapidstart.provisioning.project.table.ImportMode;
import org.rapidstart.provisioning.project.table.TableAnswers;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.provisioning.project.table.TableImports;
import org.rapidstart.provisioning.project.table.TableRow;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Base information first, on the table pages: the grid and the import page of a table whose functional area is not
 * open say so as the question group page does and offer no change; a hand-made request to change rows gets the
 * refusal as a message on the grid, not an error page. Base information's own tables take rows from the start.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
@Import(TablesFixtures.class)
class ClosedAreaTablePagesTests {

	static final String ALERT = "Complete Base information first: this functional area opens when Base information "
			+ "is complete.";

	static final String REFUSAL = "Complete Base information first: the other functional areas open once it is "
			+ "complete.";

	@Autowired
	MockMvc mvc;

	@Autowired
	TablesFixtures fixtures;

	@Autowired
	TableGrid grid;

	@Autowired
	TableAnswers answers;

	@Autowired
	TableImports imports;

	@Autowired
	Projects projects;

	@TempDir
	Path dir;

	@Test
	void aTableOfAnAreaThatIsNotOpenShowsWhyAndOffersNoChangeAndAHandMadeChangeIsRefusedWithTheReason()
			throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann-closed");
		long project = this.fixtures.freshProject(ann, "Base information first");
		String groups = "/rapidstart/projects/" + project + "/tables/CustomerGroups";
		SignedInSession session = SignedInSession.signIn(this.mvc, ann.signInId());

		MockHttpServletResponse closed = session.send(get(groups));
		assertThat(closed.getStatus()).isEqualTo(200);
		assertThat(closed.getContentAsString()).contains("id=\"area-closed\"", ALERT, "Download template")
			.doesNotContain("id=\"new-row\"", "Add row", groups + "/imports\"", "id=\"import-file\"");

		// Base information's own tables take rows from the start
		String currencies = "/rapidstart/projects/" + project + "/tables/Currencies";
		assertThat(session.send(get(currencies)).getContentAsString()).contains("id=\"new-row\"", "id=\"import-file\"")
			.doesNotContain(ALERT);
		assertThat(session.send(post(currencies + "/rows").param("cells[CurrencyCode]", "EUR")
			.param("cells[Txt]", "Euro")
			.with(csrf())).getRedirectedUrl()).startsWith(currencies);
		assertThat(this.answers.count(project, "Currencies")).isOne();

		// a hand-made row and upload are refused with the reason on the grid
		MockHttpServletResponse add = session
			.send(post(groups + "/rows").param("cells[CustGroup]", "10").with(csrf()));
		assertThat(add.getStatus()).isEqualTo(302);
		assertThat(session.send(get(add.getRedirectedUrl())).getContentAsString()).contains(REFUSAL);
		MockHttpServletResponse upload = session.send(multipart(groups + "/imports")
			.file(new MockMultipartFile("file", "groups.csv", "text/csv",
					"Customer group\n10\n".getBytes(StandardCharsets.UTF_8)))
			.param("mode", "REPLACE")
			.with(csrf()));
		assertThat(upload.getStatus()).isEqualTo(302);
		assertThat(session.send(get(upload.getRedirectedUrl())).getContentAsString()).contains(REFUSAL);
		assertThat(this.answers.count(project, "CustomerGroups")).isZero();
		assertThat(this.imports.latest(ann, project, "CustomerGroups")).isEmpty();
	}

	@Test
	void rowsSavedWhileTheAreaWasOpenAreNotChangedAfterItClosedAndTheirImportPageSaysWhy() throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann-reclosed");
		long project = this.fixtures.project(ann, "Closed again");
		String groups = "/rapidstart/projects/" + project + "/tables/CustomerGroups";
		TableRow row = this.grid.add(ann, project, "CustomerGroups", Map.of("CustGroup", "10", "Name", "Wholesale"));
		Path file = Files.writeString(this.dir.resolve("groups.csv"), "Customer group,Description\n20,Retail\n");
		ImportJob job = this.imports.start(ann, project, "CustomerGroups", "groups.csv", file, ImportMode.APPEND);
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> !this.imports.job(ann, project, job.id()).isActive());
		// a required answer of Base information is cleared: the other areas close again
		this.projects.saveValues(ann.customerId(), project, Map.of("CompanyName", ""), ann.signInId());
		SignedInSession session = SignedInSession.signIn(this.mvc, ann.signInId());

		String page = session.send(get(groups)).getContentAsString();
		assertThat(page).contains(ALERT, "Wholesale", "Retail")
			.doesNotContain("id=\"new-row\"", "Edit row 1", "Delete row 1", "id=\"import-file\"");
		assertThat(session.send(get(groups + "/imports/" + job.id())).getContentAsString()).contains(ALERT);

		MockHttpServletResponse edit = session.send(post(groups + "/rows/" + row.id()).param("version", "1")
			.param("cells[CustGroup]", "10")
			.param("cells[Name]", "Wholesale trade")
			.with(csrf()));
		assertThat(edit.getStatus()).isEqualTo(302);
		assertThat(session.send(get(edit.getRedirectedUrl())).getContentAsString()).contains(REFUSAL);
		MockHttpServletResponse delete = session
			.send(post(groups + "/rows/" + row.id() + "/delete").param("version", "1").with(csrf()));
		assertThat(delete.getStatus()).isEqualTo(302);
		assertThat(session.send(get(delete.getRedirectedUrl())).getContentAsString()).contains(REFUSAL);
		assertThat(this.answers.rows(project, "CustomerGroups").toList()).containsExactly(
				Map.of("CustGroup", "10", "Name", "Wholesale"), Map.of("CustGroup", "20", "Name", "Retail"));
	}

}
