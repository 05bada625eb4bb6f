package org.rapidstart.customer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerFixtures.Partner;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.UserManagement;
import org.rapidstart.provisioning.customeruser.UserManagement.CustomerUserView;
import org.rapidstart.provisioning.preference.PreferenceSettings;
import org.rapidstart.provisioning.preference.Preferences;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.ProjectOverview;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.provisioning.project.table.AnswerImport;
import org.rapidstart.provisioning.project.table.AnswerImports;
import org.rapidstart.provisioning.project.table.AnswerWorkbooks;
import org.rapidstart.provisioning.project.table.ImportJob;
import org.rapidstart.provisioning.project.table.ImportMode;
import org.rapidstart.provisioning.project.table.TableAnswers;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.provisioning.project.table.TableImports;
import org.rapidstart.provisioning.project.table.TableRow;
import org.rapidstart.provisioning.template.AreaProperties;
import org.rapidstart.provisioning.template.DesignedTemplate;
import org.rapidstart.provisioning.template.TemplateDesign;
import org.rapidstart.provisioning.template.TemplateProperties;
import org.rapidstart.provisioning.template.TemplateSummary;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.TemplateType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The isolation matrix, driven by the portal's own request mappings: every URL that names something by a path
 * variable is sent, GET and POST, by an administrator of customer A with customer B's ids, and must answer 404 or 403
 * and change nothing of B's. A mapping with a path variable that this matrix does not know fails the build: a new
 * controller adds its variables to {@link #AREAS} (which of B's ids fills them) or, if they name nothing of a tenant,
 * to {@link #NOT_TENANT_DATA}. The role matrix: without Administrator, every User Management URL and the
 * organization's preferences answer 403.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
class IsolationMatrixTests {

	/** Tenant B's ids, by what they name. */
	record Foreign(long customerId, long userId, long templateId, long projectId, long groupId, String table,
			String rowId, long importId, long answersImportId) {

	}

	/** A URL area (by path prefix) and which of tenant B's ids fills each of its path variables. */
	record Area(String prefix, Map<String, Function<Foreign, Object>> variables) {

	}

	static final List<Area> AREAS = List.of(new Area("/users/", Map.of("id", Foreign::userId)),
			new Area("/organisations/", Map.of("customerId", Foreign::customerId)),
			new Area("/rapidstart/design/templates/",
					Map.of("id", Foreign::templateId, "a", f -> 0, "g", f -> 0, "q", f -> 0, "change", f -> "publish")),
			new Area("/rapidstart/design/other-tenants/",
					Map.of("customerId", Foreign::customerId, "templateId", Foreign::templateId, "a", f -> 0)),
			new Area("/rapidstart/projects/",
					Map.of("projectId", Foreign::projectId, "groupId", Foreign::groupId, "index", f -> 0, "question",
							Foreign::table, "rowId", Foreign::rowId, "importId", Foreign::importId, "answersImportId",
							Foreign::answersImportId)));

	/** Path variables that name nothing of a tenant, by path prefix, and why. */
	static final Map<String, String> NOT_TENANT_DATA = Map.of("/activation/{token}",
			"a single-use e-mailed link: the token is the credential, unknown ones get the not-valid page",
			"/invitation/{token}",
			"a single-use e-mailed link: the token is the credential, unknown ones get the not-valid page",
			"/rapidstart/design/built-in/{name}", "built-in templates are the same for every tenant");

	/** Form fields most POST handlers bind; a handler must refuse the foreign id whatever the form says. */
	static final Map<String, String> FORM = Map.ofEntries(Map.entry("version", "0"), Map.entry("up", "true"),
			Map.entry("name", "Taken"), Map.entry("type", "NON_ACTIONABLE"), Map.entry("shortName", "Taken"),
			Map.entry("text", "Taken?"), Map.entry("roles", "ADMINISTRATOR"), Map.entry("values[CompanyName]", "Taken"),
			Map.entry("targetDate", "2027-01-01"), Map.entry("timeZone", "Asia/Tokyo"));

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	CustomerFixtures fixtures;

	@Autowired
	UserManagement users;

	@Autowired
	TemplateDesign design;

	@Autowired
	ProjectManagement projectManagement;

	@Autowired
	Projects projects;

	@Autowired
	PreferenceSettings preferences;

	@Autowired
	TableGrid tables;

	@Autowired
	TableImports imports;

	@Autowired
	TableAnswers tableAnswers;

	@Autowired
	AnswerWorkbooks answerWorkbooks;

	@Autowired
	AnswerImports answerImports;

	CustomerActor ann;

	CustomerActor bob;

	@BeforeEach
	void setUp() {
		Partner partner = this.fixtures.partner();
		this.ann = this.fixtures.activatedAdmin(partner, "ann");
		this.fixtures.agree(this.ann);
		this.bob = this.fixtures.activatedAdmin(partner, "bob");
		this.fixtures.agree(this.bob);
	}

	@Test
	void everyMappingWithAPathVariableIsInTheMatrix() {
		List<String> unknown = new ArrayList<>();
		for (String pattern : patterns().keySet()) {
			if (exempt(pattern) == null) {
				Area area = area(pattern);
				if (area == null) {
					unknown.add(pattern + " (no area)");
				}
				else {
					for (String variable : variables(pattern)) {
						if (!area.variables().containsKey(variable)) {
							unknown.add(pattern + " ({" + variable + "} unknown to area " + area.prefix() + ")");
						}
					}
				}
			}
		}
		assertThat(unknown).as("add these to IsolationMatrixTests.AREAS or NOT_TENANT_DATA").isEmpty();
		assertThat(patterns()).as("the matrix sees the portal's mappings").containsKey("/users/{id}");
	}

	@Test
	void anAdministratorOfOneCustomerGetsNotFoundForEveryIdOfAnotherAndChangesNothing() throws Exception {
		Foreign b = foreignData();
		long bTemplateVersion = this.design.template(this.bob, b.templateId()).version();
		Map<String, String> bValues = this.projects.answers(this.bob.customerId(), b.projectId()).values();
		SignedInSession session = SignedInSession.signIn(this.mvc, this.ann.signInId());
		assertThat(session.send(get("/users")).getStatus()).isEqualTo(200);

		List<String> answered = new ArrayList<>();
		int walked = 0;
		for (Map.Entry<String, Set<RequestMethod>> mapping : patterns().entrySet()) {
			String pattern = mapping.getKey();
			Area area = area(pattern);
			if (exempt(pattern) != null || area == null
					|| !area.variables().keySet().containsAll(variables(pattern))) {
				continue; // everyMappingWithAPathVariableIsInTheMatrix names it
			}
			String url = fill(pattern, area, b);
			for (RequestMethod method : mapping.getValue()) {
				AbstractMockHttpServletRequestBuilder<?> request = request(pattern, method, url);
				if (method != RequestMethod.GET) {
					request.param("assignee", String.valueOf(this.ann.accountId()));
					request.param("cells[CustGroup]", "Taken");
					// copying into a template names it too: B's, the worst case
					request.param("target", String.valueOf(b.templateId()));
				}
				MockHttpServletResponse response = session.send(request);
				walked++;
				if (response.getStatus() != 404 && response.getStatus() != 403) {
					answered.add(method + " " + url + " -> " + response.getStatus() + " " + response.getRedirectedUrl());
				}
			}
		}
		assertThat(answered).as("foreign ids must be not found (or refused)").isEmpty();
		assertThat(walked).isGreaterThan(40);

		// nothing of B's changed, nothing was made in A
		assertThat(this.users.users(this.bob)).extracting(CustomerUserView::roleLabels)
			.containsExactlyInAnyOrder("Administrator", "Configurator");
		assertThat(this.users.users(this.bob)).extracting(CustomerUserView::status)
			.containsExactlyInAnyOrder("Active", "Not invited");
		assertThat(this.design.template(this.bob, b.templateId()).version()).isEqualTo(bTemplateVersion);
		assertThat(this.design.templates(this.ann)).extracting(TemplateSummary::name)
			.doesNotContain("Bob's template", "Taken");
		assertThat(this.projects.answers(this.bob.customerId(), b.projectId()).values()).isEqualTo(bValues);
		assertThat(this.projectManagement.projects(this.bob, false)).singleElement()
			.satisfies(p -> assertThat(p.archivedAt()).isNull());
		assertThat(this.projectManagement.projects(this.ann, false)).isEmpty();
		assertThat(this.preferences.organisation(this.bob)).isEqualTo(Preferences.NONE);
		Awaitility.await().until(() -> !this.imports.job(this.bob, b.projectId(), b.importId()).isActive());
		Awaitility.await()
			.until(() -> !this.answerImports.job(this.bob, b.projectId(), b.answersImportId()).isActive());
		assertThat(this.answerImports.job(this.bob, b.projectId(), b.answersImportId()).cancelRequested())
			.as("A's cancel of B's import of answers").isFalse();
		assertThat(this.tableAnswers.rows(b.projectId(), "CustomerGroups").toList()).extracting(r -> r.get("CustGroup"))
			.containsExactly("10", "20");
		assertThat(session.send(get("/")).getContentAsString()).as("still working in A")
			.contains(this.fixtures.organisationName(this.ann));
	}

	@Test
	void withoutAdministratorUserManagementAndTheOrganisationsPreferencesAreRefused() throws Exception {
		long colleague = this.users.create(this.ann, "Colleague", "colleague-" + this.ann.customerId()
				+ "@customer.example", "colleague@customer.example", Set.of(CustomerRole.CONFIGURATOR)).id();
		List<String> admitted = new ArrayList<>();
		for (Set<CustomerRole> roles : List.of(EnumSet.of(CustomerRole.CONFIGURATOR), EnumSet.of(CustomerRole.DESIGNER),
				EnumSet.of(CustomerRole.DESIGNER, CustomerRole.VIEWER),
				EnumSet.of(CustomerRole.CONFIGURATOR, CustomerRole.VIEWER))) {
			CustomerActor user = this.fixtures.invitedUser(this.ann, "role" + roles.size() + roles.iterator().next()
				.name()
				.toLowerCase(), roles);
			SignedInSession session = SignedInSession.signIn(this.mvc, user.signInId());
			for (Map.Entry<String, Set<RequestMethod>> mapping : patterns(true).entrySet()) {
				String pattern = mapping.getKey();
				if (!pattern.equals("/users") && !pattern.startsWith("/users/")
						&& !pattern.equals("/preferences/organisation")) {
					continue;
				}
				String url = pattern.replace("{id}", String.valueOf(colleague));
				for (RequestMethod method : mapping.getValue()) {
					AbstractMockHttpServletRequestBuilder<?> request = request(pattern, method, url);
					if (method != RequestMethod.GET) {
						request.param("signInId", "new-" + user.signInId()).param("contactEmail", "x@example.com");
					}
					int status = session.send(request).getStatus();
					if (status != 403) {
						admitted.add(roles + " " + method + " " + url + " -> " + status);
					}
				}
			}
			assertThat(session.send(get("/preferences")).getContentAsString()).contains("Your preferences")
				.doesNotContain("Organization defaults");
		}
		assertThat(admitted).isEmpty();
		assertThat(this.users.get(this.ann, colleague).roles()).containsExactly(CustomerRole.CONFIGURATOR);
		assertThat(this.users.get(this.ann, colleague).status()).isEqualTo("Not invited");
		assertThat(this.preferences.organisation(this.ann)).isEqualTo(Preferences.NONE);
	}

	/**
	 * A GET, or a POST with the CSRF token and the usual form fields; a multipart POST (with a small CSV file) where
	 * the handler takes a file.
	 */
	private AbstractMockHttpServletRequestBuilder<?> request(String pattern, RequestMethod method, String url) {
		if (method == RequestMethod.GET) {
			return get(url);
		}
		AbstractMockHttpServletRequestBuilder<?> request = takesFile(pattern) ? multipart(url)
			.file(new MockMultipartFile("file", "taken.csv", "text/csv", "Customer group\nTaken\n".getBytes()))
				: post(url);
		FORM.forEach(request::param);
		return request.with(csrf());
	}

	private boolean takesFile(String pattern) {
		return this.mappings.getHandlerMethods()
			.entrySet()
			.stream()
			.filter(e -> e.getKey().getPatternValues().contains(pattern))
			.flatMap(e -> Arrays.stream(e.getValue().getMethodParameters()))
			.anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
	}

	/**
	 * Customer B: a second user, a template with an area, a group and a question, a project with a table row, and a
	 * table import.
	 */
	private Foreign foreignData() throws Exception {
		long user = this.users.create(this.bob, "Bea", "bea-" + this.bob.customerId() + "@customer.example",
				"bea@customer.example", Set.of(CustomerRole.CONFIGURATOR)).id();
		DesignedTemplate t = this.design.create(this.bob,
				new TemplateProperties("Bob's template", "", TemplateType.CUSTOM, null));
		t = this.design.addFunctionalArea(this.bob, t.id(), t.version(), new AreaProperties("Sales", "", false));
		t = this.design.addQuestionGroup(this.bob, t.id(), t.version(), "Sales", "Credit", "");
		t = this.design
			.saveQuestion(this.bob, t.id(), t.version(), "Sales", "Credit", null,
					Question.choice("UseCredit", "Do you check credit limits?"))
			.template();
		SignedInSession session = SignedInSession.signIn(this.mvc, this.bob.signInId());
		MockHttpServletResponse created = session.send(post("/rapidstart/projects/new").param("name", "Bob's project")
			.param("organisationName", "Contoso Europe")
			.param("countryRegion", "IE")
			.param("industry", "DISTRIBUTION")
			.param("kind", "CUSTOM")
			.param("template", "builtin:Order-to-cash")
			.param("targetDate", "2027-06-30")
			.with(csrf()));
		assertThat(created.getStatus()).as("B's project created").isEqualTo(302);
		long project = Long.parseLong(String.valueOf(created.getRedirectedUrl()).replaceAll(".*/", ""));
		long group = this.projectManagement.overview(this.bob, project)
			.areas()
			.stream()
			.flatMap(a -> a.groups().stream())
			.map(ProjectOverview.Group::id)
			.findFirst()
			.orElseThrow();
		this.fixtures.completeBaseInformation(this.bob, project);
		TableRow row = this.tables.add(this.bob, project, "CustomerGroups", Map.of("CustGroup", "10", "Name", "Wholesale"));
		Path file = Files.createTempFile("groups", ".csv");
		Files.writeString(file, "Customer group\n20\n");
		ImportJob job = this.imports.start(this.bob, project, "CustomerGroups", "groups.csv", file, ImportMode.APPEND);
		// B's answers without the table sheets, so that it leaves the rows to the table import running beside it
		ByteArrayOutputStream exported = new ByteArrayOutputStream();
		this.answerWorkbooks.write(this.bob, project, exported);
		Path answers = Files.createTempFile("answers", ".xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported.toByteArray()));
				OutputStream out = Files.newOutputStream(answers)) {
			while (wb.getNumberOfSheets() > 1) {
				wb.removeSheetAt(1);
			}
			wb.write(out);
		}
		AnswerImport answersImport = this.answerImports.start(this.bob, project, "answers.xlsx", answers);
		return new Foreign(this.bob.customerId(), user, t.id(), project, group, "CustomerGroups", row.id().toString(),
				job.id(), answersImport.id());
	}

	/** Every mapping with a path variable, with its methods (GET and POST where a mapping names none). */
	private Map<String, Set<RequestMethod>> patterns() {
		return patterns(false);
	}

	private Map<String, Set<RequestMethod>> patterns(boolean all) {
		Map<String, Set<RequestMethod>> found = new LinkedHashMap<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (all || pattern.contains("{")) {
					found.computeIfAbsent(pattern, p -> new TreeSet<>())
						.addAll(methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods);
				}
			}
		}
		return found;
	}

	private static String exempt(String pattern) {
		return NOT_TENANT_DATA.entrySet()
			.stream()
			.filter(e -> pattern.equals(e.getKey()) || pattern.startsWith(e.getKey() + "/"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static Area area(String pattern) {
		return AREAS.stream().filter(a -> pattern.startsWith(a.prefix())).findFirst().orElse(null);
	}

	private static List<String> variables(String pattern) {
		List<String> names = new ArrayList<>();
		Matcher m = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}").matcher(pattern);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	private static String fill(String pattern, Area area, Foreign b) {
		String url = pattern;
		for (String variable : variables(pattern)) {
			url = url.replaceFirst("\\{" + Pattern.quote(variable) + "(?::[^}]*)?}",
					String.valueOf(area.variables().get(variable).apply(b)));
		}
		return url;
	}

}
