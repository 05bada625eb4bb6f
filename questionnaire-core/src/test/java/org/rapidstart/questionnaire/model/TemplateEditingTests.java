package org.rapidstart.questionnaire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateEditingTests {

    private final Template template = Template.of("Custom", TemplateType.CUSTOM,
            FunctionalArea.of("AR", QuestionGroup.of("Credit", Question.choice("A", "?"), Question.choice("B", "?"),
                    Question.choice("C", "?")), QuestionGroup.of("Customers")),
            FunctionalArea.of("AP"));

    @Test
    void newTemplatesAndAreasAreUnpublishedAndTargetAx2012R3() {
        assertThat(template.published()).isFalse();
        assertThat(template.targetErpVersion()).isEqualTo("Dynamics AX 2012 R3");
        Template added = template.addFunctionalArea(FunctionalArea.of("GL").withPublished(true));
        assertThat(added.functionalArea("GL").orElseThrow().published()).isFalse();
    }

    @Test
    void questionsMoveUpAndDownWithinTheirGroup() {
        Template t = template.moveQuestionUp("C").moveQuestionUp("C").moveQuestionUp("C");
        assertThat(t.functionalAreas().get(0).groups().get(0).questions()).extracting(Question::shortName)
                .containsExactly("C", "A", "B");
        assertThat(t.moveQuestionDown("A").questions()).extracting(Question::shortName).containsExactly("C", "B", "A");
        assertThat(template.removeQuestion("B").questions()).extracting(Question::shortName).containsExactly("A", "C");
    }

    @Test
    void groupsAndAreasMoveAddAndRemove() {
        Template t = template.moveQuestionGroupUp("AR", "Customers").addQuestionGroup("AP", QuestionGroup.of("Vendors"))
                .moveFunctionalAreaDown("AR");
        assertThat(t.functionalAreas()).extracting(FunctionalArea::name).containsExactly("AP", "AR");
        assertThat(t.functionalArea("AR").orElseThrow().groups()).extracting(QuestionGroup::name)
                .containsExactly("Customers", "Credit");
        assertThat(t.removeQuestionGroup("AR", "Credit").questions()).isEmpty();
        assertThat(t.removeFunctionalArea("AP").functionalAreas()).hasSize(1);
    }

    @Test
    void addingAndReplacingKeepShortNamesUnique() {
        assertThatThrownBy(() -> template.addQuestion("AR", "Customers", Question.choice("a", "?")))
                .isInstanceOf(TemplateEditException.class)
                .isInstanceOf(ShortNameTakenException.class)
                .hasMessage("The short name 'a' is already used by another question in this template.");
        assertThatThrownBy(() -> template.replaceQuestion("A", Question.choice("B", "?")))
                .isInstanceOf(TemplateEditException.class)
                .isInstanceOf(ShortNameTakenException.class);
        Template t = template.replaceQuestion("A", Question.choice("A", "Really?").asRequired());
        assertThat(t.question("A").orElseThrow().required()).isTrue();
        assertThatThrownBy(() -> template.addQuestion("AR", "Nope", Question.choice("D", "?")))
                .hasMessage("The functional area 'AR' has no question group 'Nope'.")
                .isNotInstanceOf(ShortNameTakenException.class);
    }

    @Test
    void publishedContentCannotBeEdited() {
        Template areaPublished = template.withAreaPublished("AR", true);
        assertThatThrownBy(() -> areaPublished.removeQuestion("A")).isInstanceOf(TemplateEditException.class)
                .hasMessage("The functional area 'AR' is published. Unpublish it before editing.");
        assertThat(areaPublished.addQuestionGroup("AP", QuestionGroup.of("Vendors")).functionalAreas()).hasSize(2);
        assertThatThrownBy(() -> template.withPublished(true).withName("Renamed"))
                .hasMessage("The template 'Custom' is published. Unpublish it before editing.");
    }

    @Test
    void questionTypesRequireTheirSettings() {
        assertThatThrownBy(() -> new Question("Q", "?", "", QuestionType.TABLE, false, false, null, null, null, null,
                java.util.List.of(), null, null, null, null, null))
                .hasMessage("Question 'Q': a table question needs its target table and columns.");
        Question q = Question.field("Q", "?", "CustParameters", "CreditMaxCheck");
        assertThat(q.control()).isEqualTo(Control.TEXT_BOX);
        assertThat(Question.choice("N", "?", "Small", "Large").control()).isEqualTo(Control.LIST);
        assertThat(Question.classOperation("C", "?", "CreateNumberSequences",
                ClassParameter.fixed("Company", "CEU")).isAnswerable()).isFalse();
        assertThat(q.hiddenWithFixedValue("No").isVisible()).isFalse();
    }
}
