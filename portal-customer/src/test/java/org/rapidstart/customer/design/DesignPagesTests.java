package org.rapidstart.customer.design;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.customer.CustomerFixtures.Partner;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.UserManagement;
import org.rapidstart.provisioning.template.AreaProperties;
import org.rapidstart.provisioning.template.DesignedTemplate;
import org.rapidstart.provisioning.template.TemplateDesign;
import org.rapidstart.provisioning.template.TemplateProperties;
import org.rapidstart.provisioning.template.TemplateSummary;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionType;
import org.rapidstart.questionnaire.model.TemplateType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Design pages through HTTP with real sessions: another tenant's template is "not found" on every design URL,
 * a user without Designer is refused everywhere, a template travels out and back in as a .rapidstart file, and a
 * change made from a stale page is refused naming who changed the template and when.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
class DesignPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CustomerFixtures fixtures;

	@Autowired
	TemplateDesign design;

	@Autowired
	UserManagement management;

	DesignedTemplate sample(CustomerActor actor, String name) {
		DesignedTemplate t = this.design.create(actor, new TemplateProperties(name, "", TemplateType.CUSTOM, null));
		t = this.design.addFunctionalArea(actor, t.id(), t.version(), new AreaProperties("Sales", "", false));
		t = this.design.addQuestionGroup(actor, t.id(), t.version(), "Sales", "Credit", "");
		return this.design
			.saveQuestion(actor, t.id(), t.version(), "Sales", "Credit", null,
					Question.choice("UseCredit", "Do you check credit limits?"))
			.template();
	}

	/** Every design URL that names a stored template (and its first area, group and question). */
	static List<MockHttpServletRequestBuilder> templateUrls(long id, long otherTenant) {
		String t = "/rapidstart/design/templates/" + id;
		String area = t + "/areas/0";
		String group = area + "/groups/0";
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>(List.of(get(t), get(t + "/edit"),
				get(t + "/unpublish"), get(t + "/copy"), get(t + "/export"), get(t + "/delete"), get(area),
				get(area + "/edit"), get(group + "/edit"), get(group + "/questions/new"), get(group + "/questions/0"),
				get("/rapidstart/design/other-tenants/" + otherTenant + "/templates/" + id + "/copy")));
		for (String path : List.of(t + "/publish", t + "/unpublish", t + "/delete", area + "/move", area + "/publish",
				area + "/unpublish", area + "/delete", group + "/move", group + "/delete", group + "/questions/0/move",
				group + "/questions/0/delete")) {
			requests.add(post(path).param("version", "0").param("up", "true"));
		}
		requests.add(post(t + "/edit").param("version", "0").param("name", "Taken").param("type", "CUSTOM"));
		requests.add(post(t + "/copy").param("name", "Taken"));
		requests.add(post(t + "/areas").param("version", "0").param("name", "Taken"));
		requests.add(post(area + "/edit").param("version", "0").param("name", "Taken"));
		requests.add(post(area + "/groups").param("version", "0").param("name", "Taken"));
		requests.add(post(group + "/edit").param("version", "0").param("name", "Taken"));
		requests.add(post(group + "/questions/new").param("version", "0")
			.param("type", "NON_ACTIONABLE")
			.param("shortName", "Taken")
			.param("text", "Taken?"));
		requests.add(post(group + "/questions/0").param("version", "0")
			.param("type", "NON_ACTIONABLE")
			.param("shortName", "Taken")
			.param("text", "Taken?"));
		requests.add(post("/rapidstart/design/other-tenants/" + otherTenant + "/templates/" + id + "/copy")
			.param("name", "Taken"));
		return requests;
	}

	int status(MockHttpServletRequestBuilder request, Cookie session) throws Exception {
		return this.mvc.perform(request.cookie(session).with(csrf())).andReturn().getResponse().getStatus();
	}

	@Test
	void anotherTenantsTemplateIsNotFoundOnEveryDesignUrlAndStaysUnchanged() throws Exception {
		Partner partner = this.fixtures.partner();
		CustomerActor ann = this.fixtures.agreedAdmin(partner, "ann");
		CustomerActor bob = this.fixtures.agreedAdmin(partner, "bob");
		DesignedTemplate bobs = sample(bob, "Bob's template");
		Cookie session = CustomerFixtures.signIn(this.mvc, ann);
		assertThat(status(get("/rapidstart/design"), session)).isEqualTo(200);

		for (MockHttpServletRequestBuilder request : templateUrls(bobs.id(), bob.customerId())) {
			assertThat(status(request, session)).as(request.toString()).isEqualTo(404);
		}
		assertThat(this.design.template(bob, bobs.id()).version()).isEqualTo(bobs.version());
		assertThat(this.design.templates(ann)).extracting(TemplateSummary::name).doesNotContain("Bob's template", "Taken");
		assertThat(this.mvc.perform(get("/rapidstart/design").cookie(session)).andReturn().getResponse()
			.getContentAsString()).doesNotContain("Bob&#39;s template").doesNotContain("Copy from another tenant");
	}

	@Test
	void aUserWithoutDesignerIsRefusedEverywhereEvenWhenTheRoleIsRemovedAfterSignIn() throws Exception {
		Partner partner = this.fixtures.partner();
		CustomerActor admin = this.fixtures.agreedAdmin(partner, "cleo");
		DesignedTemplate template = sample(admin, "Cleo's template");
		CustomerActor configurator = this.fixtures.user(admin, "conf", CustomerRole.CONFIGURATOR, CustomerRole.VIEWER);
		Cookie session = CustomerFixtures.signIn(this.mvc, configurator);

		List<MockHttpServletRequestBuilder> requests = new ArrayList<>(templateUrls(template.id(), admin.customerId()));
		requests.addAll(List.of(get("/rapidstart/design"), get("/rapidstart/design/new"),
				get("/rapidstart/design/import"), get("/rapidstart/design/built-in/Order-to-cash"),
				get("/rapidstart/design/built-in/Order-to-cash/export"), get("/rapidstart/design/other-tenants"),
				post("/rapidstart/design/new").param("name", "Sneaky").param("type", "CUSTOM")));
		for (MockHttpServletRequestBuilder request : requests) {
			assertThat(status(request, session)).as(request.toString()).isEqualTo(403);
		}
		assertThat(this.mvc.perform(get("/").cookie(session)).andReturn().getResponse().getContentAsString())
			.doesNotContain("href=\"/rapidstart/design\"");

		// a Designer signed in, then lost the role: the service refuses on the next request
		CustomerActor designer = this.fixtures.user(admin, "des", CustomerRole.DESIGNER);
		Cookie designerSession = CustomerFixtures.signIn(this.mvc, designer);
		assertThat(status(get("/rapidstart/design/templates/" + template.id()), designerSession)).isEqualTo(200);
		long designerId = this.management.users(admin)
			.stream()
			.filter(u -> u.signInId().equals(designer.signInId()))
			.findFirst()
			.orElseThrow()
			.id();
		this.management.changeRoles(admin, designerId, java.util.Set.of(CustomerRole.CONFIGURATOR));
		assertThat(status(get("/rapidstart/design/templates/" + template.id()), designerSession)).isEqualTo(403);
		assertThat(status(post("/rapidstart/design/templates/" + template.id() + "/areas/0/delete")
			.param("version", String.valueOf(template.version())), designerSession)).isEqualTo(403);
		assertThat(this.design.template(admin, template.id()).template().functionalAreas()).hasSize(1);
	}

	@Test
	void aTemplateIsExportedAndImportedThroughThePagesAndABadFileSavesNothing() throws Exception {
		Partner partner = this.fixtures.partner();
		CustomerActor dora = this.fixtures.agreedAdmin(partner, "dora");
		CustomerActor emil = this.fixtures.agreedAdmin(partner, "emil");
		DesignedTemplate original = sample(dora, "Round trip");

		MvcResult export = this.mvc
			.perform(get("/rapidstart/design/templates/" + original.id() + "/export").cookie(CustomerFixtures.signIn(this.mvc, dora)))
			.andReturn();
		assertThat(export.getResponse().getStatus()).isEqualTo(200);
		assertThat(export.getResponse().getHeader("Content-Disposition")).contains("Round trip.rapidstart");
		byte[] file = export.getResponse().getContentAsByteArray();

		Cookie emilSession = CustomerFixtures.signIn(this.mvc, emil);
		MvcResult imported = this.mvc
			.perform(multipart("/rapidstart/design/import")
				.file(new MockMultipartFile("file", "Round trip.rapidstart", "application/zip", file))
				.param("name", "")
				.cookie(emilSession)
				.with(csrf()))
			.andReturn();
		assertThat(imported.getResponse().getStatus()).isEqualTo(302);
		DesignedTemplate copy = this.design.template(emil,
				Long.parseLong(imported.getResponse().getRedirectedUrl().replaceAll(".*/templates/", "")));
		assertThat(copy.template().functionalAreas()).isEqualTo(original.template().functionalAreas());
		assertThat(copy.template().name()).isEqualTo("Round trip");

		int before = this.design.templates(emil).size();
		MvcResult bad = this.mvc
			.perform(multipart("/rapidstart/design/import")
				.file(new MockMultipartFile("file", "notes.rapidstart", "application/zip", "hello".getBytes()))
				.param("name", "Other")
				.cookie(emilSession)
				.with(csrf()))
			.andReturn();
		assertThat(bad.getResponse().getStatus()).isEqualTo(200);
		assertThat(bad.getResponse().getContentAsString()).contains("The file cannot be imported")
			.contains("not a .rapidstart package");
		assertThat(this.design.templates(emil)).hasSize(before);
	}

	@Test
	void aChangeFromAStalePageIsRefusedNamingWhoChangedTheTemplate() throws Exception {
		Partner partner = this.fixtures.partner();
		CustomerActor admin = this.fixtures.agreedAdmin(partner, "finn");
		CustomerActor designer = this.fixtures.user(admin, "gina", CustomerRole.DESIGNER);
		DesignedTemplate seen = sample(admin, "Shared template");
		this.design.addQuestionGroup(admin, seen.id(), seen.version(), "Sales", "Groups", "");

		Cookie session = CustomerFixtures.signIn(this.mvc, designer);
		String area = "/rapidstart/design/templates/" + seen.id() + "/areas/0";
		MvcResult stale = this.mvc
			.perform(post(area + "/groups").param("version", String.valueOf(seen.version()))
				.param("name", "Mine")
				.cookie(session)
				.with(csrf()))
			.andReturn();
		assertThat(stale.getResponse().getStatus()).isEqualTo(200);
		assertThat(stale.getResponse().getContentAsString()).contains("Your change was not saved")
			.contains(admin.signInId());
		MvcResult staleDelete = this.mvc
			.perform(post(area + "/groups/0/delete").param("version", String.valueOf(seen.version()))
				.cookie(session)
				.with(csrf()))
			.andReturn();
		assertThat(staleDelete.getFlashMap().get("error").toString()).contains(admin.signInId());
		assertThat(this.design.template(admin, seen.id()).template().functionalAreas().get(0).groups())
			.extracting(g -> g.name())
			.containsExactly("Credit", "Groups");
	}

	@Test
	void aDesignerCopiesATemplateFromATenantWhereSheIsViewerAndFromNoOther() throws Exception {
		Partner partner = this.fixtures.partner();
		CustomerActor ivy = this.fixtures.agreedAdmin(partner, "ivy");
		CustomerActor jon = this.fixtures.agreedAdmin(partner, "jon");
		CustomerActor kim = this.fixtures.agreedAdmin(partner, "kim");
		DesignedTemplate jons = sample(jon, "Jon's template");
		DesignedTemplate kims = sample(kim, "Kim's template");
		this.fixtures.join(jon, ivy, CustomerRole.DESIGNER, CustomerRole.VIEWER);
		this.fixtures.join(kim, ivy, CustomerRole.DESIGNER);
		Cookie session = CustomerFixtures.signIn(this.mvc, ivy, ivy.customerId());

		String list = this.mvc.perform(get("/rapidstart/design").cookie(session)).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains("Copy from another tenant");
		String others = this.mvc.perform(get("/rapidstart/design/other-tenants").cookie(session)).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(others).contains("Jon&#39;s template").doesNotContain("Kim&#39;s template");

		String jonsCopy = "/rapidstart/design/other-tenants/" + jon.customerId() + "/templates/" + jons.id() + "/copy";
		assertThat(status(get(jonsCopy), session)).isEqualTo(200);
		MvcResult copied = this.mvc.perform(post(jonsCopy).param("name", "From Jon").cookie(session).with(csrf()))
			.andReturn();
		assertThat(copied.getResponse().getStatus()).isEqualTo(302);
		CustomerActor ivyHere = new CustomerActor(ivy.accountId(), ivy.signInId(), ivy.customerId(), ivy.roles());
		assertThat(this.design.templates(ivyHere)).filteredOn(t -> "From Jon".equals(t.name()))
			.singleElement()
			.satisfies(t -> assertThat(t.published()).isFalse())
			.satisfies(t -> assertThat(t.functionalAreas()).isEqualTo(1));

		String kimsCopy = "/rapidstart/design/other-tenants/" + kim.customerId() + "/templates/" + kims.id() + "/copy";
		assertThat(status(get(kimsCopy), session)).isEqualTo(404);
		assertThat(status(post(kimsCopy).param("name", "From Kim"), session)).isEqualTo(404);
		String mismatched = "/rapidstart/design/other-tenants/" + jon.customerId() + "/templates/" + kims.id() + "/copy";
		assertThat(status(post(mismatched).param("name", "From Kim"), session)).isEqualTo(404);
		assertThat(this.design.templates(ivyHere)).extracting(TemplateSummary::name).doesNotContain("From Kim");

		// one functional area of Jon's template into a template of Ivy's
		DesignedTemplate mine = this.design.create(ivyHere, new TemplateProperties("Mine", "", TemplateType.CUSTOM, null));
		String areas = "/rapidstart/design/other-tenants/" + jon.customerId() + "/templates/" + jons.id() + "/areas";
		assertThat(this.mvc.perform(get(areas).cookie(session)).andReturn().getResponse().getContentAsString())
			.contains("Sales");
		MvcResult areaCopied = this.mvc
			.perform(post(areas + "/0/copy").param("target", String.valueOf(mine.id())).cookie(session).with(csrf()))
			.andReturn();
		assertThat(areaCopied.getResponse().getRedirectedUrl()).isEqualTo("/rapidstart/design/templates/" + mine.id());
		assertThat(this.design.template(ivyHere, mine.id()).template().functionalAreas()).singleElement()
			.satisfies(a -> assertThat(a.name()).isEqualTo("Sales"))
			.satisfies(a -> assertThat(a.published()).isFalse())
			.satisfies(a -> assertThat(a.questions()).hasSize(1));
		MvcResult again = this.mvc
			.perform(post(areas + "/0/copy").param("target", String.valueOf(mine.id())).cookie(session).with(csrf()))
			.andReturn();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(areas);
		assertThat(again.getFlashMap().get("error").toString()).contains("already has a functional area 'Sales'");
		// an area of another name whose short names clash with questions already in the target
		DesignedTemplate clash = this.design.create(ivyHere, new TemplateProperties("Clash", "", TemplateType.CUSTOM,
				null));
		clash = this.design.addFunctionalArea(ivyHere, clash.id(), clash.version(), new AreaProperties("Own", "", false));
		clash = this.design.addQuestionGroup(ivyHere, clash.id(), clash.version(), "Own", "Mine", "");
		clash = this.design.saveQuestion(ivyHere, clash.id(), clash.version(), "Own", "Mine", null,
				Question.choice("usecredit", "Ours?")).template();
		MvcResult clashing = this.mvc
			.perform(post(areas + "/0/copy").param("target", String.valueOf(clash.id())).cookie(session).with(csrf()))
			.andReturn();
		assertThat(clashing.getResponse().getRedirectedUrl()).isEqualTo(areas);
		assertThat(clashing.getFlashMap().get("error").toString())
			.contains("already has questions with these short names of the functional area: UseCredit.");
		long before = clash.version();
		assertThat(this.design.template(ivyHere, clash.id())).satisfies(t -> {
			assertThat(t.version()).as("nothing saved").isEqualTo(before);
			assertThat(t.template().functionalAreas()).extracting(a -> a.name()).containsExactly("Own");
		});
		String kimsAreas = "/rapidstart/design/other-tenants/" + kim.customerId() + "/templates/" + kims.id() + "/areas";
		assertThat(status(get(kimsAreas), session)).isEqualTo(404);
		assertThat(status(post(kimsAreas + "/0/copy").param("target", String.valueOf(mine.id())), session))
			.isEqualTo(404);
		assertThat(status(post(areas + "/0/copy").param("target", String.valueOf(kims.id())), session))
			.as("into another tenant's template").isEqualTo(404);
	}

	@Test
	void theMoveButtonsReorderAreasGroupsAndQuestionsAndTheEndsCannotMoveFurther() throws Exception {
		Partner partner = this.fixtures.partner();
		CustomerActor admin = this.fixtures.agreedAdmin(partner, "mona");
		DesignedTemplate t = sample(admin, "Ordered");
		t = this.design.addFunctionalArea(admin, t.id(), t.version(), new AreaProperties("Purchasing", "", false));
		t = this.design.addQuestionGroup(admin, t.id(), t.version(), "Sales", "Terms", "");
		t = this.design.saveQuestion(admin, t.id(), t.version(), "Sales", "Credit", null,
				Question.choice("UseLimits", "Do you set credit limits?")).template();
		Cookie session = CustomerFixtures.signIn(this.mvc, admin);
		String base = "/rapidstart/design/templates/" + t.id();

		// the first item cannot move up and the last cannot move down: their buttons are disabled
		String templatePage = page(base, session);
		assertThat(templatePage).contains("action=\"" + base + "/areas/0/move\"", "action=\"" + base + "/areas/1/move\"");
		assertThat(disabledMoves(templatePage)).containsExactly("Move up", "Move down");
		String areaPage = page(base + "/areas/0", session);
		assertThat(areaPage).contains("action=\"" + base + "/areas/0/groups/1/move\"",
				"action=\"" + base + "/areas/0/groups/0/questions/1/move\"");
		// groups: first up, last down; questions of Credit: first up, last down; Terms has none
		assertThat(disabledMoves(areaPage)).containsExactly("Move up", "Move up", "Move down", "Move down");

		long id = t.id();
		assertThat(move(admin, id, base + "/areas/0/move", false, session))
			.isEqualTo("The functional area 'Sales' was moved down.");
		assertThat(this.design.template(admin, id).template().functionalAreas()).extracting(a -> a.name())
			.containsExactly("Purchasing", "Sales");
		assertThat(move(admin, id, base + "/areas/1/groups/0/move", false, session))
			.isEqualTo("The question group 'Credit' was moved down.");
		assertThat(move(admin, id, base + "/areas/1/groups/1/questions/1/move", true, session))
			.isEqualTo("The question 'UseLimits' was moved up.");
		assertThat(this.design.template(admin, t.id()).template().functionalArea("Sales").orElseThrow().groups())
			.satisfies(groups -> assertThat(groups).extracting(g -> g.name()).containsExactly("Terms", "Credit"))
			.satisfies(groups -> assertThat(groups.get(1).questions()).extracting(Question::shortName)
				.containsExactly("UseLimits", "UseCredit"));
	}

	String page(String path, Cookie session) throws Exception {
		return this.mvc.perform(get(path).cookie(session)).andReturn().getResponse().getContentAsString();
	}

	/** The labels of the disabled move buttons, in page order. */
	static List<String> disabledMoves(String html) {
		List<String> labels = new ArrayList<>();
		java.util.regex.Matcher button = java.util.regex.Pattern.compile("<button[^>]*>").matcher(html);
		while (button.find()) {
			java.util.regex.Matcher label = java.util.regex.Pattern.compile("aria-label=\"(Move (?:up|down))\"")
				.matcher(button.group());
			if (button.group().matches("(?s).*\\sdisabled(=\"[^\"]*\")?[\\s>].*") && label.find()) {
				labels.add(label.group(1));
			}
		}
		return labels;
	}

	/** Presses a move button as the page does (with the version it shows); returns the flash message. */
	String move(CustomerActor actor, long id, String path, boolean up, Cookie session) throws Exception {
		MvcResult result = this.mvc
			.perform(post(path).param("version", String.valueOf(this.design.template(actor, id).version()))
				.param("up", String.valueOf(up))
				.cookie(session)
				.with(csrf()))
			.andReturn();
		assertThat(result.getFlashMap().get("error")).as("refusal").isNull();
		return String.valueOf(result.getFlashMap().get("message"));
	}

	@Test
	void everyPageOfTheDesignAreaRendersIncludingTheEditorOfEachQuestionType() throws Exception {
		Partner partner = this.fixtures.partner();
		CustomerActor admin = this.fixtures.agreedAdmin(partner, "hana");
		DesignedTemplate t = sample(admin, "Rendered");
		Cookie session = CustomerFixtures.signIn(this.mvc, admin);
		String base = "/rapidstart/design/templates/" + t.id();
		List<String> pages = new ArrayList<>(List.of("/rapidstart/design", "/rapidstart/design/new",
				"/rapidstart/design/import", "/rapidstart/design/other-tenants", base, base + "?unpublished=true",
				base + "/edit", base + "/copy", base + "/unpublish", base + "/delete", base + "/areas/0",
				base + "/areas/0/edit", base + "/areas/0/groups/0/edit", base + "/areas/0/groups/0/questions/0",
				"/rapidstart/design/built-in/Order-to-cash", "/rapidstart/design/built-in/General ledger/copy",
				"/rapidstart/design/built-in/Order-to-cash/areas/0",
				"/rapidstart/design/built-in/Order-to-cash/areas/0/groups/0/questions/0"));
		for (QuestionType type : QuestionType.values()) {
			pages.add(base + "/areas/0/groups/0/questions/new?type=" + type);
		}
		for (String page : pages) {
			MvcResult result = this.mvc.perform(get(page).cookie(session)).andReturn();
			assertThat(result.getResponse().getStatus()).as(page).isEqualTo(200);
		}
		assertThat(this.mvc.perform(get(base + "?unpublished=true").cookie(session)).andReturn().getResponse()
			.getContentAsString()).contains("1 functional area is unpublished: Sales.");
		assertThat(this.mvc.perform(get("/rapidstart/design/built-in/Order-to-cash/export").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).startsWith('P', 'K');
	}

}
