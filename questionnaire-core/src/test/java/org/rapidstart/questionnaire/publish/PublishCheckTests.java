package org.rapidstart.questionnaire.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapidstart.questionnaire.metadata.FieldMeta;
import org.rapidstart.questionnaire.metadata.FieldType;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.metadata.Relation;
import org.rapidstart.questionnaire.metadata.Scope;
import org.rapidstart.questionnaire.metadata.TableMeta;
import org.rapidstart.questionnaire.model.ClassParameter;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.Control;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Lookup;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateEditException;
import org.rapidstart.questionnaire.model.TemplateType;
import org.rapidstart.questionnaire.model.Validation;

class PublishCheckTests {

    private final MetadataCatalogue ax = MetadataCatalogue.ax2012();
    private final PublishCheck check = new PublishCheck(ax);
    private final Question groups = Question.table("CustomerGroups", "Groups?", "CustGroup",
            Column.of("CustGroup", "Customer group"), Column.of("Name", "Description"));

    /** A template whose one area is published, holding the given questions. */
    private static Template with(Question... questions) {
        return Template.of("T", TemplateType.CUSTOM,
                FunctionalArea.of("Area", new QuestionGroup("Group", "", List.of(questions))).withPublished(true));
    }

    private List<String> problems(Template t) {
        return check.check(t).stream().map(PublishProblem::message).toList();
    }

    @Test
    void aValidTemplatePublishes() {
        assertThat(check.check(with(groups))).isEmpty();
        Template published = new Publisher(ax).publish(with(groups));
        assertThat(published.published()).isTrue();
    }

