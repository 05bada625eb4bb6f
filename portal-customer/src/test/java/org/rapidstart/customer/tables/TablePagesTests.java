package org.rapidstart.customer.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidstart.customer.Breadcrumbs;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.customer.SignedInSession;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.provisioning.project.table.ImportJob;
import org.rapidstart.provisioning.project.table.ImportMode;
import org.rapidstart.provisioning.project.table.ImportStatus;
import org.rapidstart.provisioning.project.table.TableImports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The table pages speak the user's language: a table is named by its question, as its question group page asks it
 * (not by its short name), inside the trail of every Configure page (Configuration projects › project › functional
 * area › question group), and the person who started an import is named, not their sign-in ID.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
@Import(TablesFixtures.class)
class TablePagesTests {

	private static final String QUESTION = "Into which groups do you divide your customers?";

	@Autowired
	MockMvc mvc;

	@Autowired
	TablesFixtures fixtures;

	@Autowired
	Projects projects;

	@Autowired
	ProjectManagement management;

	@Autowired
	TableImports imports;

	@TempDir
	Path dir;

	@Test
	void aTableIsNamedByItsQuestionInsideItsAreaAndGroupAndAnImportByWhoStartedIt() throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann-n");
		CustomerActor cal = this.fixtures.colleague(ann, "cal-n", CustomerRole.CONFIGURATOR);
		long project = this.fixtures.project(ann, "Named tables");
		long group = this.projects.placeOf(ann, project, "CustomerGroups").groupId();
		String p = "/rapidstart/projects/" + project;
		// Cal, who answers the group, imports a file the worker refuses
		this.management.reassign(ann, project, group, cal.accountId(), null);
		ImportJob started = this.imports.start(cal, project, "CustomerGroups", "groups.csv",
				Files.writeString(this.dir.resolve("groups.csv"), "Colour\nred\n"), ImportMode.REPLACE);
		long importId = started.id();
		await().atMost(Duration.ofSeconds(60)).until(() -> !this.imports.job(ann, project, importId).isActive());
		assertThat(this.imports.job(ann, project, importId).status()).isEqualTo(ImportStatus.FAILED);
		SignedInSession session = SignedInSession.signIn(this.mvc, ann.signInId());

		String grid = session.send(get(p + "/tables/CustomerGroups")).getContentAsString();
		assertThat(title(grid)).startsWith(QUESTION);
		assertThat(Breadcrumbs.of(grid)).containsExactly("Configuration projects -> /rapidstart/projects",
				"Named tables -> " + p, "Accounts receivable -> " + p + "/areas/2",
				"Customer groups -> " + p + "/groups/" + group, QUESTION);
		assertThat(grid).contains("<h1 class=\"h3\">" + QUESTION + "</h1>");

		String imported = session.send(get(p + "/tables/CustomerGroups/imports/" + importId)).getContentAsString();
		assertThat(title(imported)).startsWith("Import of groups.csv");
		assertThat(Breadcrumbs.of(imported)).containsExactly("Configuration projects -> /rapidstart/projects",
				"Named tables -> " + p, "Accounts receivable -> " + p + "/areas/2",
				"Customer groups -> " + p + "/groups/" + group, QUESTION + " -> " + p + "/tables/CustomerGroups",
				"Import");
		assertThat(imported).contains("Started by User cal-n on ").doesNotContain(cal.signInId())
			.doesNotContain(">CustomerGroups<");
	}

	private static String title(String page) {
		Matcher m = Pattern.compile("<title>([^<]*)</title>").matcher(page);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

}
