package org.rapidstart.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.builtin.Industry;
import org.rapidstart.questionnaire.builtin.IndustryDefaults;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionType;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateType;
import org.rapidstart.questionnaire.progress.Progress;
import org.rapidstart.questionnaire.publish.PublishCheck;
import org.rapidstart.questionnaire.validation.Validator;

class BuiltInTemplatesTests {

    private final MetadataCatalogue catalogue = MetadataCatalogue.ax2012();

    @Test
    void shipsTheBusinessProcessAndModuleTemplates() {
        assertThat(BuiltInTemplates.all()).extracting(Template::name).containsExactly(
                "Order-to-cash", "Procure-to-pay", "General ledger", "Accounts receivable", "Accounts payable");
        assertThat(BuiltInTemplates.get("Order-to-cash").type()).isEqualTo(TemplateType.BUSINESS_PROCESS);
        assertThat(BuiltInTemplates.get("Procure-to-pay").type()).isEqualTo(TemplateType.BUSINESS_PROCESS);
        assertThat(BuiltInTemplates.get("Accounts receivable").type()).isEqualTo(TemplateType.MODULE);
        assertThat(BuiltInTemplates.get("Order-to-cash").functionalAreas()).extracting(FunctionalArea::name)
                .containsExactly("Base information", "General ledger", "Accounts receivable", "Addresses");
        assertThat(BuiltInTemplates.get("Procure-to-pay").functionalAreas()).extracting(FunctionalArea::name)
                .containsExactly("Base information", "General ledger", "Accounts payable", "Addresses");
        assertThat(BuiltInTemplates.all()).allSatisfy(t -> {
            assertThat(t.published()).isTrue();
            assertThat(t.targetErpVersion()).isEqualTo("Dynamics AX 2012 R3");
            assertThat(t.functionalAreas().get(0).baseInformation()).isTrue();
            assertThat(t.functionalAreas()).allMatch(FunctionalArea::published);
        });
    }

    @Test
    void everyBuiltInTemplatePassesThePublishCheck() {
        for (Template t : BuiltInTemplates.all()) {
            assertThat(new PublishCheck(catalogue).check(t)).as(t.name()).isEmpty();
        }
    }

    @Test
    void sharedFunctionalAreasAreIdenticalInEveryTemplate() {
        Map<String, FunctionalArea> first = new HashMap<>();
        for (Template t : BuiltInTemplates.all()) {
            for (FunctionalArea a : t.functionalAreas()) {
                FunctionalArea earlier = first.putIfAbsent(a.name(), a);
                if (earlier != null) {
                    assertThat(a).as(a.name() + " in " + t.name()).isEqualTo(earlier);
                }
            }
        }
        assertThat(first).containsOnlyKeys("Base information", "General ledger", "Accounts receivable",
                "Accounts payable", "Addresses");
    }

    @Test
    void baseInformationAsksForTheOrganizationLedgerAndCurrency() {
        FunctionalArea base = BuiltInTemplates.get("Order-to-cash").functionalAreas().get(0);
        assertThat(base.groups()).extracting(g -> g.name())
                .containsExactly("Organization information", "Ledger", "Currency");
        Template t = BuiltInTemplates.get("Order-to-cash");
        assertThat(t.question("CompanyCode").orElseThrow().field().field()).isEqualTo("DataArea");
        Question fiscal = t.question("FiscalYear").orElseThrow();
        assertThat(fiscal.type()).isEqualTo(QuestionType.CLASS);
        assertThat(fiscal.operation().operation()).isEqualTo("CreateFiscalCalendar");
        assertThat(fiscal.operation().answeredParameters()).extracting(p -> p.name())
                .containsExactly("StartDate", "PeriodUnit", "PeriodQuantity", "NumberOfYears");
        assertThat(t.question("CheckCreditLimit").orElseThrow().text())
                .isEqualTo("Do you want to check the credit limit when a sales order is entered?");
    }

    @Test
    void everyQuestionIsMappedToTheCatalogue() {
        for (Template t : BuiltInTemplates.all()) {
            for (Question q : t.questions()) {
                if (q.field() != null) {
                    assertThat(catalogue.field(q.field().table(), q.field().field())).as(q.shortName()).isPresent();
                }
                if (q.table() != null) {
                    q.table().columns().forEach(c -> assertThat(catalogue.field(q.table().table(), c.field()))
                            .as(q.shortName() + "." + c.field()).isPresent());
                }
                if (q.operation() != null) {
                    assertThat(catalogue.classOperation(q.operation().operation())).isPresent();
                }
                assertThat(q.text()).as(q.shortName()).isNotBlank();
            }
        }
    }

    @Test
    void completeSampleProjectsValidateAndAreComplete() {
        Progress progress = new Progress(catalogue);
        assertThat(new Validator(catalogue).validate(BuiltInTemplates.get("Order-to-cash"), Fixtures.orderToCash()))
                .isEmpty();
        assertThat(progress.of(BuiltInTemplates.get("Order-to-cash"), Fixtures.orderToCash()).complete()).isTrue();
        assertThat(new Validator(catalogue).validate(BuiltInTemplates.get("Procure-to-pay"), Fixtures.procureToPay()))
                .isEmpty();
        assertThat(progress.of(BuiltInTemplates.get("Procure-to-pay"), Fixtures.procureToPay()).complete()).isTrue();
    }

    @Test
    void industryDefaultsValidateForEveryIndustry() {
        for (Industry industry : Industry.values()) {
            // the organisation's own facts (Base information, its countries/regions) come from the project
            var answers = IndustryDefaults.answersFor(industry).overriddenBy(Fixtures.baseInformation())
                    .withRows("CountriesRegions", List.of(Fixtures.row("CountryRegionId", "US", "ShortName", "USA")));
            for (String name : List.of("Order-to-cash", "Procure-to-pay")) {
                assertThat(new Validator(catalogue).validate(BuiltInTemplates.get(name), answers))
                        .as(industry + " " + name).isEmpty();
            }
            assertThat(answers.rows("PaymentTerms")).isPresent();
            assertThat(answers.rows("CustomerGroups")).isPresent();
            assertThat(answers.rows("VendorGroups")).isPresent();
            assertThat(answers.rows("MainAccounts").orElseThrow().count()).isGreaterThan(15);
        }
    }
}