    @Test
    void needsAPublishedAreaWithAGroupWithAQuestion() {
        Template unpublishedArea = Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("Area", QuestionGroup.of("G", groups)));
        assertThat(problems(unpublishedArea)).containsExactly("Publish at least one functional area with at least one"
                + " question group with at least one question first.");
        Template emptyGroup = Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("Area", QuestionGroup.of("G"))
                .withPublished(true));
        assertThat(problems(emptyGroup)).containsExactly("The question group 'G' has no questions; add at least one.");
        Template noGroup = Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("Area").withPublished(true));
        assertThat(problems(noGroup)).singleElement().asString().contains("has no question group");
        assertThatThrownBy(() -> new Publisher(ax).publish(unpublishedArea)).isInstanceOf(PublishException.class)
                .hasMessageStartingWith("The template 'T' cannot be published:");
    }

    @Test
    void baseInformationMustBeFirst() {
        Template t = Template.of("T", TemplateType.CUSTOM,
                FunctionalArea.of("AR", QuestionGroup.of("G", groups)).withPublished(true),
                FunctionalArea.baseInformation("Base information",
                        QuestionGroup.of("G", Question.field("Name", "?", "CompanyInfo", "Name"),
                                Question.field("Code", "?", "CompanyInfo", "DataArea"))).withPublished(true));
        assertThat(problems(t)).containsExactly("The Base information area 'Base information' must be the first"
                + " functional area, because it is answered before any other.");
        assertThat(problems(t.moveFunctionalAreaUp("Base information"))).isEmpty();
    }

    @Test
    void shortNamesFollowTheRules() {
        Question q = Question.choice("x", "?");
        assertThat(problems(with(q.withShortName("A".repeat(41)))))
                .containsExactly("The short name '" + "A".repeat(41) + "' is 41 characters long; the maximum is 40.");
        assertThat(check.check(with(q.withShortName("A".repeat(40))))).isEmpty();
        for (String bad : List.of("Cust/Group", "Cust|Group", "Cust,Group", "Cust.Group")) {
            assertThat(problems(with(q.withShortName(bad)))).as(bad).singleElement().asString()
                    .contains("The short name '" + bad + "' contains").contains("cannot contain / | , or .");
        }
        assertThat(problems(with(q.withShortName(" ")))).singleElement().asString().contains("has no short name");
        assertThat(check.check(with(q.withShortName("Credit"), q.withShortName("CREDIT"))))
                .singleElement().satisfies(p -> {
                    assertThat(p.where()).isEqualTo("Area › Group › CREDIT");
                    assertThat(p.message()).isEqualTo("The short name 'credit' is used by 2 questions (Area › Group ›"
                            + " Credit; Area › Group › CREDIT); short names must be unique in the template, ignoring"
                            + " letter case.");
                });
    }

    @Test
    void theShortNameProblemsOfOneQuestionAreWhatPublishingSaysAboutItsShortName() {
        Question q = Question.choice("x", "?");
        Template twice = with(q.withShortName("Credit"), q.withShortName("CREDIT"), q.withShortName("Other"));
        assertThat(PublishCheck.shortNameProblems(twice, "credit")).containsExactly(check.check(twice).stream()
                .filter(p -> p.where().equals("Area › Group › CREDIT")).map(PublishProblem::message).toArray(String[]::new))
                .singleElement().asString().contains("is used by 2 questions");
        assertThat(PublishCheck.shortNameProblems(twice, "Other")).isEmpty();
        Template bad = with(q.withShortName("A.".repeat(21)));
        assertThat(PublishCheck.shortNameProblems(bad, "A.".repeat(21))).containsExactlyElementsOf(problems(bad))
                .hasSize(2);
        assertThat(PublishCheck.shortNameProblems(with(q), " ")).singleElement().asString()
                .contains("has no short name");
    }

    @Test
    void targetsMustExistInTheCatalogue() {
        assertThat(problems(with(Question.field("Q", "?", "CustTabel", "Name"))))
                .containsExactly("The table 'CustTabel' is not in the metadata catalogue.");
        assertThat(problems(with(Question.field("Q", "?", "CustParameters", "CreditLimit"))))
                .containsExactly("The field 'CustParameters.CreditLimit' is not in the metadata catalogue.");
        assertThat(problems(with(Question.table("Q", "?", "CustGroup", Column.of("CustGroup", "G"),
                Column.of("Colour", "Colour"))))).containsExactly("The field 'CustGroup.Colour' is not in the metadata catalogue.");
        assertThat(problems(with(Question.classOperation("Q", "?", "CreateWorld"))))
                .containsExactly("The class operation 'CreateWorld' is not in the metadata catalogue.");
        assertThat(problems(with(Question.classOperation("Q", "?", "CreateNumberSequences",
                ClassParameter.answered("Suffix", "Suffix"))))).containsExactly(
                "The operation 'CreateNumberSequences' has no parameter 'Suffix'.",
                "The mandatory parameter 'Company' of 'CreateNumberSequences' gets no value; answer it, fix it or"
                        + " take it from a question.");
    }

    @Test
    void mandatoryFieldsOfTargetTablesMustGetAValue() {
        assertThat(problems(with(Question.table("Q", "?", "CustTable", Column.of("AccountNum", "Account"),
                Column.of("Name", "Name"))))).containsExactly(
                "The mandatory field 'CustTable.CustGroup' has no column, so no record could be loaded.");
        assertThat(problems(with(Question.field("Q", "?", "Ledger", "Name")))).containsExactly(
                "The mandatory field 'Ledger.ChartOfAccounts' is not set by any question, so the Ledger record could"
                        + " not be loaded.",
                "The mandatory field 'Ledger.FiscalCalendar' is not set by any question, so the Ledger record could"
                        + " not be loaded.",
                "The mandatory field 'Ledger.AccountingCurrency' is not set by any question, so the Ledger record"
                        + " could not be loaded.");
        // the parameter key is automatic
        assertThat(check.check(with(Question.field("Q", "?", "CustParameters", "CreditMaxCheck")))).isEmpty();
        assertThat(problems(with(Question.field("A", "?", "CustParameters", "CreditMaxCheck"),
                Question.field("B", "?", "CustParameters", "CreditMaxCheck")))).containsExactly(
                "The field 'CustParameters.CreditMaxCheck' is already set by the question 'A'.");
    }

    @Test
    void lookupsMustResolve() {
        Question field = Question.field("Q", "?", "CustParameters", "PaymTermId");
        assertThat(problems(with(field.withLookup(Lookup.table("PaymTerms")))))
                .containsExactly("The lookup table 'PaymTerms' is not in the metadata catalogue.");
        assertThat(problems(with(field.withLookup(Lookup.table("PaymTerm", "Days")))))
                .containsExactly("The lookup field 'PaymTerm.Days' is not in the metadata catalogue.");
        assertThat(check.check(with(field.withLookup(Lookup.table("PaymTerm"))))).isEmpty();
        assertThat(problems(with(field.withLookup(Lookup.question("Terms")))))
                .containsExactly("The lookup takes its values from 'Terms', which is not a question of this template.");
        assertThat(problems(with(groups, field.withLookup(Lookup.question("CustomerGroups", "PaymTermId")))))
                .containsExactly("The lookup takes its values from the column 'PaymTermId' of 'CustomerGroups', which"
                        + " has no such column.");
        assertThat(check.check(with(groups, field.withLookup(Lookup.question("CustomerGroups", "CustGroup"))))).isEmpty();
        assertThat(problems(with(field.withLookup(Lookup.enumValues()))))
                .containsExactly("The question has an enum lookup but its field is not an enum.");
    }

    @Test
    void dependenciesMustPointAtAnExistingSingleAnswerWithoutACycle() {
        Question child = Question.field("Q", "?", "CustParameters", "CreditMaxCheck");
        assertThat(problems(with(child.dependingOn("Missing", "Yes"))))
                .containsExactly("The question depends on 'Missing', which is not a question of this template.");
        assertThat(problems(with(groups, child.dependingOn("CustomerGroups", "Yes")))).containsExactly(
                "The question depends on 'CustomerGroups', which is not a Field or Non-actionable question, so it"
                        + " has no single answer.");
        assertThat(problems(with(Question.choice("Check", "?"), child.dependingOn("Check", "Maybe"))))
                .containsExactly("The dependency on 'Check' waits for 'Maybe', which is not one of its choices: Yes, No.");
        assertThat(problems(with(Question.choice("A", "?").dependingOn("B", "Yes"),
                Question.choice("B", "?").dependingOn("A", "Yes")))).singleElement().asString()
                .contains("depend on each other in a cycle");
        assertThat(problems(with(child.dependingOn("Q", "Yes")))).contains("The question cannot depend on itself.");
        // a hidden question that copies the one depending on it: neither could ever be shown
        assertThat(problems(with(Question.choice("Asked", "?").dependingOn("Copy", "Yes"),
                Question.field("Copy", "?", "CustParameters", "CheckCreditLimitOnOrder").hiddenWithValueFrom("Asked"))))
                .singleElement().asString().contains("depend on each other in a cycle");
    }

    @Test
    void hiddenValuesPatternsAndRangesMustBeValid() {
        assertThat(problems(with(Question.field("Q", "?", "CustParameters", "CreditMaxCheck")
                .hiddenWithFixedValue("Sometimes")))).containsExactly(
                "The fixed value 'Sometimes' is not valid; choose one of: No, Balance, BalanceAll.");
        assertThat(problems(with(Question.field("Q", "?", "CustParameters", "CreditMaxCheck").asRequired()
                .hiddenWithValueFrom("Nowhere")))).containsExactly(
                "The value comes from 'Nowhere', which is not a question of this template.");
        assertThat(problems(with(Question.field("Q", "?", "CustParameters", "PaymTermId")
                .withValidation(Validation.pattern("[A-Z"))))).singleElement().asString()
                .startsWith("The pattern '[A-Z' is not a valid regular expression");
        assertThat(problems(with(Question.field("Q", "?", "CustParameters", "PaymTermId")
                .withValidation(Validation.range("one", null))))).containsExactly("The range bound 'one' is not a number.");
        // bounds the validator could not read would leave the range unchecked: refused like any other
        assertThat(problems(with(Question.field("Q", "?", "PaymTerm", "NumOfDays")
                .withValidation(Validation.range("1e3", null))))).contains("The range bound '1e3' is not a number.");
        assertThat(problems(with(Question.classOperation("Q", "?", "CreateFiscalCalendar",
                ClassParameter.fixed("CalendarId", "C"), ClassParameter.fixed("PeriodUnit", "Month"),
                ClassParameter.fixed("PeriodQuantity", "1"), ClassParameter.fixed("NumberOfYears", "1"),
                new ClassParameter("StartDate", "Start", null, null, Validation.range("+12027-01-01", null), null)))))
                .containsExactly("The range bound '+12027-01-01' is not a date (yyyy-MM-dd).");
        assertThat(problems(with(Question.field("Q", "?", "CustParameters", "PaymTermId").withControl(Control.LIST))))
                .containsExactly("A list needs options, a lookup, or an enum field.");
        assertThat(problems(with(Question.table("Q", "?", "CustGroup", Column.of("CustGroup", "G"),
                new Column("Name", "Name", false, true, null, null, null, null))))).containsExactly(
                "A hidden column needs a fixed value or a question to take its value from.");
    }

    @Test
    void tableReferencesMustNotFormACycle() {
        MetadataCatalogue cyclic = new MetadataCatalogue("test", List.of(), List.of(
                new TableMeta("Parent", Scope.COMPANY, List.of(new FieldMeta("Id", FieldType.string(10), true, true, null),
                        new FieldMeta("Child", FieldType.string(10), false, false, new Relation("Child", "Id")))),
                new TableMeta("Child", Scope.COMPANY, List.of(new FieldMeta("Id", FieldType.string(10), true, true, null),
                        new FieldMeta("Parent", FieldType.string(10), false, false, new Relation("Parent", "Id"))))),
                List.of());
        Template t = with(Question.table("Parents", "?", "Parent", Column.of("Id", "Id"), Column.of("Child", "Child")),
                Question.table("Children", "?", "Child", Column.of("Id", "Id"), Column.of("Parent", "Parent")));
        assertThat(new PublishCheck(cyclic).check(t)).extracting(PublishProblem::message).containsExactly(
                "The tables of this template refer to each other in a cycle: Parent -> Child -> Parent. No load order"
                        + " exists.");
    }

    @Test
    void areasPublishOneByOneAndUnpublishingMakesTheTemplateEditable() {
        Publisher publisher = new Publisher(ax);
        Template draft = Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("AR", QuestionGroup.of("G", groups)),
                FunctionalArea.of("Empty"));
        assertThat(draft.functionalAreas()).noneMatch(FunctionalArea::published);
        assertThatThrownBy(() -> publisher.publishFunctionalArea(draft, "Empty")).isInstanceOf(PublishException.class)
                .hasMessageContaining("has no question group");
        Template published = publisher.publish(publisher.publishFunctionalArea(draft, "AR"));
        assertThat(published.published()).isTrue();
        assertThatThrownBy(() -> published.addQuestion("AR", "G", Question.choice("New", "?")))
                .isInstanceOf(TemplateEditException.class)
                .hasMessage("The template 'T' is published. Unpublish it before editing.");
        assertThatThrownBy(() -> publisher.unpublishFunctionalArea(published, "AR"))
                .isInstanceOf(TemplateEditException.class);
        Template editable = publisher.unpublishFunctionalArea(publisher.unpublish(published), "AR");
        assertThat(editable.addQuestion("AR", "G", Question.choice("New", "?")).questions()).hasSize(2);
    }

    @Test
    void unpublishingListsTheProjectsThatUseTheTemplate() {
        Template t = with(groups).withPublished(true);
        assertThat(Publisher.unpublishWarning(t, List.of())).isEmpty();
        assertThat(Publisher.unpublishWarning(t, List.of("Contoso go-live", "Fabrikam pilot"))).contains(
                "The template 'T' is used by 2 projects: Contoso go-live, Fabrikam pilot. While it is unpublished, no"
                        + " new project can choose it; publish it again when your changes are done.");
    }
}
