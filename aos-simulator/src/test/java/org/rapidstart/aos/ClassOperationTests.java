package org.rapidstart.aos;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class ClassOperationTests extends AosApiTest {

	@BeforeEach
	void setUp() {
		this.aos.createCompany("CLS", "Class operation tests");
	}

	@Test
	void createFiscalCalendarCreatesYearsAndPeriodsOnce() {
		Map<String, Object> parameters = Map.of("CalendarId", "FY", "Description", "Fiscal", "StartDate", "2027-07-01",
				"NumberOfYears", 2, "PeriodUnit", "Month", "PeriodQuantity", 3);
		ResponseEntity<JsonNode> first = this.aos.post("/aos/CLS/classes/CreateFiscalCalendar", parameters);
		ResponseEntity<JsonNode> again = this.aos.post("/aos/CLS/classes/createfiscalcalendar", parameters);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode results = first.getBody().get("results");
		assertThat(results.get("FiscalCalendar").get("created").asInt()).isEqualTo(1);
		assertThat(results.get("FiscalCalendarYear").get("created").asInt()).isEqualTo(2);
		// per year: Opening, 4 quarters, Closing
		assertThat(results.get("FiscalCalendarPeriod").get("created").asInt()).isEqualTo(12);
		JsonNode replay = again.getBody().get("results");
		assertThat(replay.get("FiscalCalendarPeriod").get("unchanged").asInt()).isEqualTo(12);
		assertThat(replay.get("FiscalCalendarPeriod").get("created").asInt()).isZero();

		JsonNode year = this.aos.get("/aos/CLS/documents/FiscalCalendarYear?FiscalCalendar=FY&Name=2027").getBody();
		assertThat(year.get("records").get(0).get("EndDate").asString()).isEqualTo("2028-06-30");
		JsonNode q4 = this.aos.get("/aos/CLS/documents/FiscalCalendarPeriod?FiscalCalendar=FY&FiscalCalendarYear=2027"
				+ "&Name=Period 4").getBody();
		assertThat(q4.get("records").get(0).get("StartDate").asString()).isEqualTo("2028-04-01");
		assertThat(q4.get("records").get(0).get("Type").asString()).isEqualTo("Operating");
	}

	@Test
	void aFailedOperationChangesNothingAndSaysWhy() {
		ResponseEntity<JsonNode> failed = this.aos.post("/aos/CLS/classes/CreateFiscalCalendar",
				Map.of("CalendarId", "BROKEN", "NumberOfYears", 1, "PeriodUnit", "Fortnight"));
		assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(failed.getBody().get("status").asString()).isEqualTo("failed");
		assertThat(failed.getBody().get("messages").toString()).contains("Parameter 'StartDate' must be filled in.")
			.contains("'Fortnight' is not a valid value for the enum 'FiscalPeriodUnit' in field 'PeriodUnit'.");
		assertThat(this.aos.get("/aos/CLS/documents/FiscalCalendar?CalendarId=BROKEN").getBody().get("totalElements")
			.asLong()).isZero();
	}

	@Test
	void createNumberSequencesIsIdempotent() {
		JsonNode first = this.aos.post("/aos/CLS/classes/CreateNumberSequences", Map.of("Prefix", "CL")).getBody();
		JsonNode again = this.aos.post("/aos/CLS/classes/CreateNumberSequences", Map.of("Prefix", "CL")).getBody();

		assertThat(first.get("results").get("created").asInt()).isEqualTo(3);
		assertThat(again.get("results").get("created").asInt()).isZero();
		assertThat(again.get("results").get("unchanged").asInt()).isEqualTo(3);
		assertThat(first.get("results").get("NumberSequenceTable").get(0).get("Format").asString())
			.isEqualTo("CLC-######");
	}

	@Test
	void unknownOperationsAreNotFound() {
		ResponseEntity<JsonNode> response = this.aos.post("/aos/CLS/classes/DropAllTables", Map.of());
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody().get("detail").asString()).contains("'DropAllTables'");
		assertThat(this.aos.get("/aos/CLS/classes").getBody().toString()).contains("CreateFiscalCalendar",
				"CreateNumberSequences");
	}

}
