package org.rapidstart.questionnaire.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapidstart.questionnaire.Fixtures.row;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.ClassParameter;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.Control;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Lookup;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateType;
import org.rapidstart.questionnaire.model.Validation;

class ValidatorTests {

    private final Validator validator = new Validator(MetadataCatalogue.ax2012());

    private static Template template(Question... questions) {
        return Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("Area", new QuestionGroup("Customer groups", "",
                List.of(questions))));
    }

    private List<String> messages(Template t, Answers a) {
        return validator.validate(t, a).stream().map(ValidationError::message).toList();
    }

    private final Question name = Question.field("Name", "Company name?", "CompanyInfo", "Name");

    @Test
    void requiredFieldNeedsAnAnswer() {
        Template t = template(name.asRequired());
        assertThat(validator.validate(t, Answers.empty()))
                .containsExactly(new ValidationError("Name", null, null, "An answer is required."));
        assertThat(validator.validate(t, Answers.empty().with("Name", "   "))).hasSize(1);
        assertThat(validator.validate(t, Answers.empty().with("Name", "Contoso"))).isEmpty();
        assertThat(validator.validate(template(name), Answers.empty())).isEmpty();
    }

    @Test
    void stringLengthComesFromTheCatalogueUnlessTheQuestionSetsAShorterOne() {
        Template t = template(Question.field("Code", "Code?", "CompanyInfo", "DataArea"));
        assertThat(messages(t, Answers.empty().with("Code", "ABCDE")))
                .containsExactly("The value is too long: 5 characters, the maximum is 4.");
        Template shorter = template(Question.field("Code", "Code?", "CompanyInfo", "DataArea")
                .withValidation(Validation.maxLength(3)));
        assertThat(messages(shorter, Answers.empty().with("Code", "ABCD")))
                .containsExactly("The value is too long: 4 characters, the maximum is 3.");
        Template longer = template(Question.field("Code", "Code?", "CompanyInfo", "DataArea")
                .withValidation(Validation.maxLength(10)));
        assertThat(messages(longer, Answers.empty().with("Code", "ABCDE"))).hasSize(1);
    }

    @Test
    void wholeNumbersNumbersAndDatesMustParse() {
        Template t = Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("A", QuestionGroup.of("G",
                Question.table("Terms", "Terms?", "PaymTerm", Column.of("PaymTermId", "Terms of payment"),
                        Column.of("PaymMethod", "Counted from"), Column.of("NumOfDays", "Number of days")),
                Question.table("Currencies", "Currencies?", "Currency", Column.of("CurrencyCode", "Code"),
                        Column.of("Txt", "Name"), Column.of("RoundingPrecision", "Rounding")),
                Question.classOperation("Fiscal", "Fiscal year?", "CreateFiscalCalendar",
                        ClassParameter.fixed("CalendarId", "CEU"), ClassParameter.answered("StartDate", "Start"),
                        ClassParameter.answered("PeriodUnit", "Period unit"),
                        ClassParameter.answered("PeriodQuantity", "Quantity"),
                        ClassParameter.answered("NumberOfYears", "Years")))));
        Answers a = Answers.empty()
                .withRows("Terms", List.of(row("PaymTermId", "N30", "PaymMethod", "Net", "NumOfDays", "thirty")))
                .withRows("Currencies", List.of(row("CurrencyCode", "USD", "Txt", "Dollar", "RoundingPrecision", "0,01")))
                .withParameter("Fiscal", "StartDate", "01/01/2027").withParameter("Fiscal", "PeriodUnit", "Month")
                .withParameter("Fiscal", "PeriodQuantity", "1").withParameter("Fiscal", "NumberOfYears", "2");
        assertThat(validator.validate(t, a)).containsExactly(
                new ValidationError("Terms", 1, "NumOfDays", "Number of days 'thirty' is not a whole number."),
                new ValidationError("Currencies", 1, "RoundingPrecision", "Rounding '0,01' is not a number."),
                new ValidationError("Fiscal", null, "StartDate",
                        "Start '01/01/2027' is not a date; enter it as yyyy-MM-dd, e.g. 2027-01-01."));
    }

    @Test
    void numbersTakeOnlyTheFormsTheAosAccepts() {
        Template t = template(Question.table("Terms", "?", "PaymTerm", Column.of("PaymTermId", "Id"),
                Column.of("PaymMethod", "From"), Column.of("NumOfDays", "Days")),
                Question.table("Currencies", "?", "Currency", Column.of("CurrencyCode", "Code"), Column.of("Txt", "Name"),
                        Column.of("RoundingPrecision", "Rounding")));
        Answers a = Answers.empty()
                .withRows("Terms", List.of(row("PaymTermId", "A", "PaymMethod", "Net", "NumOfDays", "3000000000"),
                        row("PaymTermId", "B", "PaymMethod", "Net", "NumOfDays", "-30")))
                .withRows("Currencies", List.of(row("CurrencyCode", "USD", "Txt", "D", "RoundingPrecision", "1e-2"),
                        row("CurrencyCode", "EUR", "Txt", "E", "RoundingPrecision", ".01")));
        assertThat(messages(t, a)).containsExactly("Days '3000000000' is not a whole number.",
                "Rounding '1e-2' is not a number.");
        assertThat(messages(template(name), Answers.empty().with("Name", "\uD83D\uDE00".repeat(60)))).isEmpty();
    }

    @Test
    void enumValuesAreAcceptedInAnyLetterCase() {
        Template t = template(Question.field("Check", "Check?", "CustParameters", "CreditMaxCheck")
                .withControl(Control.LIST).withLookup(Lookup.enumValues()));
        assertThat(messages(t, Answers.empty().with("Check", "balanceall"))).isEmpty();
        assertThat(messages(t, Answers.empty().with("Check", "Always")))
                .containsExactly("The value 'Always' is not valid; choose one of: No, Balance, BalanceAll.");
    }

    @Test
    void patternMustMatchTheWholeValue() {
        Template t = template(Question.field("Code", "Code?", "CompanyInfo", "DataArea")
                .withValidation(Validation.pattern("[A-Z0-9]{3,4}")));
        assertThat(messages(t, Answers.empty().with("Code", "CEU"))).isEmpty();
        assertThat(messages(t, Answers.empty().with("Code", "ce")))
                .containsExactly("The value 'ce' does not have the expected form ([A-Z0-9]{3,4}).");
        // compiled once and reused: the same answer is judged the same way the second time
        assertThat(messages(t, Answers.empty().with("Code", "ce"))).hasSize(1);
        assertThat(messages(t, Answers.empty().with("Code", "CEU"))).isEmpty();
        // a pattern that does not compile is refused at publish; an unpublished template's preview skips it
        Template broken = template(Question.field("Code", "Code?", "CompanyInfo", "DataArea")
                .withValidation(Validation.pattern("[A-Z")));
        assertThat(messages(broken, Answers.empty().with("Code", "ce"))).isEmpty();
        assertThat(messages(broken, Answers.empty().with("Code", "ce"))).isEmpty();
    }

    @Test
    void rangeChecksNumbersAndDates() {
        Template t = Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("A", QuestionGroup.of("G",
                Question.classOperation("Fiscal", "?", "CreateFiscalCalendar",
                        ClassParameter.fixed("CalendarId", "C"),
                        new ClassParameter("StartDate", "Start", null, null, Validation.range("2020-01-01", null), null),
                        ClassParameter.fixed("PeriodUnit", "Month"), ClassParameter.fixed("PeriodQuantity", "1"),
                        new ClassParameter("NumberOfYears", "Years", null, null, Validation.range("1", "10"), null)))));
        Answers ok = Answers.empty().withParameter("Fiscal", "StartDate", "2027-01-01")
                .withParameter("Fiscal", "NumberOfYears", "10");
        assertThat(messages(t, ok)).isEmpty();
        assertThat(messages(t, ok.withParameter("Fiscal", "NumberOfYears", "11")))
                .containsExactly("Years must be at most 10.");
        assertThat(messages(t, ok.withParameter("Fiscal", "NumberOfYears", "0")))
                .containsExactly("Years must be at least 1.");
        assertThat(messages(t, ok.withParameter("Fiscal", "StartDate", "2019-12-31")))
                .containsExactly("Start must be on or after 2020-01-01.");
    }

    @Test
    void allowedValuesAndListOptionsRestrictTheAnswer() {
        Template t = template(Question.field("Check", "?", "CustParameters", "CreditMaxCheck")
                        .withValidation(Validation.allowedValues("Balance", "BalanceAll")),
                Question.field("Lang", "?", "CompanyInfo", "LanguageId").withControl(Control.LIST, "en-us", "de"));
        assertThat(messages(t, Answers.empty().with("Check", "No").with("Lang", "fr"))).containsExactly(
                "The value 'No' is not one of the allowed values: Balance, BalanceAll.",
                "The value 'fr' is not one of the allowed values: en-us, de.");
        assertThat(messages(t, Answers.empty().with("Check", "balance").with("Lang", "DE"))).isEmpty();
    }

    @Test
    void nonActionableAnswerMustBeOneOfItsChoices() {
        Template t = template(Question.choice("Check", "Check credit?").asRequired(),
                Question.choice("Size", "How big?", "Small", "Large"));
        assertThat(messages(t, Answers.empty())).containsExactly("An answer is required.");
        assertThat(messages(t, Answers.empty().with("Check", "Maybe").with("Size", "Huge"))).containsExactly(
                "'Maybe' is not one of the choices: Yes, No.", "'Huge' is not one of the choices: Small, Large.");
    }

    /** Customer groups, and customers whose group is looked up in them. */
    private static Template customersWithGroups() {
        return Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("AR",
                QuestionGroup.of("Customer groups", Question.table("CustomerGroups", "Groups?", "CustGroup",
                        Column.of("CustGroup", "Customer group"), Column.of("Name", "Description"))),
                QuestionGroup.of("Customers", Question.dataImportExport("Customers", "Customers?", "CustTable",
                        Column.of("AccountNum", "Customer account"), Column.of("Name", "Name"),
                        Column.of("CustGroup", "Customer group").withLookup(Lookup.table("CustGroup"))))));
    }

    @Test
    void tableLookupChecksAgainstTheRowsAnsweredElsewhere() {
        Template t = customersWithGroups();
        Answers a = Answers.empty()
                .withRows("CustomerGroups", List.of(row("CustGroup", "RETAIL"), row("CustGroup", "EXPORT")))
                .withRows("Customers", List.of(
                        row("AccountNum", "C1", "Name", "Fabrikam", "CustGroup", "retail"),
                        row("AccountNum", "C2", "Name", "Litware", "CustGroup", "WHOLESALE")));
        assertThat(validator.validate(t, a)).containsExactly(new ValidationError("Customers", 2, "CustGroup",
                "Customer group 'WHOLESALE' is not one of the customer groups answered in 'Customer groups'."));
    }

    /**
     * A memory that keeps the problems of each table question with what they were checked against (the test's
     * stand-in for the caller knowing that the rows are unchanged), and counts the checks it let run.
     */
    private static final class Remembering implements RowErrorsMemory {
        final Map<String, RowErrorsMemory.CheckedAgainst> against = new java.util.HashMap<>();
        final Map<String, List<ValidationError>> errors = new java.util.HashMap<>();
        final List<String> checked = new java.util.ArrayList<>();

        @Override
        public List<ValidationError> rowErrors(String question, CheckedAgainst with,
                                               java.util.function.Supplier<List<ValidationError>> check) {
            if (with.equals(against.get(question))) {
                return errors.get(question);
            }
            checked.add(question);
            List<ValidationError> found = check.get();
            against.put(question, with);
            errors.put(question, found);
            return found;
        }
    }

    @Test
    void rowsAreCheckedAgainWhenWhatTheirLookupsAllowChangesAndOnlyThen() {
        Template t = customersWithGroups();
        Answers a = Answers.empty()
                .withRows("CustomerGroups", List.of(row("CustGroup", "RETAIL")))
                .withRows("Customers", List.of(
                        row("AccountNum", "C1", "Name", "Fabrikam", "CustGroup", "retail"),
                        row("AccountNum", "C2", "Name", "Litware", "CustGroup", "WHOLESALE")));
        Remembering memory = new Remembering();
        List<ValidationError> first = validator.validate(t, a, memory);
        assertThat(first).extracting(ValidationError::row).containsExactly(2);
        assertThat(memory.checked).containsExactly("CustomerGroups", "Customers");

        // a single value changed: nothing the rows are checked against, so no row is checked again
        memory.checked.clear();
        assertThat(validator.validate(t, a.with("Other", "x"), memory)).isEqualTo(first);
        assertThat(memory.checked).isEmpty();

        // another customer group: the customers' lookup allows more, so they are checked again, and pass
        memory.checked.clear();
        Answers more = a.withRows("CustomerGroups", List.of(row("CustGroup", "RETAIL"), row("CustGroup", "WHOLESALE")));
        // (this memory does not know that the groups' own rows changed: the caller's part, by their stamp)
        assertThat(validator.validate(t, more, memory)).isEmpty();
        assertThat(memory.checked).containsExactly("Customers");

        // without a memory every row is checked, with the same result
        assertThat(validator.validate(t, more)).isEmpty();
        assertThat(validator.validate(t, a)).isEqualTo(first);
    }

    @Test
    void tableLookupOnATableNoQuestionAnswersIsLeftToTheAos() {
        Template t = template(Question.field("Terms", "?", "CustParameters", "PaymTermId")
                .withLookup(Lookup.table("PaymTerm")));
        assertThat(messages(t, Answers.empty().with("Terms", "Net30"))).isEmpty();
    }

    @Test
    void questionLookupTakesAnotherQuestionsValueOrColumn() {
        Template t = template(
                Question.field("Currency", "?", "CompanyInfo", "CurrencyCode"),
                Question.field("Accounting", "?", "Ledger", "AccountingCurrency").withLookup(Lookup.question("Currency")),
                Question.table("Currencies", "?", "Currency", Column.of("CurrencyCode", "Code"), Column.of("Txt", "Name")),
                Question.field("Reporting", "?", "Ledger", "ReportingCurrency")
                        .withLookup(Lookup.question("Currencies", "CurrencyCode")));
        Answers a = Answers.empty().with("Currency", "USD").with("Accounting", "EUR").with("Reporting", "GBP")
                .withRows("Currencies", List.of(row("CurrencyCode", "USD", "Txt", "Dollar")));
        assertThat(messages(t, a)).containsExactly(
                "The value 'EUR' is not one of the customer groups answered in 'Customer groups'.",
                "The value 'GBP' is not one of the customer groups answered in 'Customer groups'.");
        assertThat(messages(t, a.with("Accounting", "usd").with("Reporting", "USD"))).isEmpty();
    }

    @Test
    void lookupOnASourceWithNothingAnsweredYetWaits() {
        Template t = template(Question.field("Accounting", "?", "Ledger", "AccountingCurrency")
                        .withLookup(Lookup.table("Currency")),
                Question.table("Currencies", "?", "Currency", Column.of("CurrencyCode", "Code"), Column.of("Txt", "N")));
        assertThat(messages(t, Answers.empty().with("Accounting", "USD"))).isEmpty();
        assertThat(messages(t, Answers.empty().with("Accounting", "USD")
                .withRows("Currencies", List.of(row("CurrencyCode", "EUR", "Txt", "Euro"))))).hasSize(1);
    }

    @Test
    void tableRowsNeedMandatoryCellsAndUniqueKeys() {
        Template t = template(Question.table("Zip", "ZIP codes?", "LogisticsAddressZipCode",
                Column.of("CountryRegionId", "Country/region"), Column.of("ZipCode", "ZIP code"),
                Column.of("City", "City").asMandatory()).asRequired());
        assertThat(messages(t, Answers.empty())).containsExactly("Add at least one row.");
        Answers a = Answers.empty().withRows("Zip", List.of(
                row("CountryRegionId", "US", "ZipCode", "98052", "City", "Redmond"),
                row("CountryRegionId", "US", "City", "Seattle"),
                row("CountryRegionId", "us", "ZipCode", "98052", "City", "Redmond"),
                row("CountryRegionId", "DE", "ZipCode", "98052")));
        assertThat(validator.validate(t, a)).containsExactly(
                new ValidationError("Zip", 2, "ZipCode", "ZIP code must be filled in."),
                new ValidationError("Zip", 3, "ZipCode",
                        "This row repeats Country/region, ZIP code 'us, 98052' of row 1."),
                new ValidationError("Zip", 4, "City", "City must be filled in."));
    }

    @Test
    void classParametersAreCheckedByTheirCatalogueTypes() {
        Template t = template(Question.classOperation("Fiscal", "?", "CreateFiscalCalendar",
                ClassParameter.from("CalendarId", "Code"), ClassParameter.fixed("Description", "Fiscal calendar"),
                ClassParameter.answered("StartDate", "Start"), ClassParameter.answered("PeriodUnit", "Period unit"),
                ClassParameter.answered("PeriodQuantity", "Quantity"),
                ClassParameter.answered("NumberOfYears", "Years")).asRequired(),
                Question.field("Code", "?", "CompanyInfo", "DataArea"));
        assertThat(validator.validate(t, Answers.empty())).containsExactly(
                new ValidationError("Fiscal", null, "CalendarId",
                        "CalendarId takes its value from the question 'Code', which has no answer."),
                new ValidationError("Fiscal", null, "StartDate", "Start must be filled in."),
                new ValidationError("Fiscal", null, "PeriodUnit", "Period unit must be filled in."),
                new ValidationError("Fiscal", null, "PeriodQuantity", "Quantity must be filled in."),
                new ValidationError("Fiscal", null, "NumberOfYears", "Years must be filled in."));
        Answers a = Answers.empty().with("Code", "CEU").withParameter("Fiscal", "StartDate", "2027-01-01")
                .withParameter("Fiscal", "PeriodUnit", "Fortnight").withParameter("Fiscal", "PeriodQuantity", "1")
                .withParameter("Fiscal", "NumberOfYears", "2");
        assertThat(messages(t, a)).containsExactly(
                "Period unit 'Fortnight' is not valid; choose one of: Day, Month, Year.");
    }

    @Test
    void questionsThatDoNotApplyAreNotValidated() {
        Template t = template(Question.choice("Check", "?"),
                Question.field("Type", "?", "CustParameters", "CreditMaxCheck").asRequired().dependingOn("Check", "Yes"));
        assertThat(messages(t, Answers.empty().with("Check", "No"))).isEmpty();
        assertThat(messages(t, Answers.empty().with("Check", "Yes"))).containsExactly("An answer is required.");
    }

    @Test
    void streamedRowsAreReadOnceAndNeverListed() {
        Template t = template(Question.dataImportExport("Zip", "?", "LogisticsAddressZipCode",
                Column.of("CountryRegionId", "Country/region"), Column.of("ZipCode", "ZIP code")));
        AtomicInteger reads = new AtomicInteger();
        RowSource rows = new RowSource() {
            @Override
            public void forEach(java.util.function.Consumer<? super Map<String, String>> action) {
                reads.incrementAndGet();
                for (int i = 0; i < 100_000; i++) {
                    action.accept(Map.of("CountryRegionId", "US", "ZipCode", String.format("%05d", i)));
                }
            }

            @Override
            public boolean isEmpty() {
                return false;
            }

            @Override
            public List<Map<String, String>> toList() {
                throw new AssertionError("a streamed answer must not be listed");
            }
        };
        assertThat(validator.validate(t, Answers.empty().withRows("Zip", rows))).isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aRowCheckerChecksOneRowAtATimeWithTheSameRules() {
        Template t = template(Question.table("Groups", "?", "CustGroup", Column.of("CustGroup", "Customer group"),
                        Column.of("Name", "Description")),
                Question.table("Customers", "?", "CustTable", Column.of("AccountNum", "Account"),
                        Column.of("Name", "Name"), Column.of("CustGroup", "Customer group")
                                .withLookup(Lookup.table("CustGroup"))));
        Answers a = Answers.empty().withRows("Groups", List.of(row("CustGroup", "10", "Name", "Wholesale")));
        RowChecker checker = validator.rowChecker(t, a, "customers");
        assertThat(checker.check(7, row("AccountNum", "C1", "Name", "A", "CustGroup", "10"))).isEmpty();
        assertThat(checker.check(8, row("AccountNum", "C2", "Name", "B", "CustGroup", "99"))).containsExactly(
                new ValidationError("Customers", 8, "CustGroup",
                        "Customer group '99' is not one of the customer groups answered in 'Customer groups'."));
        assertThat(checker.key(row("AccountNum", "c1"))).isEqualTo(checker.key(row("AccountNum", "C1")));
        assertThat(checker.key(row("Name", "x"))).isEmpty();
        assertThat(checker.repeatedKey(9, 7, row("AccountNum", "c1")).message())
                .isEqualTo("This row repeats Account 'c1' of row 7.");
        assertThat(checker.repeatsSavedRow(9, row("AccountNum", "c1")).message())
                .isEqualTo("This row repeats Account 'c1' of a row already saved.");
    }

    @Test
    void rowsAsCellsByColumnAreCheckedAndKeyedAsTheirMaps() {
        Template t = template(Question.table("Groups", "?", "CustGroup", Column.of("CustGroup", "Customer group"),
                        Column.of("Name", "Description")),
                Question.table("Customers", "?", "CustTable", Column.of("AccountNum", "Account"),
                        Column.of("Name", "Name"), Column.of("CustGroup", "Customer group")
                                .withLookup(Lookup.table("CustGroup")),
                        Column.of("Currency", "Currency").hiddenWithFixedValue(" EUR ")));
        Answers a = Answers.empty().withRows("Groups", List.of(row("CustGroup", "10", "Name", "Wholesale")));
        RowChecker checker = validator.rowChecker(t, a, "Customers");
        List<Map<String, String>> rows = List.of(row("AccountNum", "C1", "Name", "A", "CustGroup", "10"),
                row("accountnum", " C2 ", "CustGroup", "99"), row("Name", "\u2003", "CustGroup", "10"),
                row("AccountNum", "c3", "Name", "B", "CustGroup", "10", "Currency", "USD"));
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> raw = rows.get(i);
            String[] cells = checker.cells(raw);
            assertThat(cells).hasSize(4);
            assertThat(checker.check(i + 1, cells)).isEqualTo(checker.check(i + 1, raw));
            StringBuilder key = new StringBuilder("before|");
            assertThat(checker.key(cells, key)).isEqualTo(checker.key(raw).isPresent());
            assertThat(key.toString()).isEqualTo("before|" + checker.key(raw).orElse(""));
        }
        assertThat(checker.cells(rows.get(3))).as("a hidden column is never taken from a file")
                .containsExactly("c3", "B", "10", null);
        assertThat(checker.check(2, checker.cells(rows.get(1)))).extracting(ValidationError::column)
                .containsExactly("Name", "CustGroup");
        StringBuilder key = new StringBuilder();
        checker.key(checker.cells(rows.get(1)), key);
        assertThat(key.toString()).isEqualTo("c2\u001F");
        assertThat(checker.repeatedKey(5, 2, checker.cells(rows.get(1))).message())
                .isEqualTo("This row repeats Account 'C2' of row 2.");
        // a text column's length counts characters as a person does: twenty emoji fit into String(20)
        String emoji = "\uD83D\uDE00".repeat(20);
        assertThat(checker.check(6, checker.cells(row("AccountNum", emoji, "Name", "N", "CustGroup", "10"))))
                .isEmpty();
        assertThat(checker.check(7, checker.cells(row("AccountNum", "A".repeat(21), "Name", "N", "CustGroup", "10"))))
                .extracting(ValidationError::message)
                .containsExactly("Account is too long: 21 characters, the maximum is 20.");
    }
}
