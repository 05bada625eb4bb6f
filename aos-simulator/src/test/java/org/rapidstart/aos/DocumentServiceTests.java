package org.rapidstart.aos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentServiceTests extends AosApiTest {

	@BeforeEach
	void setUp() {
		this.aos.createCompany("DOC", "Document tests");
		this.aos.documents("DOC", "PaymTerm", List.of(Map.of("PaymTermId", "N30", "PaymMethod", "Net", "NumOfDays", 30)));
	}

	@Test
	void customerWithMissingGroupFailsWithTheAxMessageThenLoadsOnceTheGroupExists() {
		List<Map<String, Object>> customers = List.of(Map.of("AccountNum", "C-1001", "Name", "Fabrikam", "CustGroup", "WHOLE"),
				Map.of("AccountNum", "C-1002", "Name", "Contoso", "CustGroup", "WHOLE"));

		JsonNode first = this.aos.documents("DOC", "CustTable", customers);
		assertThat(statuses(first)).containsExactly("failed", "failed");
		assertThat(first.get("results").get(0).get("messages").get(0).asString())
			.isEqualTo("The value 'WHOLE' in field 'CustGroup' is not found in the related table 'CustGroup'.");

		this.aos.documents("DOC", "CustGroup", List.of(Map.of("CustGroup", "WHOLE", "Name", "Wholesale")));
		JsonNode second = this.aos.documents("DOC", "CustTable", customers);
		assertThat(statuses(second)).containsExactly("created", "created");
		assertThat(second.get("results").get(0).get("recId").asLong()).isPositive();
		assertThat(second.get("counts").get("created").asInt()).isEqualTo(2);
	}

	@Test
	void replayingABatchChangesNothing() {
		List<Map<String, Object>> groups = List.of(Map.of("CustGroup", "R1", "Name", "Retail"),
				Map.of("CustGroup", "R2", "Name", "Retail 2", "PaymTermId", "N30"));
		JsonNode first = this.aos.documents("DOC", "CustGroup", groups);
		JsonNode replay = this.aos.documents("DOC", "CustGroup", groups);

		assertThat(statuses(first)).containsExactly("created", "created");
		assertThat(statuses(replay)).containsExactly("unchanged", "unchanged");
		assertThat(replay.get("results").get(1).get("recId").asLong())
			.isEqualTo(first.get("results").get(1).get("recId").asLong());
	}

	@Test
	void aChangedRecordIsUpdatedAndKeysMatchIgnoringCase() {
		this.aos.documents("DOC", "CustGroup", List.of(Map.of("CustGroup", "UPD", "Name", "Before")));
		JsonNode changed = this.aos.documents("DOC", "CustGroup", List.of(Map.of("CustGroup", "upd", "Name", "After")));

		assertThat(statuses(changed)).containsExactly("updated");
		JsonNode page = this.aos.get("/aos/DOC/documents/CustGroup?CustGroup=UPD").getBody();
		assertThat(page.get("totalElements").asLong()).isEqualTo(1);
		assertThat(page.get("records").get(0).get("Name").asString()).isEqualTo("After");
	}

	@Test
	void mandatoryLengthAndEnumRulesFailOnlyTheBadRecords() {
		JsonNode result = this.aos.documents("DOC", "CustTable",
				List.of(Map.of("AccountNum", "C-2001", "CustGroup", "R9"),
						Map.of("AccountNum", "C-12345678901234567890123", "Name", "Too long", "CustGroup", "R9")));
		assertThat(result.get("results").get(0).get("messages").toString()).contains("Field 'Name' must be filled in.");
		assertThat(result.get("results").get(1).get("messages").toString())
			.contains("The value in field 'AccountNum' is too long: 25 characters, the maximum is 20.");

		JsonNode terms = this.aos.documents("DOC", "PaymTerm",
				List.of(Map.of("PaymTermId", "BAD", "PaymMethod", "Weekly"), Map.of("PaymTermId", "N14", "PaymMethod", "net"),
						Map.of("PaymTermId", "N15", "NumOfDays", "fifteen", "PaymMethod", "Net"),
						Map.of("PaymTermId", "NONE")));
		assertThat(statuses(terms)).containsExactly("failed", "created", "failed", "failed");
		assertThat(terms.get("results").get(0).get("messages").get(0).asString())
			.isEqualTo("'Weekly' is not a valid value for the enum 'NetDayMonth' in field 'PaymMethod'.");
		assertThat(terms.get("results").get(2).get("messages").get(0).asString())
			.isEqualTo("'fifteen' is not a valid integer in field 'NumOfDays'.");
		assertThat(terms.get("results").get(3).get("messages").get(0).asString())
			.isEqualTo("Field 'Payment method' must be filled in.");
		JsonNode stored = this.aos.get("/aos/DOC/documents/PaymTerm?PaymTermId=N14").getBody();
		assertThat(stored.get("records").get(0).get("PaymMethod").asString()).isEqualTo("Net");
	}

	@Test
	void unknownFieldsFailTheRecordWithAnAxMessage() {
		JsonNode result = this.aos.documents("DOC", "CustGroup",
				List.of(Map.of("CustGroup", "X1", "Colour", "blue")));
		assertThat(statuses(result)).containsExactly("failed");
		assertThat(result.get("results").get(0).get("messages").get(0).asString())
			.isEqualTo("Field 'Colour' does not exist in table 'CustGroup'.");
	}

	@Test
	void sharedTablesAreOneForAllCompaniesWhileCompanyTablesAreNot() {
		this.aos.createCompany("DOC2", "Second");
		this.aos.documents("DOC", "Currency", List.of(Map.of("CurrencyCode", "DKK", "Txt", "Danish krone")));
		JsonNode seenFromOther = this.aos.get("/aos/DOC2/documents/Currency?CurrencyCode=DKK").getBody();
		assertThat(seenFromOther.get("totalElements").asLong()).isEqualTo(1);
		assertThat(seenFromOther.get("records").get(0).has("DataAreaId")).isFalse();

		// PaymTerm N30 exists in DOC only, so a group in DOC2 cannot use it
		JsonNode group = this.aos.documents("DOC2", "CustGroup", List.of(Map.of("CustGroup", "G", "PaymTermId", "N30")));
		assertThat(group.get("results").get(0).get("messages").get(0).asString())
			.isEqualTo("The value 'N30' in field 'PaymTermId' is not found in the related table 'PaymTerm'.");
		JsonNode currencyFromDoc2 = this.aos.documents("DOC2", "CustGroup", List.of(Map.of("CustGroup", "G")));
		assertThat(statuses(currencyFromDoc2)).containsExactly("created");
	}

	@Test
	void fiscalPeriodsRelateToTheYearOfTheirOwnCalendar() {
		this.aos.documents("DOC", "FiscalCalendar", List.of(Map.of("CalendarId", "FC-A"), Map.of("CalendarId", "FC-B")));
		this.aos.documents("DOC", "FiscalCalendarYear", List.of(
				Map.of("FiscalCalendar", "FC-A", "Name", "2027", "StartDate", "2027-01-01", "EndDate", "2027-12-31")));
		JsonNode periods = this.aos.documents("DOC", "FiscalCalendarPeriod", List.of(
				Map.of("FiscalCalendar", "FC-A", "FiscalCalendarYear", "2027", "Name", "Period 1", "StartDate",
						"2027-01-01", "EndDate", "2027-01-31", "Type", "Operating"),
				Map.of("FiscalCalendar", "FC-B", "FiscalCalendarYear", "2027", "Name", "Period 1", "StartDate",
						"2027-01-01", "EndDate", "2027-01-31", "Type", "Operating"),
				Map.of("FiscalCalendar", "FC-A", "FiscalCalendarYear", "2027", "Name", "Period 2", "StartDate",
						"2027-02-30", "EndDate", "2027-02-28", "Type", "Operating")));
		assertThat(statuses(periods)).containsExactly("created", "failed", "failed");
		assertThat(periods.get("results").get(1).get("messages").get(0).asString())
			.isEqualTo("The value '2027' in field 'FiscalCalendarYear' is not found in the related table 'FiscalCalendarYear'.");
		assertThat(periods.get("results").get(2).get("messages").get(0).asString())
			.isEqualTo("'2027-02-30' is not a valid date in field 'StartDate' (expected yyyy-MM-dd).");
	}

	@Test
	void parametersHoldOneRecordPerCompany() {
		JsonNode first = this.aos.documents("DOC", "CustParameters",
				List.of(Map.of("CreditMaxCheck", "Balance", "PaymTermId", "N30")));
		JsonNode second = this.aos.documents("DOC", "CustParameters",
				List.of(Map.of("Key", 0, "CreditMaxCheck", "BalanceAll", "PaymTermId", "N30"), Map.of("Key", 1)));
		assertThat(statuses(first)).containsExactly("created");
		assertThat(statuses(second)).containsExactly("updated", "failed");
	}

	@Test
	void aLaterRecordInABatchSeesTheEarlierOneWithTheSameKey() {
		JsonNode result = this.aos.documents("DOC", "VendGroup",
				List.of(Map.of("VendGroup", "V1", "Name", "One"), Map.of("VendGroup", "V1", "Name", "One"),
						Map.of("VendGroup", "V1", "Name", "Changed")));
		assertThat(statuses(result)).containsExactly("created", "unchanged", "updated");
		JsonNode page = this.aos.get("/aos/DOC/documents/VendGroup?VendGroup=V1").getBody();
		assertThat(page.get("records").get(0).get("Name").asString()).isEqualTo("Changed");
	}

	@Test
	void readBackIsPagedAndFiltered() {
		List<Map<String, Object>> groups = new ArrayList<>();
		for (int i = 1; i <= 25; i++) {
			groups.add(Map.of("CustGroup", "P%02d".formatted(i), "Name", i % 2 == 0 ? "Even" : "Odd"));
		}
		this.aos.documents("DOC", "CustGroup", groups);

		JsonNode page = this.aos.get("/aos/DOC/documents/CustGroup?CustGroup=P*&page=1&size=10").getBody();
		assertThat(page.get("totalElements").asLong()).isEqualTo(25);
		assertThat(page.get("totalPages").asInt()).isEqualTo(3);
		assertThat(page.get("records").get(0).get("CustGroup").asString()).isEqualTo("P11");
		assertThat(page.get("records").get(0).get("DataAreaId").asString()).isEqualTo("DOC");
		JsonNode even = this.aos.get("/aos/DOC/documents/CustGroup?CustGroup=P*&Name=even&size=100").getBody();
		assertThat(even.get("totalElements").asLong()).isEqualTo(12);
	}

	@Test
	void unknownCompanyOrTableIsANotFoundProblemThatNamesIt() {
		ResponseEntity<JsonNode> company = this.aos.post("/aos/NOPE/documents/CustGroup", Map.of("records", List.of()));
		ResponseEntity<JsonNode> table = this.aos.get("/aos/DOC/documents/CustTabel");

		assertThat(company.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(company.getHeaders().getContentType().toString()).contains("application/problem+json");
		assertThat(company.getBody().get("detail").asString()).contains("'NOPE'");
		assertThat(table.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(table.getBody().get("detail").asString()).isEqualTo("Table 'CustTabel' does not exist on this AOS.");
	}

	static List<String> statuses(JsonNode batch) {
		List<String> statuses = new ArrayList<>();
		batch.get("results").forEach(r -> statuses.add(r.get("status").asString()));
		return statuses;
	}

}
