package org.rapidstart.questionnaire.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapidstart.questionnaire.Fixtures;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.validation.Lookups;

class AnswersTests {

    @Test
    void namesAreCaseInsensitiveAndBlankAnswersRemove() {
        Answers a = Answers.empty().with("CompanyName", "Contoso").withParameter("FiscalYear", "StartDate", "2027-01-01");
        assertThat(a.value("companyname")).contains("Contoso");
        assertThat(a.with("COMPANYNAME", " ").value("CompanyName")).isEmpty();
        assertThat(a.parameters("fiscalyear")).containsEntry("startdate", "2027-01-01");
        assertThat(a.withParameter("FISCALYEAR", "PeriodUnit", "Month").parameters("FiscalYear")).hasSize(2);
    }

    @Test
    void roundTripsThroughJson() {
        Answers a = Fixtures.orderToCash();
        String json = a.toJson();
        assertThat(json).contains("\"format\" : \"rapidstart-answers\"");
        assertThat(Answers.fromJson(json)).isEqualTo(a);
        assertThatThrownBy(() -> Answers.fromJson("{\"format\":\"rapidstart-answers\",\"version\":9}"))
                .hasMessageContaining("format version 9");
    }

    @Test
    void rowsAreCopiedSoLaterChangesDoNotLeakIn() {
        java.util.HashMap<String, String> row = new java.util.HashMap<>(Map.of("CustGroup", "RETAIL"));
        Answers a = Answers.empty().withRows("CustomerGroups", List.of(row));
        row.put("CustGroup", "CHANGED");
        assertThat(a.rows("CustomerGroups").orElseThrow().toList()).containsExactly(Map.of("CustGroup", "RETAIL"));
    }

    @Test
    void answersThatShareTheirRowsAreComparedWithoutReadingThem() {
        // a table of a million postal codes: answers that differ only in a value are compared without it
        RowSource large = action -> {
            throw new AssertionError("the rows were read");
        };
        Answers a = Answers.empty().with("CompanyName", "Contoso").withRows("ZipCodes", large);
        assertThat(a.with("CompanyName", "Contoso")).isEqualTo(a);
        assertThat(a.with("CompanyName", "Fabrikam")).isNotEqualTo(a);
        assertThat(a.withParameter("FiscalYear", "StartDate", "2027-01-01")).isNotEqualTo(a);
        assertThat(Answers.empty().withRows("ZipCodes", List.of(Map.of("ZipCode", "98052"))))
                .isEqualTo(Answers.empty().withRows("ZipCodes", List.of(Map.of("ZipCode", "98052"))))
                .isNotEqualTo(Answers.empty().withRows("ZipCodes", List.of(Map.of("ZipCode", "98053"))));
    }

    @Test
    void listControlsOfferOptionsLookupValuesOrEnumValues() {
        Template o2c = BuiltInTemplates.get("Order-to-cash");
        Lookups lookups = new Lookups(MetadataCatalogue.ax2012(), o2c, Fixtures.orderToCash());
        assertThat(lookups.choicesFor(o2c.question("CheckCreditLimit").orElseThrow())).containsExactly("Yes", "No");
        assertThat(lookups.choicesFor(o2c.question("AccountingCurrency").orElseThrow())).containsExactly("USD", "EUR");
        assertThat(lookups.choicesFor(o2c.question("ExchangeRateType").orElseThrow())).containsExactly("Default", "Budget");
        var customers = o2c.question("Customers").orElseThrow();
        assertThat(lookups.choicesFor(customers, customers.table().column("CustGroup").orElseThrow()))
                .containsExactly("WHOLESALE", "RETAIL", "ONLINE");
        assertThat(lookups.choicesFor(o2c.question("CompanyName").orElseThrow())).isEmpty();
    }
}
