package org.rapidstart.questionnaire.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapidstart.questionnaire.Fixtures.row;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapidstart.questionnaire.Fixtures;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateType;
import org.rapidstart.questionnaire.validation.Validator;

class ProgressTests {

    private final Progress progress = new Progress(MetadataCatalogue.ax2012());

    private final Template template = Template.of("T", TemplateType.CUSTOM,
            FunctionalArea.baseInformation("Base information", QuestionGroup.of("Organization information",
                    Question.field("Name", "Name?", "CompanyInfo", "Name").asRequired(),
                    Question.field("Code", "Code?", "CompanyInfo", "DataArea").asRequired(),
                    Question.field("RegNum", "Registration number?", "CompanyInfo", "CoRegNum"),
                    Question.field("Hidden", "-", "CompanyInfo", "LanguageId").hiddenWithFixedValue("en-us"))),
            FunctionalArea.of("Accounts receivable",
                    QuestionGroup.of("Customer groups", Question.table("Groups", "Groups?", "CustGroup",
                            Column.of("CustGroup", "Customer group"), Column.of("Name", "Name")).asRequired()),
                    QuestionGroup.of("Credit limit", Question.choice("Check", "Check?").asRequired(),
                            Question.field("Type", "Against?", "CustParameters", "CreditMaxCheck").asRequired()
                                    .dependingOn("Check", "Yes"))));

    @Test
    void countsShownAnswerableQuestionsPerGroupAreaAndProject() {
        ProjectProgress p = progress.of(template, Answers.empty().with("Name", "Contoso").with("Check", "Yes"));
        GroupProgress org = p.group("Base information", "Organization information").orElseThrow();
        // the hidden question is not something to answer
        assertThat(org).isEqualTo(new GroupProgress("Base information", "Organization information", 3, 1, 2, 1, 0));
        assertThat(org.percent()).isEqualTo(33);
        assertThat(org.complete()).isFalse();
        GroupProgress credit = p.group("Accounts receivable", "Credit limit").orElseThrow();
        assertThat(credit.questions()).isEqualTo(2);
        assertThat(credit.answered()).isEqualTo(1);
        assertThat(p.questions()).isEqualTo(6);
        assertThat(p.answered()).isEqualTo(2);
        assertThat(p.percent()).isEqualTo(33);
        assertThat(p.complete()).isFalse();
    }

    @Test
    void dependentQuestionsThatDoNotApplyDoNotCount() {
        GroupProgress credit = progress.of(template, Answers.empty().with("Check", "No"))
                .group("Accounts receivable", "Credit limit").orElseThrow();
        assertThat(credit.questions()).isEqualTo(1);
        assertThat(credit.complete()).isTrue();
        assertThat(credit.percent()).isEqualTo(100);
    }

    @Test
    void otherAreasOpenOnlyWhenBaseInformationIsComplete() {
        Answers partial = Answers.empty().with("Name", "Contoso");
        assertThat(progress.isOpen(template, "Base information", partial)).isTrue();
        assertThat(progress.isOpen(template, "Accounts receivable", partial)).isFalse();
        Answers base = partial.with("Code", "CEU");
        assertThat(progress.isOpen(template, "Accounts receivable", base)).isTrue();
        // an invalid answer keeps Base information incomplete
        assertThat(progress.isOpen(template, "Accounts receivable", base.with("Code", "TOO-LONG"))).isFalse();
    }

