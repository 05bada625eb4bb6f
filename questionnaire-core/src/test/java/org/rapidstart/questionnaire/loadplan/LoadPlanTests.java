package org.rapidstart.questionnaire.loadplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapidstart.questionnaire.Fixtures.row;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapidstart.questionnaire.Fixtures;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.metadata.ClassOperationMeta;
import org.rapidstart.questionnaire.metadata.FieldMeta;
import org.rapidstart.questionnaire.metadata.FieldType;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.metadata.Relation;
import org.rapidstart.questionnaire.metadata.Scope;
import org.rapidstart.questionnaire.metadata.TableMeta;
import org.rapidstart.questionnaire.model.ClassParameter;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateType;
import org.rapidstart.questionnaire.validation.ValidationError;
import org.rapidstart.questionnaire.validation.Validator;

class LoadPlanTests {

    private final MetadataCatalogue ax = MetadataCatalogue.ax2012();
    private final LoadPlanner planner = new LoadPlanner(ax);

    @Test
    void orderToCashLoadsInADeterministicDependencyOrder() {
        LoadPlan plan = planner.plan(BuiltInTemplates.get("Order-to-cash"), Fixtures.orderToCash());
        assertThat(plan.order()).containsExactly("CreateNumberSequences()", "Currency", "LogisticsAddressCountryRegion",
                "LogisticsAddressZipCode", "CreateFiscalCalendar()", "LedgerChartOfAccounts", "MainAccount", "Ledger",
                "PaymTerm", "CustPaymModeTable", "CustGroup", "CustTable", "CustParameters", "LedgerParameters",
                "CompanyInfo");
        assertReferencedBeforeReferencing(plan);
    }

    @Test
    void everyBuiltInTemplateLoadsReferencedTablesFirstAndTheFiscalCalendarBeforeTheLedger() {
        Answers everything = Fixtures.orderToCash().overriddenBy(Fixtures.procureToPay());
        for (Template t : BuiltInTemplates.all()) {
            LoadPlan plan = planner.plan(t, everything);
            assertReferencedBeforeReferencing(plan);
            assertThat(plan.order()).as(t.name()).contains("CreateFiscalCalendar()", "Ledger", "Currency", "CompanyInfo");
            assertThat(plan.order().indexOf("CreateFiscalCalendar()")).as(t.name())
                    .isLessThan(plan.order().indexOf("Ledger"));
        }
    }

    private void assertReferencedBeforeReferencing(LoadPlan plan) {
        List<String> order = plan.order();
        for (LoadStep step : plan.steps()) {
            if (!(step instanceof TableLoad load)) {
                continue;
            }
            for (FieldMeta f : ax.table(load.table()).orElseThrow().fields()) {
                if (f.relation() != null && order.contains(f.relation().table())) {
                    assertThat(order.indexOf(f.relation().table())).as(load.table() + " refers to " + f.relation())
                            .isLessThan(order.indexOf(load.table()));
                }
            }
        }
    }

