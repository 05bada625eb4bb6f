package org.rapidstart.customer.design;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.template.AreaProperties;
import org.rapidstart.provisioning.template.DesignedTemplate;
import org.rapidstart.provisioning.template.TemplateDesign;
import org.rapidstart.provisioning.template.TemplateProperties;
import org.rapidstart.questionnaire.model.ClassParameter;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.Control;
import org.rapidstart.questionnaire.model.LookupSource;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionType;
import org.rapidstart.questionnaire.model.TemplateType;
import org.rapidstart.questionnaire.model.Validation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The question editor's form, posted as the page posts it, for every question type: what is saved is what the
 * engine gets; reshaping buttons keep what was typed; the engine's short-name rules come back next to the field.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
class DesignQuestionEditorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CustomerFixtures fixtures;

	@Autowired
	TemplateDesign design;

	CustomerActor admin;

	Cookie session;

	DesignedTemplate template;

	@BeforeEach
	void setUp() throws Exception {
		this.admin = this.fixtures.agreedAdmin(this.fixtures.partner(), "quinn");
		this.session = CustomerFixtures.signIn(this.mvc, this.admin);
		DesignedTemplate t = this.design.create(this.admin,
				new TemplateProperties("Editor", "", TemplateType.MODULE, "Dynamics AX 2012 R2"));
		t = this.design.addFunctionalArea(this.admin, t.id(), t.version(), new AreaProperties("Ledger", "", false));
		t = this.design.addQuestionGroup(this.admin, t.id(), t.version(), "Ledger", "Setup", "");
		this.template = t;
	}

	MockHttpServletRequestBuilder newQuestion(String type, String shortName) {
		DesignedTemplate current = this.design.template(this.admin, this.template.id());
		return post("/rapidstart/design/templates/" + current.id() + "/areas/0/groups/0/questions/new")
			.param("version", String.valueOf(current.version()))
			.param("type", type)
			.param("shortName", shortName)
			.param("text", "Question " + shortName + "?");
	}

	MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.cookie(this.session).with(csrf())).andReturn().getResponse();
	}

	String page(String path) throws Exception {
		return this.mvc.perform(get(path).cookie(this.session)).andReturn().getResponse().getContentAsString();
	}

	Question saved(String shortName) {
		return this.design.template(this.admin, this.template.id()).template().question(shortName).orElseThrow();
	}

	@Test
	void everyQuestionTypeIsSavedAsTheEngineQuestionItDescribes() throws Exception {
		assertThat(send(newQuestion("NON_ACTIONABLE", "Method").param("control", "LIST")
			.param("options", "Simple\nAdvanced")
			.param("required", "true")).getStatus()).isEqualTo(302);
		assertThat(saved("Method").choices()).containsExactly("Simple", "Advanced");
		assertThat(saved("Method").required()).isTrue();

		assertThat(send(newQuestion("FIELD", "Voucher").param("target", "LedgerParameters.CheckVoucherNumber")
			.param("control", "YES_NO")
			.param("description", "Shown as a tooltip")
			.param("dependsOn", "Method")
			.param("dependsOnValues", "Advanced")).getStatus()).isEqualTo(302);
		Question voucher = saved("Voucher");
		assertThat(voucher.field().table()).isEqualTo("LedgerParameters");
		assertThat(voucher.control()).isEqualTo(Control.YES_NO);
		assertThat(voucher.description()).isEqualTo("Shown as a tooltip");
		assertThat(voucher.dependency().values()).containsExactly("Advanced");

		assertThat(send(newQuestion("FIELD", "Terms").param("target", "CustParameters.PaymTermId")
			.param("control", "TEXT_BOX")
			.param("rules.maxLength", "10")
			.param("rules.pattern", "[A-Z0-9]+")
			.param("rules.allowedValues", "Net30\nNet60")
			.param("rules.lookupSource", "TABLE")
			.param("rules.lookupTable", "PaymTerm")).getStatus()).isEqualTo(302);
		Question terms = saved("Terms");
		assertThat(terms.validation()).isEqualTo(new Validation(10, "[A-Z0-9]+", null, null,
				java.util.List.of("Net30", "Net60")));
		assertThat(terms.lookup().source()).isEqualTo(LookupSource.TABLE);
		assertThat(terms.lookup().table()).isEqualTo("PaymTerm");

		assertThat(send(newQuestion("FIELD", "Hidden").param("target", "LedgerParameters.ExchangeRateType")
			.param("control", "LIST")
			.param("visible", "false")
			.param("fixedValue", "Default")).getStatus()).isEqualTo(302);
		assertThat(saved("Hidden").hidden()).isTrue();
		assertThat(saved("Hidden").fixedValue()).isEqualTo("Default");

		assertThat(send(newQuestion("DATA_IMPORT_EXPORT", "ZipCodes").param("table", "LogisticsAddressZipCode")
			.param("columns[0].field", "ZipCode")
			.param("columns[0].label", "ZIP code")
			.param("columns[0].mandatory", "true")
			.param("columns[0].rules.maxLength", "10")
			.param("columns[1].field", "CountryRegionId")
			.param("columns[1].hidden", "true")
			.param("columns[1].fixedValue", "US")
			.param("columns[2].field", "City")
			.param("columns[2].rules.lookupSource", "QUESTION")
			.param("columns[2].rules.lookupQuestion", "Method")).getStatus()).isEqualTo(302);
		Question zip = saved("ZipCodes");
		assertThat(zip.type()).isEqualTo(QuestionType.DATA_IMPORT_EXPORT);
		assertThat(zip.table().columns()).extracting(Column::field).containsExactly("ZipCode", "CountryRegionId", "City");
		assertThat(zip.table().column("CountryRegionId").orElseThrow().fixedValue()).isEqualTo("US");
		assertThat(zip.table().column("ZipCode").orElseThrow().validation().maxLength()).isEqualTo(10);
		assertThat(zip.table().column("City").orElseThrow().lookup().question()).isEqualTo("Method");

		assertThat(send(newQuestion("CLASS", "Calendar").param("operation", "CreateFiscalCalendar")
			.param("parameters[0].name", "CalendarId")
			.param("parameters[0].fixedValue", "FY")
			.param("parameters[1].name", "StartDate")
			.param("parameters[1].label", "First day of the fiscal year")
			.param("parameters[2].name", "Description")
			.param("parameters[2].valueFrom", "Method")).getStatus()).isEqualTo(302);
		Question calendar = saved("Calendar");
		assertThat(calendar.operation().parameters()).extracting(ClassParameter::name)
			.containsExactly("CalendarId", "StartDate", "Description");
		assertThat(calendar.operation().answeredParameters()).extracting(ClassParameter::label)
			.containsExactly("First day of the fiscal year");

		// editing the first question keeps its place and changes it
		DesignedTemplate current = this.design.template(this.admin, this.template.id());
		assertThat(send(post("/rapidstart/design/templates/" + current.id() + "/areas/0/groups/0/questions/0")
			.param("version", String.valueOf(current.version()))
			.param("type", "NON_ACTIONABLE")
			.param("shortName", "CalculationMethod")
			.param("text", "How do you calculate?")
			.param("visible", "true")
			.param("control", "YES_NO")).getStatus()).isEqualTo(302);
		assertThat(this.design.template(this.admin, this.template.id()).template().questions().get(0).shortName())
			.isEqualTo("CalculationMethod");
		// the editor names the enum of an enum target, and what publishing would still report
		String voucherPage = page("/rapidstart/design/templates/" + current.id() + "/areas/0/groups/0/questions/1");
		assertThat(voucherPage).contains("The field takes a value of the enum NoYes: ")
			.contains("depends on &#39;Method&#39;");
		// 'Method' is no question any more, yet the dependency stays chosen: saving the page does not drop it
		assertThat(voucherPage).contains("<option value=\"Method\" selected=\"selected\">Method</option>")
			.contains("<option value=\"CalculationMethod\">CalculationMethod</option>");
	}

	@Test
	void theEnginesShortNameRulesAndMissingTargetsAreShownNextToTheFieldsAndNothingIsSaved() throws Exception {
		String page = send(newQuestion("NON_ACTIONABLE", "Not.allowed").param("control", "YES_NO"))
			.getContentAsString();
		assertThat(page).containsPattern(
				"(?s)is-invalid\"[^>]*id=\"shortName\".*?invalid-feedback\">[^<]*cannot contain / \\| , or \\.");
		page = send(newQuestion("NON_ACTIONABLE", "x".repeat(41)).param("control", "YES_NO")).getContentAsString();
		assertThat(page).contains("the maximum is 40");
		page = send(newQuestion("FIELD", "NoTarget").param("control", "TEXT_BOX")).getContentAsString();
		assertThat(page).contains("Choose the table and field this question sets.");
		page = send(newQuestion("TABLE", "NoTable").param("columns[0].field", "")).getContentAsString();
		assertThat(page).contains("Choose the table this question fills.")
			.contains("Choose the field of this column, or remove the column.");
		page = send(newQuestion("FIELD", "BadLookup").param("target", "CustParameters.PaymTermId")
			.param("rules.lookupSource", "QUESTION")).getContentAsString();
		assertThat(page).contains("Choose the question the lookup takes its values from.");
		// a rule of the engine's model the form does not check itself: the engine's own words, above the form
		page = send(newQuestion("NON_ACTIONABLE", "Crafted").param("control", "YES_NO")
			.param("rules.lookupSource", "TABLE")).getContentAsString();
		assertThat(page).contains("A table lookup needs the table it takes its values from.");
		assertThat(this.design.template(this.admin, this.template.id()).template().questions()).isEmpty();
	}

	@Test
	void aSavedTargetOutsideTheMetadataCatalogueStaysChosenAndIsReported() throws Exception {
		this.design.saveQuestion(this.admin, this.template.id(), this.template.version(), "Ledger", "Setup", null,
				Question.field("Imported", "From another installation?", "LegacyTable", "LegacyField"));
		String page = page("/rapidstart/design/templates/" + this.template.id() + "/areas/0/groups/0/questions/0");
		assertThat(page).contains("<option value=\"LegacyTable.LegacyField\" selected=\"selected\">LegacyTable.LegacyField</option>")
			.contains("is not in the metadata catalogue")
			.contains("<option value=\"CustParameters.CreditMaxCheck\">CustParameters.CreditMaxCheck (");
	}

	@Test
	void reshapingTheFormKeepsWhatWasTypedAndSavesNothing() throws Exception {
		String page = send(newQuestion("TABLE", "Groups").param("action", "apply").param("table", "CustGroup"))
			.getContentAsString();
		assertThat(page).contains("Column 1 field").contains("value=\"Question Groups?\"");
		assertThat(page).doesNotContain("is-invalid");
		page = send(newQuestion("TABLE", "Groups").param("action", "addColumn")
			.param("table", "CustGroup")
			.param("columns[0].field", "CustGroup")
			.param("columns[0].label", "Customer group")).getContentAsString();
		assertThat(page).contains("Column 2 field").contains("value=\"Customer group\"");
		page = send(newQuestion("TABLE", "Groups").param("action", "removeColumn:0")
			.param("table", "CustGroup")
			.param("columns[0].field", "CustGroup")
			.param("columns[1].field", "Name")).getContentAsString();
		assertThat(page).contains("Column 1 field").doesNotContain("Column 2 field");
		page = send(newQuestion("CLASS", "Sequences").param("action", "apply")
			.param("operation", "CreateNumberSequences")).getContentAsString();
		assertThat(page).contains("Parameter 2").doesNotContain("Parameter 3");
		assertThat(this.design.template(this.admin, this.template.id()).template().questions()).isEmpty();
	}

}
