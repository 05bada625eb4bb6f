package org.rapidstart.questionnaire.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateType;

class VisibilityTests {

    private final Template template = Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("Accounts receivable",
            QuestionGroup.of("Credit limit",
                    Question.choice("CheckCredit", "Do you want to check the credit limit?"),
                    Question.field("CheckType", "Against what?", "CustParameters", "CreditMaxCheck")
                            .dependingOn("CheckCredit", "Yes"),
                    Question.choice("Strictness", "How strict?", "Warn", "Block").dependingOn("CheckType", "BalanceAll"),
                    Question.field("OnOrder", "On order", "CustParameters", "CheckCreditLimitOnOrder")
                            .hiddenWithValueFrom("CheckCredit"),
                    Question.field("Fixed", "Fixed", "CustParameters", "PaymTermId").hiddenWithFixedValue("Net30"),
                    Question.choice("Loop1", "a").dependingOn("Loop2", "Yes"),
                    Question.choice("Loop2", "b").dependingOn("Loop1", "Yes"))));

    @Test
    void questionWithoutDependencyIsShown() {
        Visibility v = Visibility.of(template, Answers.empty());
        assertThat(v.isShown("CheckCredit")).isTrue();
        assertThat(v.isShown("CheckType")).isFalse();
    }

    @Test
    void dependentQuestionAppearsOnlyForTheGivenAnswers() {
        assertThat(Visibility.of(template, Answers.empty().with("CheckCredit", "No")).isShown("CheckType")).isFalse();
        assertThat(Visibility.of(template, Answers.empty().with("CheckCredit", "yes")).isShown("CheckType")).isTrue();
    }

    @Test
    void childOfAHiddenParentIsHiddenWhateverItsParentsStoredAnswer() {
        // CheckType still holds BalanceAll from earlier, but CheckCredit was changed to No
        Answers answers = Answers.empty().with("CheckCredit", "No").with("CheckType", "BalanceAll");
        Visibility v = Visibility.of(template, answers);
        assertThat(v.isShown("CheckType")).isFalse();
        assertThat(v.isShown("Strictness")).isFalse();

        Visibility open = Visibility.of(template, answers.with("CheckCredit", "Yes"));
        assertThat(open.isShown("Strictness")).isTrue();
        assertThat(open.shownQuestions()).extracting(Question::shortName)
                .containsExactly("CheckCredit", "CheckType", "Strictness");
    }

    @Test
    void hiddenQuestionIsNotShownButCarriesItsValue() {
        Visibility v = Visibility.of(template, Answers.empty().with("CheckCredit", "Yes"));
        assertThat(v.isShown("Fixed")).isFalse();
        assertThat(v.isActive("Fixed")).isTrue();
        assertThat(v.effectiveValue("Fixed")).contains("Net30");
        assertThat(v.effectiveValue("OnOrder")).contains("Yes");
        assertThat(v.activeQuestions()).extracting(Question::shortName).contains("OnOrder", "Fixed");
    }

    @Test
    void aHiddenQuestionDoesNotCopyTheLeftOverAnswerOfAQuestionThatNoLongerApplies() {
        Template t = Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("GL", QuestionGroup.of("Ledger",
                Question.choice("UseReporting", "Reporting currency?"),
                Question.field("Reporting", "Which?", "Currency", "CurrencyCode").dependingOn("UseReporting", "Yes"),
                Question.field("Copy", "Copy", "Ledger", "ReportingCurrency").hiddenWithValueFrom("Reporting"),
                Question.table("Accounts", "Accounts", "MainAccount",
                        Column.of("LedgerChartOfAccounts", "Chart").hiddenWithValueFrom("Copy"),
                        Column.of("MainAccountId", "Account")))));
        Answers answers = Answers.empty().with("UseReporting", "Yes").with("Reporting", "EUR");
        Visibility yes = Visibility.of(t, answers);
        assertThat(yes.effectiveValue("Copy")).contains("EUR");
        assertThat(yes.activeValue("Copy")).contains("EUR");

        // Reporting still holds EUR from before, but UseReporting was changed to No
        Visibility no = Visibility.of(t, answers.with("UseReporting", "No"));
        assertThat(no.isActive("Copy")).isTrue();
        assertThat(no.effectiveValue("Copy")).isEmpty();
        assertThat(no.activeValue("Copy")).isEmpty();
        assertThat(no.effectiveRow(t.question("Accounts").orElseThrow().table(), Map.of("MainAccountId", "1100")))
                .isEqualTo(Map.of("MainAccountId", "1100"));
    }

    @Test
    void aDependencyOnAQuestionThatCopiesTheDependentOneIsACycleToo() {
        Template t = Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("A", QuestionGroup.of("G",
                Question.choice("Asked", "?").dependingOn("Copy", "Yes"),
                Question.field("Copy", "Copy", "CustParameters", "CheckCreditLimitOnOrder").hiddenWithValueFrom("Asked"))));
        Visibility v = Visibility.of(t, Answers.empty().with("Asked", "Yes"));
        assertThat(v.isActive("Asked")).isFalse();
        assertThat(v.effectiveValue("Copy")).isEmpty();
        assertThat(Visibility.of(t, Answers.empty().with("Asked", "Yes")).effectiveValue("Copy")).isEmpty();
    }

    @Test
    void dependencyCycleMakesItsQuestionsInactive() {
        Visibility v = Visibility.of(template, Answers.empty().with("Loop1", "Yes").with("Loop2", "Yes"));
        assertThat(v.isActive("Loop1")).isFalse();
        assertThat(v.isActive("Loop2")).isFalse();
    }

    @Test
    void effectiveRowFillsHiddenColumnsAndDropsBlanks() {
        Template t = Template.of("T", TemplateType.CUSTOM, FunctionalArea.of("GL", QuestionGroup.of("CoA",
                Question.field("CoaName", "Name", "LedgerChartOfAccounts", "Name"),
                Question.table("Accounts", "Accounts", "MainAccount",
                        Column.of("LedgerChartOfAccounts", "Chart").hiddenWithValueFrom("CoaName"),
                        Column.of("MainAccountId", "Account"), Column.of("Name", "Name"),
                        Column.of("Type", "Type").hiddenWithFixedValue("Asset")))));
        Visibility v = Visibility.of(t, Answers.empty().with("CoaName", "Shared"));
        assertThat(v.effectiveRow(t.question("Accounts").orElseThrow().table(),
                Map.of("mainaccountid", " 1100 ", "Name", "  ", "Other", "x")))
                .isEqualTo(Map.of("LedgerChartOfAccounts", "Shared", "MainAccountId", "1100", "Type", "Asset"));
        assertThat(List.copyOf(v.effectiveRow(t.question("Accounts").orElseThrow().table(),
                Map.of("MainAccountId", "1")).keySet()))
                .containsExactly("LedgerChartOfAccounts", "MainAccountId", "Type");
    }

    @Test
    void onlyPublishedAreasCountInAPublishedTemplate() {
        Template t = Template.of("T", TemplateType.CUSTOM,
                FunctionalArea.of("A", QuestionGroup.of("G", Question.choice("Q1", "?"))).withPublished(true),
                FunctionalArea.of("B", QuestionGroup.of("G", Question.choice("Q2", "?"))));
        assertThat(Visibility.of(t, Answers.empty()).shownQuestions()).hasSize(2);
        assertThat(Visibility.of(t.withPublished(true), Answers.empty()).shownQuestions())
                .extracting(Question::shortName).containsExactly("Q1");
    }
}
