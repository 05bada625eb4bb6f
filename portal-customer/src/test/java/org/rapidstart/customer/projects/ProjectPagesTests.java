package org.rapidstart.customer.projects;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rapidstart.customer.Breadcrumbs;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.customer.SignedInSession;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.ProjectOverview;
import org.rapidstart.provisioning.project.Projects;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Configure pages over HTTP: every page renders, the autosave answer reveals a follow-up question, the reports
 * download as workbooks with the right content, another customer's ids are not found on every project URL, and a
 * Viewer reads but changes nothing.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
@Import(ProjectWebFixtures.class)
class ProjectPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectWebFixtures fixtures;

	@Autowired
	ProjectManagement management;

	@Autowired
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	private static MockHttpServletResponse perform(MockHttpServletRequestBuilder request, SignedInSession session)
			throws Exception {
		return session.send(request);
	}

	private long create(SignedInSession session, String name) throws Exception {
		MockHttpServletResponse created = perform(post("/rapidstart/projects/new").param("name", name)
			.param("organisationName", "Contoso Europe")
			.param("countryRegion", "IE")
			.param("industry", "DISTRIBUTION")
			.param("kind", "CUSTOM")
			.param("template", "builtin:Order-to-cash")
			.param("targetDate", "2027-06-30")
			.with(csrf()), session);
		assertThat(created.getStatus()).isEqualTo(302);
		return Long.parseLong(created.getRedirectedUrl().replaceAll(".*/", ""));
	}

	private List<Long> groupIds(CustomerActor actor, long projectId) {
		return this.management.overview(actor, projectId)
			.areas()
			.stream()
			.flatMap(a -> a.groups().stream())
			.map(ProjectOverview.Group::id)
			.toList();
	}

	@Test
	void everyConfigurePageRendersAndAnAnswerRevealsItsFollowUpWithoutAReload() throws Exception {
		CustomerActor admin = this.fixtures.administrator("pat");
		SignedInSession session = SignedInSession.signIn(this.mvc, admin.signInId());
		assertThat(perform(post("/rapidstart/projects/new").param("name", "")
			.param("kind", "CUSTOM")
			.with(csrf()), session).getContentAsString()).contains("Enter a name for the project.")
			.contains("Choose one of the published templates.")
			.satisfies(page -> assertThat(page.split("Choose the country/region.", -1)).as("said once").hasSize(2));
		long projectId = create(session, "Contoso rollout");
		assertThat(perform(get("/rapidstart/projects/" + projectId), session).getContentAsString())
			.contains("Custom project · Order-to-cash");
		List<Long> groups = groupIds(admin, projectId);
		long organisation = groups.get(0);
		long ledger = groups.get(1);

		assertThat(perform(get("/rapidstart/projects"), session).getContentAsString()).contains("Contoso rollout")
			.contains("Not started")
			.contains("Jun 30, 2027");
		assertThat(perform(get("/rapidstart/projects/" + projectId), session).getContentAsString())
			.contains("Progress per functional area")
			.contains("Organization information")
			.contains("Opens when Base information is complete.");
		assertThat(perform(get("/rapidstart/projects/" + projectId + "/areas/0"), session).getStatus()).isEqualTo(200);
		assertThat(perform(get("/rapidstart/projects/" + projectId + "/areas/9"), session).getStatus()).isEqualTo(404);
		assertThat(perform(get("/rapidstart/projects/" + projectId + "/groups/" + organisation), session)
			.getContentAsString()).contains("What is the legal name of your company?")
			.contains("Mark as complete")
			.contains("data-bs-toggle=\"tooltip\"")
			.contains("values[FiscalYear|StartDate]");
		assertThat(perform(get("/rapidstart/projects/" + projectId + "/groups/" + groups.get(2)), session)
			.getContentAsString()).contains("No rows")
			.contains("/rapidstart/projects/" + projectId + "/tables/Currencies");
		for (String page : List.of("/copy", "/archive", "/groups/" + ledger + "/reassign")) {
			assertThat(perform(get("/rapidstart/projects/" + projectId + page), session).getStatus()).as(page)
				.isEqualTo(200);
		}

		// the follow-up of "Do you also report in a second currency?" is a hidden placeholder until Yes is chosen
		String ledgerPage = perform(get("/rapidstart/projects/" + projectId + "/groups/" + ledger), session)
			.getContentAsString();
		int reporting = questionIndex(ledgerPage, "ReportingCurrency");
		assertThat(ledgerPage).doesNotContain("In which currency do you report?");
		MockHttpServletRequestBuilder autosave = post("/rapidstart/projects/" + projectId + "/groups/" + ledger
				+ "/autosave").param("version", "0").param("values[UseReportingCurrency]", "Yes").with(csrf());
		for (int shown : shownIndexes(ledgerPage)) {
			autosave.param("shown", String.valueOf(shown));
		}
		String swap = perform(autosave, session).getContentAsString();
		assertThat(swap).contains("id=\"q-" + reporting + "\"").contains("hx-swap-oob=\"true\"")
			.contains("In which currency do you report?")
			.contains("Draft saved")
			.doesNotContain("id=\"q-0\"");

		// Save, then Mark as complete is refused with the list of what is missing
		assertThat(perform(post("/rapidstart/projects/" + projectId + "/groups/" + organisation).param("version", "0")
			.param("values[CompanyName]", "Contoso Europe")
			.param("values[CompanyCode]", "TOOLONG")
			.with(csrf()), session).getContentAsString()).contains("Nothing was saved")
			.contains("is too long: 7 characters, the maximum is 4")
			.contains("value=\"TOOLONG\"");
		assertThat(perform(post("/rapidstart/projects/" + projectId + "/groups/" + organisation).param("version", "0")
			.param("values[CompanyName]", "Contoso Europe")
			.param("values[CompanyCode]", "CEU")
			.with(csrf()), session).getStatus()).isEqualTo(302);
		assertThat(perform(post("/rapidstart/projects/" + projectId + "/groups/" + organisation + "/complete")
			.with(csrf()), session).getContentAsString()).contains("cannot be marked as complete yet")
			.contains("In which country/region is the company registered? – An answer is required.");

		// reports, on the page and as workbooks
		assertThat(perform(get("/rapidstart/reports/project-status").param("project", String.valueOf(projectId))
			.param("status", "IN_PROGRESS"), session).getContentAsString()).contains("Contoso rollout")
			.contains("All projects")
			.contains("<option value=\"" + projectId + "\" selected=\"selected\">Contoso rollout</option>")
			.contains("Organization information")
			.doesNotContain("General ledger parameters");
		MockHttpServletResponse detail = perform(get("/rapidstart/reports/project-status.xlsx"), session);
		assertThat(detail.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
		assertThat(detail.getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(detail.getContentAsByteArray()))) {
			Sheet groupsSheet = workbook.getSheet("Question groups");
			Row header = groupsSheet.getRow(0);
			assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Question group");
			Row first = groupsSheet.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Contoso rollout");
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Organization information");
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("In progress");
			assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(11);
			assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(2);
			assertThat(workbook.getSheet("Projects").getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("Contoso rollout");
		}
		MockHttpServletResponse status = perform(get("/rapidstart/reports/question-groups.xlsx"), session);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(status.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(groups.size());
			assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Admin pat");
			assertThat(sheet.getRow(1).getCell(5).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(java.time.LocalDate.of(2027, 6, 30));
			// a group with nothing to answer is complete, as on the pages: not "Not started" at 100%
			Row numberSequences = null;
			for (Row row : sheet) {
				if ("Number sequences".equals(row.getCell(2).getStringCellValue())) {
					numberSequences = row;
				}
			}
			assertThat(numberSequences).isNotNull();
			assertThat(numberSequences.getCell(3).getStringCellValue()).isEqualTo("Complete");
			assertThat(numberSequences.getCell(8).getNumericCellValue()).isEqualTo(100);
		}
		assertThat(perform(get("/rapidstart/reports/question-groups"), session).getContentAsString())
			.contains("Ledger")
			.contains("All projects");

		// a default project names its industry, not its template twice (last: the reports above count one project)
		MockHttpServletResponse defaults = perform(post("/rapidstart/projects/new").param("name", "Contoso defaults")
			.param("organisationName", "Contoso Europe")
			.param("countryRegion", "IE")
			.param("industry", "DISTRIBUTION")
			.param("kind", "DEFAULT")
			.with(csrf()), session);
		assertThat(perform(get(defaults.getRedirectedUrl()), session).getContentAsString())
			.contains("Default project · industry defaults for Distribution")
			.doesNotContain("Default project · Default project");
	}

	private static int questionIndex(String page, String shortName) {
		Matcher m = Pattern.compile("id=\"q-(\\d+)\"[^>]*data-question=\"" + shortName + "\"").matcher(page);
		assertThat(m.find()).as(shortName).isTrue();
		return Integer.parseInt(m.group(1));
	}

	private static List<Integer> shownIndexes(String page) {
		List<Integer> out = new ArrayList<>();
		Matcher m = Pattern.compile("name=\"shown\" value=\"(\\d+)\"").matcher(page);
		while (m.find()) {
			out.add(Integer.parseInt(m.group(1)));
		}
		return out;
	}

	@Test
	void everyConfigurePageStartsTheSameTrailAndAProgressBarReadsAtZero() throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann-t");
		SignedInSession session = SignedInSession.signIn(this.mvc, ann.signInId());
		long project = create(session, "Trails");
		String p = "/rapidstart/projects/" + project;
		ProjectOverview.Area area = this.management.overview(ann, project).areas().get(1);
		ProjectOverview.Group group = area.groups().get(0);
		String g = p + "/groups/" + group.id();
		String root = "Configuration projects -> /rapidstart/projects";
		String projectLink = "Trails -> " + p;
		String areaLink = area.name() + " -> " + p + "/areas/" + area.index();

		assertThat(trail(session, "/rapidstart/projects")).containsExactly("Configuration projects");
		assertThat(trail(session, "/rapidstart/projects?archived=true")).containsExactly(root, "Archived projects");
		assertThat(trail(session, "/rapidstart/projects/new")).containsExactly(root, "New project");
		assertThat(trail(session, p)).containsExactly(root, "Trails");
		assertThat(trail(session, p + "/copy")).containsExactly(root, projectLink, "Copy project");
		assertThat(trail(session, p + "/archive")).containsExactly(root, projectLink, "Archive");
		assertThat(trail(session, p + "/tables")).containsExactly(root, projectLink, "Tables");
		assertThat(trail(session, p + "/areas/" + area.index())).containsExactly(root, projectLink, area.name());
		assertThat(trail(session, g)).containsExactly(root, projectLink, areaLink, group.name());
		assertThat(trail(session, g + "/reassign")).containsExactly(root, projectLink, areaLink,
				group.name() + " -> " + g, "Reassign question group");

		// nothing answered yet: the bar is empty, and its 0% is written beside it (a bar's own text is clipped)
		assertThat(perform(get(p), session).getContentAsString()).containsPattern(
				"aria-label=\"Organization information answered\"[^>]*aria-valuenow=\"0\">\\s*"
						+ "<div class=\"progress-bar[^\"]*\" style=\"width: 0%\"></div>\\s*</div>\\s*"
						+ "<span class=\"progress-value[^\"]*\"[^>]*>0%</span>");
	}

	@Test
	void reassignLeadsBackToThePageItWasOpenedFromWhenThatIsAPageOfTheProjectOnly() throws Exception {
		CustomerActor admin = this.fixtures.administrator("rea");
		CustomerActor configurator = this.fixtures.user(admin, "cole", CustomerRole.CONFIGURATOR);
		SignedInSession session = SignedInSession.signIn(this.mvc, admin.signInId());
		long project = create(session, "Return");
		long other = create(session, "Elsewhere");
		String p = "/rapidstart/projects/" + project;
		String g = p + "/groups/" + groupIds(admin, project).get(0);
		assertThat(perform(get(g), session).getContentAsString()).contains("/reassign?returnTo=");
		assertThat(perform(get(g + "/reassign").param("returnTo", g), session).getContentAsString())
			.contains("name=\"returnTo\" value=\"" + g + "\"");
		assertThat(perform(get(g + "/reassign").param("returnTo", "https://evil.example/"), session).getContentAsString())
			.as("the form's way back and its Cancel")
			.contains("name=\"returnTo\" value=\"" + p + "\"", "href=\"" + p + "\">Cancel</a>")
			.doesNotContain("evil.example");

		for (String from : List.of(g, p, p + "/areas/1")) {
			assertThat(reassign(session, g, configurator, from)).as(from).isEqualTo(from);
		}
		for (String elsewhere : List.of("https://evil.example/", "//evil.example", "/rapidstart/projects/" + other,
				p + "/../" + other, g + "/reassign", "/rapidstart/reports", "")) {
			assertThat(reassign(session, g, configurator, elsewhere)).as(elsewhere).isEqualTo(p);
		}
	}

	@Test
	void aSaveRefusedBecauseSomeoneElseSavedFirstNamesThemByName() throws Exception {
		CustomerActor gil = this.fixtures.administrator("gil");
		CustomerActor hal = this.fixtures.user(gil, "hal", CustomerRole.ADMINISTRATOR);
		SignedInSession gilSession = SignedInSession.signIn(this.mvc, gil.signInId());
		SignedInSession halSession = SignedInSession.signIn(this.mvc, hal.signInId());
		long project = create(gilSession, "Two people");
		String g = "/rapidstart/projects/" + project + "/groups/" + groupIds(gil, project).get(0);
		assertThat(perform(post(g).param("version", "0").param("values[CompanyName]", "Contoso Europe").with(csrf()),
				halSession).getStatus()).isEqualTo(302);

		String refused = perform(post(g).param("version", "0").param("values[CompanyName]", "Contoso Ltd")
			.with(csrf()), gilSession).getContentAsString();
		assertThat(refused).contains("Not saved: User hal changed the question group Organization information after "
				+ "you opened it.", "– by <span>User hal</span>,", "value=\"Contoso Ltd\"")
			.doesNotContain(hal.signInId());

		// a change that recorded no one (a group saved before who saved it was kept) says "someone"
		assertThat(this.jdbc.sql("UPDATE project_group SET answers_changed_by = NULL WHERE id = ?")
			.param(groupIds(gil, project).get(0))
			.update()).isEqualTo(1);
		assertThat(perform(post(g).param("version", "0").param("values[CompanyName]", "Contoso Ltd").with(csrf()),
				gilSession).getContentAsString())
			.contains("Not saved: someone changed the question group Organization information after you opened it.");
	}

	private static String reassign(SignedInSession session, String group, CustomerActor to, String returnTo)
			throws Exception {
		return perform(post(group + "/reassign").param("assignee", String.valueOf(to.accountId()))
			.param("returnTo", returnTo)
			.with(csrf()), session).getRedirectedUrl();
	}

	private List<String> trail(SignedInSession session, String path) throws Exception {
		return Breadcrumbs.of(perform(get(path), session).getContentAsString());
	}

	@Test
	void anotherCustomersProjectIdsAreNotFoundOnEveryProjectUrl() throws Exception {
		CustomerActor a = this.fixtures.administrator("ann");
		CustomerActor b = this.fixtures.administrator("bob");
		SignedInSession sessionA = SignedInSession.signIn(this.mvc, a.signInId());
		SignedInSession sessionB = SignedInSession.signIn(this.mvc, b.signInId());
		long foreign = create(sessionB, "Bob's project");
		long group = groupIds(b, foreign).get(0);
		String p = "/rapidstart/projects/" + foreign;
		String g = p + "/groups/" + group;

		List<MockHttpServletRequestBuilder> requests = List.of(get(p), get(p + "/areas/0"), get(g), get(p + "/copy"),
				post(p + "/copy").param("name", "Stolen").with(csrf()), get(p + "/archive"),
				post(p + "/archive").with(csrf()), get(g + "/reassign"),
				post(g + "/reassign").param("assignee", String.valueOf(a.accountId())).with(csrf()),
				post(g).param("version", "0").param("values[CompanyName]", "Stolen").with(csrf()),
				post(g + "/autosave").param("version", "0").param("values[CompanyName]", "Stolen").with(csrf()),
				post(g + "/complete").with(csrf()), post(g + "/discard-draft").with(csrf()),
				get("/rapidstart/reports/project-status").param("project", String.valueOf(foreign)));
		for (MockHttpServletRequestBuilder request : requests) {
			MockHttpServletResponse response = perform(request, sessionA);
			if (response.getStatus() == 200) {
				// a report filtered by a foreign project simply lists nothing
				assertThat(response.getContentAsString()).as(request.toString()).doesNotContain("Bob's project");
			}
			else {
				assertThat(response.getStatus()).as(request.toString()).isEqualTo(404);
			}
		}
		assertThat(this.projects.answers(b.customerId(), foreign).values()).isEmpty();
		assertThat(this.management.projects(b, false)).singleElement()
			.satisfies(s -> assertThat(s.archivedAt()).isNull());
		assertThat(this.management.projects(a, false)).isEmpty();
	}

	@Test
	void aViewerReadsEveryGroupButChangesNothingAndAConfiguratorSeesOnlyTheirGroups() throws Exception {
		CustomerActor admin = this.fixtures.administrator("ida");
		CustomerActor viewer = this.fixtures.user(admin, "val", CustomerRole.DESIGNER, CustomerRole.VIEWER);
		CustomerActor configurator = this.fixtures.user(admin, "cy", CustomerRole.CONFIGURATOR);
		SignedInSession viewerSession = SignedInSession.signIn(this.mvc, viewer.signInId());
		SignedInSession configuratorSession = SignedInSession.signIn(this.mvc, configurator.signInId());
		// an empty list says what each one can do about it: a Viewer cannot start a project, a Configurator sees
		// only the projects they started or have a question group in
		assertThat(perform(get("/rapidstart/projects"), viewerSession).getContentAsString())
			.contains("No configuration projects yet.")
			.doesNotContain("Click New project");
		assertThat(perform(get("/rapidstart/projects"), configuratorSession).getContentAsString())
			.contains("when a question group of it is assigned to you")
			.contains("Click New project");
		SignedInSession adminSession = SignedInSession.signIn(this.mvc, admin.signInId());
		long projectId = create(adminSession, "Shared project");
		List<Long> groups = groupIds(admin, projectId);
		assertThat(perform(post("/rapidstart/projects/" + projectId + "/groups/" + groups.get(1) + "/reassign")
			.param("assignee", String.valueOf(configurator.accountId()))
			.param("targetDate", "2027-02-01")
			.with(csrf()), adminSession).getStatus()).isEqualTo(302);

		String p = "/rapidstart/projects/" + projectId;
		String g = p + "/groups/" + groups.get(0);
		assertThat(perform(get(g), viewerSession).getContentAsString()).contains("What is the legal name")
			.doesNotContain("Mark as complete")
			.contains("disabled");
		assertThat(perform(get("/rapidstart/projects"), viewerSession).getContentAsString()).contains("Shared project")
			.doesNotContain("New project");
		for (MockHttpServletRequestBuilder request : List.of(
				post(g).param("version", "0").param("values[CompanyName]", "Viewer's").with(csrf()),
				post(g + "/autosave").param("version", "0").param("values[CompanyName]", "Viewer's").with(csrf()),
				post(g + "/complete").with(csrf()), post(p + "/archive").with(csrf()),
				post(p + "/copy").param("name", "Viewer's copy").with(csrf()),
				post("/rapidstart/projects/new").param("name", "Viewer's")
					.param("organisationName", "V")
					.param("countryRegion", "IE")
					.param("industry", "DISTRIBUTION")
					.param("kind", "DEFAULT")
					.with(csrf()))) {
			assertThat(perform(request, viewerSession).getStatus()).as(request.toString()).isEqualTo(403);
		}
		// nor are the forms of those changes offered
		for (String form : List.of("/rapidstart/projects/new", p + "/copy", p + "/archive",
				g + "/reassign")) {
			assertThat(perform(get(form), viewerSession).getStatus()).as(form).isEqualTo(403);
		}
		assertThat(this.projects.answers(admin.customerId(), projectId).values()).isEmpty();
		assertThat(this.management.projects(admin, false)).hasSize(1);

		String overview = perform(get(p), configuratorSession).getContentAsString();
		assertThat(overview).contains("Ledger").doesNotContain("Organization information").doesNotContain("Currency<");
		assertThat(perform(get(g), configuratorSession).getStatus()).isEqualTo(404);
		assertThat(perform(get(p + "/groups/" + groups.get(1)), configuratorSession).getContentAsString())
			.contains("What should the company&#39;s ledger be called?")
			.contains("Feb 1, 2027");
	}

}
