package org.rapidstart.customer.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.customer.SignedInSession;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.ProjectOverview;
import org.rapidstart.provisioning.project.Projects;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The table pages speak the user's language: a table is named by its question, as its question group page asks it
 * (not by its short name), inside the same trail as every Configure page (Configuration projects › project ›
 * functional area › question group), and the person who started an import is named, not their sign-in ID.
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
	JdbcTemplate jdbc;

	@Test
	void aTableIsNamedByItsQuestionInsideItsAreaAndGroupAndAnImportByWhoStartedIt() throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann-n");
		CustomerActor cal = this.fixtures.colleague(ann, "cal-n", CustomerRole.CONFIGURATOR);
		long project = this.fixtures.project(ann, "Named tables");
		long group = this.projects.placeOf(ann, project, "CustomerGroups").groupId();
		String p = "/rapidstart/projects/" + project;
		// an import Cal started, as the worker leaves one whose file was refused
		long importId = 910_000_000L + project;
		this.jdbc.update("insert into project_table_import (id, project_id, customer_id, question, file_name, "
				+ "file_kind, mode, status, row_set, file_bytes, problem, started_by, created_at, finished_at) values "
				+ "(?, ?, ?, 'CustomerGroups', 'groups.csv', 'CSV', 'REPLACE', 'FAILED', 0, 10, 'The header is wrong.', "
				+ "?, now(), now())", importId, project, ann.customerId(), cal.signInId());
		SignedInSession session = SignedInSession.signIn(this.mvc, ann.signInId());

		String grid = session.send(get(p + "/tables/CustomerGroups")).getContentAsString();
		assertThat(title(grid)).startsWith(QUESTION);
		assertThat(trail(grid)).containsExactly("Configuration projects -> /rapidstart/projects",
				"Named tables -> " + p, "Accounts receivable -> " + p + "/areas/2",
				"Customer groups -> " + p + "/groups/" + group, QUESTION);
		assertThat(grid).contains("<h1 class=\"h3\">" + QUESTION + "</h1>");

		String imported = session.send(get(p + "/tables/CustomerGroups/imports/" + importId)).getContentAsString();
		assertThat(title(imported)).startsWith("Import of groups.csv");
		assertThat(trail(imported)).containsExactly("Configuration projects -> /rapidstart/projects",
				"Named tables -> " + p, "Accounts receivable -> " + p + "/areas/2",
				"Customer groups -> " + p + "/groups/" + group, QUESTION + " -> " + p + "/tables/CustomerGroups",
				"Import");
		assertThat(imported).contains("Started by User cal-n on ").doesNotContain(cal.signInId())
			.doesNotContain(">CustomerGroups<");
	}

	@Test
	void everyConfigurePageStartsTheSameTrail() throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann-t");
		long project = this.fixtures.project(ann, "Trails");
		String p = "/rapidstart/projects/" + project;
		ProjectOverview.Area area = this.management.overview(ann, project).areas().get(1);
		ProjectOverview.Group group = area.groups().get(0);
		String g = p + "/groups/" + group.id();
		SignedInSession session = SignedInSession.signIn(this.mvc, ann.signInId());
		String root = "Configuration projects -> /rapidstart/projects";
		String projectLink = "Trails -> " + p;
		String areaLink = area.name() + " -> " + p + "/areas/" + area.index();

		assertThat(trail(page(session, "/rapidstart/projects"))).containsExactly("Configuration projects");
		assertThat(trail(page(session, "/rapidstart/projects?archived=true"))).containsExactly(root,
				"Archived projects");
		assertThat(trail(page(session, "/rapidstart/projects/new"))).containsExactly(root, "New project");
		assertThat(trail(page(session, p))).containsExactly(root, "Trails");
		assertThat(trail(page(session, p + "/copy"))).containsExactly(root, projectLink, "Copy project");
		assertThat(trail(page(session, p + "/archive"))).containsExactly(root, projectLink, "Archive");
		assertThat(trail(page(session, p + "/tables"))).containsExactly(root, projectLink, "Tables");
		assertThat(trail(page(session, p + "/areas/" + area.index()))).containsExactly(root, projectLink, area.name());
		assertThat(trail(page(session, g))).containsExactly(root, projectLink, areaLink, group.name());
		assertThat(trail(page(session, g + "/reassign"))).containsExactly(root, projectLink, areaLink,
				group.name() + " -> " + g, "Reassign question group");
	}

	private static String page(SignedInSession session, String path) throws Exception {
		return session.send(get(path)).getContentAsString();
	}

	private static String title(String page) {
		Matcher m = Pattern.compile("<title>([^<]*)</title>").matcher(page);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	/** The breadcrumb trail: each item's text, and where it links to ("text -> href"). */
	private static List<String> trail(String page) {
		Matcher ol = Pattern.compile("<ol class=\"breadcrumb\">(.*?)</ol>", Pattern.DOTALL).matcher(page);
		assertThat(ol.find()).as("a breadcrumb trail").isTrue();
		List<String> items = new ArrayList<>();
		Matcher li = Pattern.compile("<li[^>]*>\\s*(?:<a href=\"([^\"]*)\">([^<]*)</a>|([^<]*))\\s*</li>")
			.matcher(ol.group(1));
		while (li.find()) {
			items.add((li.group(1) != null) ? unescape(li.group(2)) + " -> " + li.group(1) : unescape(li.group(3)));
		}
		return items;
	}

	private static String unescape(String html) {
		return html.replace("&#39;", "'").replace("&amp;", "&").trim();
	}

}