    @Test
    void aLookupOfBaseInformationIntoAnotherAreaDoesNotCloseTheAreaWhereItIsPutRight() {
        Template o2c = BuiltInTemplates.get("Order-to-cash");
        // the company is in the US; Addresses (opened by a complete Base information) then lists only Germany
        Answers answers = Fixtures.baseInformation().withRows("CountriesRegions",
                List.of(row("CountryRegionId", "DE", "ShortName", "Germany")));
        ProjectProgress p = progress.of(o2c, answers);
        AreaProgress base = p.functionalArea("Base information").orElseThrow();
        assertThat(base.errors()).as("the company's country/region is not among those answered").isEqualTo(1);
        assertThat(base.complete()).isFalse();
        assertThat(p.errors()).extracting(e -> e.question()).contains("CountryRegion");
        assertThat(p.complete()).isFalse();
        // where the list is put right (or the company's country/region), and everything else, stays open
        assertThat(p.functionalAreas()).allMatch(AreaProgress::open);
        assertThat(progress.isOpen(o2c, "Addresses", answers)).isTrue();

        // a mistake within Base information itself still closes the others
        Answers ownMistake = answers.with("CompanyCurrency", "XXX");
        assertThat(progress.of(o2c, ownMistake).functionalAreas()).filteredOn(a -> !a.baseInformation())
                .noneMatch(AreaProgress::open);
        assertThat(progress.of(o2c, answers.with("CompanyCode", null)).functionalAreas())
                .filteredOn(a -> !a.baseInformation()).noneMatch(AreaProgress::open);
    }

    @Test
    void theAnswersAreValidatedOnceWhileARequiredAnswerOfBaseInformationIsMissing() {
        Template o2c = BuiltInTemplates.get("Order-to-cash");
        int[] reads = {0};
        List<java.util.Map<String, String>> currencies = Fixtures.baseInformation().rows("Currencies").orElseThrow()
                .toList();
        RowSource counted = action -> {
            reads[0]++;
            currencies.forEach(action);
        };
        // the company code is missing, and the company's country/region is not among those answered under Addresses
        Answers answers = Fixtures.baseInformation().with("CompanyCode", null).withRows("Currencies", counted)
                .withRows("CountriesRegions", List.of(row("CountryRegionId", "DE", "ShortName", "Germany")));
        new Validator(MetadataCatalogue.ax2012()).validate(o2c, answers);
        int oneValidation = reads[0];
        assertThat(oneValidation).isPositive();

        reads[0] = 0;
        ProjectProgress p = progress.of(o2c, answers);
        assertThat(p.functionalAreas()).filteredOn(a -> !a.baseInformation()).noneMatch(AreaProgress::open);
        // (and once more to see whether the table is answered)
        assertThat(reads[0]).as("Base information's rows read by one validation, not a second one without the rows"
                + " of other areas").isLessThan(2 * oneValidation);

        // with the code given, only the lookup keeps it incomplete: worked out without the other areas' rows
        reads[0] = 0;
        assertThat(progress.of(o2c, answers.with("CompanyCode", "CEU")).functionalAreas()).allMatch(AreaProgress::open);
        assertThat(reads[0]).isGreaterThanOrEqualTo(2 * oneValidation);
    }

    @Test
    void completeMeansEveryShownRequiredQuestionAnsweredAndNoErrors() {
        Answers all = Answers.empty().with("Name", "Contoso").with("Code", "CEU").with("Check", "Yes")
                .with("Type", "Balance").withRows("Groups", List.of(row("CustGroup", "RETAIL")));
        assertThat(progress.of(template, all).complete()).isTrue();
        ProjectProgress invalid = progress.of(template, all.with("Type", "Sometimes"));
        assertThat(invalid.complete()).isFalse();
        assertThat(invalid.group("Accounts receivable", "Credit limit").orElseThrow().errors()).isEqualTo(1);
        assertThat(invalid.errors()).hasSize(1);
    }

    @Test
    void builtInOrderToCashProgressesAreaByArea() {
        Template o2c = BuiltInTemplates.get("Order-to-cash");
        ProjectProgress empty = progress.of(o2c, Answers.empty());
        assertThat(empty.functionalAreas()).extracting(AreaProgress::open).containsExactly(true, false, false, false);
        // only the optional number-sequence prefix counts as answered from the start
        assertThat(empty.answered()).isEqualTo(1);
        assertThat(empty.functionalAreas()).as("nothing touched yet").allMatch(a -> a.errors() == 0);
        ProjectProgress base = progress.of(o2c, Fixtures.baseInformation());
        assertThat(base.functionalArea("Base information").orElseThrow().complete()).isTrue();
        assertThat(base.functionalAreas()).allMatch(AreaProgress::open);
        assertThat(progress.of(o2c, Fixtures.orderToCash()).percent()).isEqualTo(100);
    }
}
