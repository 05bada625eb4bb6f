package org.rapidstart.customer.tables;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.customer.SignedInSession;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.ProjectManagement;
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
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every table URL with another customer's project, row and import ids answers "not found" and changes nothing; a
 * Viewer sees the rows but every change is refused.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
@Import(TablesFixtures.class)
class TableIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TablesFixtures fixtures;

	@Autowired
	TableGrid grid;

	@Autowired
	TableImports imports;

	@Autowired
	TableAnswers answers;

	@Autowired
	ProjectManagement management;

	@Test
	void anotherCustomersTablesAreNotFoundAtEveryUrl() throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann");
		CustomerActor bob = this.fixtures.administrator("bob");
		long bobs = this.fixtures.project(bob, "Bob's project");
		TableRow row = this.grid.add(bob, bobs, "CustomerGroups", Map.of("CustGroup", "10", "Name", "Wholesale"));
		java.nio.file.Path file = java.nio.file.Files.createTempFile("groups", ".csv");
		java.nio.file.Files.writeString(file, "Customer group\n20\n");
		ImportJob job = this.imports.start(bob, bobs, "CustomerGroups", "groups.csv", file, ImportMode.APPEND);

		SignedInSession session = SignedInSession.signIn(this.mvc, ann.signInId());
		long anns = this.fixtures.project(ann, "Ann's");
		assertThat(status(session, get("/rapidstart/projects/" + anns + "/tables"))).isEqualTo(200);
		assertThat(status(session, get("/rapidstart/projects/" + anns + "/answers/workbook.xlsx"))).isEqualTo(200);
		String base = "/rapidstart/projects/" + bobs + "/tables";
		String q = base + "/CustomerGroups";
		String imp = q + "/imports/" + job.id();
		List<AbstractMockHttpServletRequestBuilder<?>> requests = List.of(get(base), get(q), get(q + "?edit=" + row.id()),
				post(q + "/rows").param("cells[CustGroup]", "30").with(csrf()),
				post(q + "/rows/" + row.id()).param("cells[CustGroup]", "11").with(csrf()),
				post(q + "/rows/" + row.id() + "/delete").with(csrf()), get(q + "/template.xlsx"),
				get(q + "/rows.csv"),
				multipart(q + "/imports").file(new MockMultipartFile("file", "x.csv", "text/csv",
						"Customer group\n40\n".getBytes())).param("mode", "REPLACE").with(csrf()),
				get(imp), get(imp + "/progress"), post(imp + "/cancel").with(csrf()), get(imp + "/problems.csv"),
				get("/rapidstart/projects/" + bobs + "/answers/workbook.xlsx"),
				multipart("/rapidstart/projects/" + bobs + "/answers/workbook").file(new MockMultipartFile("file",
						"answers.xlsx", "application/octet-stream", new byte[] { 1, 2, 3 })).with(csrf()));
		for (AbstractMockHttpServletRequestBuilder<?> request : requests) {
			assertThat(status(session, request)).as(request.toString()).isEqualTo(404);
		}
		org.awaitility.Awaitility.await()
			.until(() -> !this.imports.job(bob, bobs, job.id()).isActive());
		// an import is found under its own question's URL only
		SignedInSession bobsSession = SignedInSession.signIn(this.mvc, bob.signInId());
		assertThat(status(bobsSession, get(imp))).isEqualTo(200);
		assertThat(status(bobsSession, get(base + "/Customers/imports/" + job.id()))).isEqualTo(404);
		assertThat(status(bobsSession, get(base + "/Customers/imports/" + job.id() + "/problems.csv"))).isEqualTo(404);
		assertThat(status(bobsSession, post(base + "/Customers/imports/" + job.id() + "/cancel").with(csrf())))
			.isEqualTo(404);
		assertThat(status(bobsSession, post(imp + "/cancel").with(csrf()))).isEqualTo(302);
		assertThat(this.answers.rows(bobs, "CustomerGroups").toList()).extracting(r -> r.get("CustGroup"))
			.containsExactly("10", "20");
	}

	@Test
	void aViewerSeesTheRowsButCannotChangeThem() throws Exception {
		CustomerActor admin = this.fixtures.administrator("cal");
		long project = this.fixtures.project(admin, "Cal's project");
		TableRow row = this.grid.add(admin, project, "CustomerGroups", Map.of("CustGroup", "10"));
		CustomerActor viewer = this.fixtures.colleague(admin, "vic", CustomerRole.DESIGNER, CustomerRole.VIEWER);
		SignedInSession session = SignedInSession.signIn(this.mvc, viewer.signInId());
		String q = "/rapidstart/projects/" + project + "/tables/CustomerGroups";
		MockHttpServletResponse page = session.send(get(q));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains(">10<").doesNotContain("Add row")
			.doesNotContain("Upload workbook").doesNotContain("Delete row");
		List<AbstractMockHttpServletRequestBuilder<?>> changes = List.of(
				post(q + "/rows").param("cells[CustGroup]", "30").with(csrf()),
				post(q + "/rows/" + row.id()).param("cells[CustGroup]", "11").with(csrf()),
				post(q + "/rows/" + row.id() + "/delete").with(csrf()),
				multipart(q + "/imports").file(new MockMultipartFile("file", "x.csv", "text/csv",
						"Customer group\n40\n".getBytes())).param("mode", "REPLACE").with(csrf()));
		for (AbstractMockHttpServletRequestBuilder<?> request : changes) {
			assertThat(status(session, request)).as(request.toString()).isEqualTo(403);
		}
		assertThat(this.answers.rows(project, "CustomerGroups").toList()).containsExactly(Map.of("CustGroup", "10"));
	}

	@Test
	void aConfiguratorOpensOnlyTheProjectsAndTablesOfTheGroupsAssignedToThem() throws Exception {
		CustomerActor admin = this.fixtures.administrator("dee");
		long project = this.fixtures.project(admin, "Project of Dee");
		CustomerActor configurator = this.fixtures.colleague(admin, "con", CustomerRole.CONFIGURATOR);
		SignedInSession session = SignedInSession.signIn(this.mvc, configurator.signInId());
		String p = "/rapidstart/projects/" + project;
		long customerGroups = groupNamed(admin, project, "Customer groups");
		long customers = groupNamed(admin, project, "Customers");

		// no group of the project is theirs: the list does not offer it, and every page of it is not found
		assertThat(session.send(get("/rapidstart/projects")).getContentAsString()).doesNotContain("Project of Dee");
		for (String url : List.of(p, p + "/areas/0", p + "/tables", p + "/tables/CustomerGroups",
				p + "/answers/workbook.xlsx", p + "/groups/" + customerGroups)) {
			assertThat(status(session, get(url))).as(url).isEqualTo(404);
		}

		// one group assigned: that group's tables, nothing of the others (not found, as a foreign group's page)
		this.management.reassign(admin, project, customerGroups, configurator.accountId(), null);
		assertThat(session.send(get("/rapidstart/projects")).getContentAsString()).contains("Project of Dee");
		MockHttpServletResponse tables = session.send(get(p + "/tables"));
		assertThat(tables.getStatus()).isEqualTo(200);
		assertThat(tables.getContentAsString()).contains("/tables/CustomerGroups").doesNotContain("/tables/Customers\"")
			.doesNotContain("/tables/ZipCodes");
		assertThat(status(session, get(p + "/tables/CustomerGroups"))).isEqualTo(200);
		for (String url : List.of(p + "/tables/Customers", p + "/tables/Customers/template.xlsx",
				p + "/groups/" + customers)) {
			assertThat(status(session, get(url))).as(url).isEqualTo(404);
		}
		assertThat(status(session, post(p + "/tables/Customers/rows").param("cells[AccountNum]", "C-1").with(csrf())))
			.isEqualTo(404);
		assertThat(this.answers.count(project, "Customers")).isZero();
	}

	private long groupNamed(CustomerActor admin, long project, String name) {
		return this.management.overview(admin, project)
			.areas()
			.stream()
			.flatMap(a -> a.groups().stream())
			.filter(g -> g.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static int status(SignedInSession session, AbstractMockHttpServletRequestBuilder<?> request)
			throws Exception {
		return session.send(request).getStatus();
	}

}