    @Test
    void fieldQuestionsOnOneTableMakeOneRecordWithHiddenValues() {
        LoadPlan plan = planner.plan(BuiltInTemplates.get("Order-to-cash"), Fixtures.orderToCash());
        assertThat(plan.table("Ledger").orElseThrow().recordList()).containsExactly(Map.of(
                "Name", "CEU ledger", "ChartOfAccounts", "Shared", "FiscalCalendar", "CEU",
                "AccountingCurrency", "USD"));
        TableLoad company = plan.table("CompanyInfo").orElseThrow();
        assertThat(company.scope()).isEqualTo(Scope.COMPANY);
        assertThat(company.method()).isEqualTo(LoadMethod.DOCUMENT_SERVICE);
        assertThat(company.recordList()).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("DataArea", "CEU").containsEntry("CountryRegionId", "US").hasSize(10));
    }

    @Test
    void hiddenQuestionsPushTheirValueAndNonActionableQuestionsPushNothing() {
        Answers yes = Fixtures.orderToCash().with("CheckCreditLimit", "Yes").with("CreditLimitCheckType", "balanceall");
        LoadPlan plan = planner.plan(BuiltInTemplates.get("Order-to-cash"), yes);
        // Key = 0 is the one record per company; the enum value is normalised; the yes/no answer is copied
        assertThat(plan.table("CustParameters").orElseThrow().recordList()).containsExactly(Map.of(
                "Key", "0", "CreditMaxCheck", "BalanceAll", "CheckCreditLimitOnOrder", "Yes", "PaymTermId", "Net30"));

        LoadPlan no = planner.plan(BuiltInTemplates.get("Order-to-cash"), yes.with("CheckCreditLimit", "No"));
        assertThat(no.table("CustParameters").orElseThrow().recordList()).containsExactly(Map.of(
                "Key", "0", "CreditMaxCheck", "No", "CheckCreditLimitOnOrder", "No", "PaymTermId", "Net30"));
        assertThat(no.steps()).noneSatisfy(s -> assertThat(s).isInstanceOfSatisfying(TableLoad.class,
                t -> assertThat(t.questions()).contains("CheckCreditLimit")));
    }

    @Test
    void tableRowsBecomeRecordsWithHiddenColumnsFilled() {
        LoadPlan plan = planner.plan(BuiltInTemplates.get("Order-to-cash"), Fixtures.orderToCash());
        TableLoad accounts = plan.table("MainAccount").orElseThrow();
        assertThat(accounts.scope()).isEqualTo(Scope.SHARED);
        assertThat(accounts.recordList().get(0)).isEqualTo(Map.of(
                "LedgerChartOfAccounts", "Shared", "MainAccountId", "110110", "Name", "Bank account", "Type", "Asset"));
        TableLoad customers = plan.table("CustTable").orElseThrow();
        assertThat(customers.method()).isEqualTo(LoadMethod.DIXF);
        assertThat(customers.recordList()).hasSize(2);
        assertThat(customers.recordList().get(1)).containsEntry("CustGroup", "wholesale").doesNotContainKey("PaymMode");
    }

    @Test
    void classOperationGetsItsParametersFromAnswersFixedValuesAndOtherQuestions() {
        LoadPlan plan = planner.plan(BuiltInTemplates.get("Order-to-cash"), Fixtures.orderToCash());
        assertThat(plan.classCall("CreateFiscalCalendar").orElseThrow().parameters()).isEqualTo(Map.of(
                "CalendarId", "CEU", "Description", "Fiscal calendar", "StartDate", "2027-01-01",
                "PeriodUnit", "Month", "PeriodQuantity", "1", "NumberOfYears", "2"));
        assertThat(plan.classCall("CreateNumberSequences").orElseThrow().parameters())
                .isEqualTo(Map.of("Company", "CEU"));
    }

    @Test
    void anOptionalOperationNobodyAnsweredIsNeitherValidatedNorRun() {
        Question fiscal = Question.classOperation("Fiscal", "?", "CreateFiscalCalendar",
                ClassParameter.fixed("CalendarId", "C"), ClassParameter.answered("StartDate", "Start"),
                ClassParameter.fixed("PeriodUnit", "Month"), ClassParameter.fixed("PeriodQuantity", "1"),
                ClassParameter.fixed("NumberOfYears", "1"));
        Template optional = Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("A", QuestionGroup.of("G", fiscal)));
        Template required = Template.of("T", TemplateType.CUSTOM,
                FunctionalArea.of("A", QuestionGroup.of("G", fiscal.asRequired())));
        Validator validator = new Validator(ax);

        assertThat(planner.plan(optional, Answers.empty()).classCall("CreateFiscalCalendar")).isEmpty();
        assertThat(validator.validate(optional, Answers.empty())).isEmpty();
        // a blank answer is no answer
        Answers blank = Answers.empty().withParameter("Fiscal", "StartDate", " ");
        assertThat(planner.plan(optional, blank).classCall("CreateFiscalCalendar")).isEmpty();
        assertThat(validator.validate(optional, blank)).isEmpty();

        Answers answered = Answers.empty().withParameter("Fiscal", "StartDate", "2027-01-01");
        assertThat(planner.plan(optional, answered).classCall("CreateFiscalCalendar").orElseThrow().parameters())
                .containsEntry("StartDate", "2027-01-01");
        assertThat(validator.validate(optional, answered)).isEmpty();

        // a required operation always runs, so its missing parameters are reported
        assertThat(planner.plan(required, Answers.empty()).classCall("CreateFiscalCalendar")).isPresent();
        assertThat(validator.validate(required, Answers.empty())).extracting(ValidationError::message)
                .containsExactly("Start must be filled in.");
    }

    @Test
    void dependentQuestionsThatDoNotApplyLoadNothing() {
        Answers withReporting = Fixtures.orderToCash().with("ReportingCurrency", "EUR");
        assertThat(planner.plan(BuiltInTemplates.get("Order-to-cash"), withReporting).table("Ledger").orElseThrow()
                .recordList().get(0)).doesNotContainKey("ReportingCurrency");
        assertThat(planner.plan(BuiltInTemplates.get("Order-to-cash"), withReporting.with("UseReportingCurrency", "Yes"))
                .table("Ledger").orElseThrow().recordList().get(0)).containsEntry("ReportingCurrency", "EUR");
    }

    @Test
    void streamedRowsAreMappedLazily() {
        Template t = Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("A", QuestionGroup.of("G",
                Question.dataImportExport("Zip", "?", "LogisticsAddressZipCode", Column.of("CountryRegionId", "C"),
                        Column.of("ZipCode", "Z")))));
        int[] reads = {0};
        RowSource rows = action -> {
            reads[0]++;
            for (int i = 0; i < 50_000; i++) {
                action.accept(Map.of("CountryRegionId", "US", "ZipCode", Integer.toString(i)));
            }
        };
        LoadPlan plan = planner.plan(t, Answers.empty().withRows("Zip", rows));
        assertThat(reads[0]).isZero();
        assertThat(plan.table("LogisticsAddressZipCode").orElseThrow().records().count()).isEqualTo(50_000);
        assertThat(plan.steps()).hasSize(1);
    }

    @Test
    void cycleOfTableReferencesIsAClearError() {
        MetadataCatalogue cyclic = new MetadataCatalogue("test", List.of(), List.of(
                new TableMeta("A", Scope.COMPANY, List.of(new FieldMeta("Id", FieldType.string(10), true, true, null),
                        new FieldMeta("B", FieldType.string(10), false, false, new Relation("B", "Id")))),
                new TableMeta("B", Scope.COMPANY, List.of(new FieldMeta("Id", FieldType.string(10), true, true, null),
                        new FieldMeta("C", FieldType.string(10), false, false, new Relation("C", "Id")))),
                new TableMeta("C", Scope.COMPANY, List.of(new FieldMeta("Id", FieldType.string(10), true, true, null),
                        new FieldMeta("A", FieldType.string(10), false, false, new Relation("A", "Id")))),
                new TableMeta("D", Scope.COMPANY, List.of(new FieldMeta("Id", FieldType.string(10), true, true, null)))),
                List.of());
        assertThatThrownBy(() -> LoadOrder.order(cyclic, List.of("D", "C", "B", "A"), List.of()))
                .isInstanceOfSatisfying(LoadPlanException.class, e -> {
                    assertThat(e.cycle()).containsExactly("A", "B", "C", "A");
                    assertThat(e).hasMessageStartingWith("The tables to load refer to each other in a cycle (A -> B -> C -> A)");
                });
        // without C the chain is fine: referenced first
        assertThat(LoadOrder.order(cyclic, List.of("A", "B", "D"), List.of())).extracting(LoadOrder.Entry::name)
                .containsExactly("B", "A", "D");
    }

    @Test
    void operationRunsBeforeTablesReferringToWhatItCreates() {
        MetadataCatalogue c = new MetadataCatalogue("test", List.of(), List.of(
                new TableMeta("Calendar", Scope.SHARED, List.of(new FieldMeta("Id", FieldType.string(10), true, true, null))),
                new TableMeta("Ledger", Scope.COMPANY, List.of(new FieldMeta("Cal", FieldType.string(10), true, true,
                        new Relation("Calendar", "Id")))),
                new TableMeta("Other", Scope.COMPANY, List.of())),
                List.of(new ClassOperationMeta("MakeCalendar", List.of(), List.of("Calendar")),
                        new ClassOperationMeta("Setup", List.of(), List.of())));
        assertThat(LoadOrder.order(c, List.of("Other", "Ledger"), List.of("MakeCalendar", "Setup")))
                .extracting(Object::toString).containsExactly("Setup()", "MakeCalendar()", "Ledger", "Other");
    }
}
