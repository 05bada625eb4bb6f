package org.rapidstart.aos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataTests extends AosApiTest {

	@Test
	void datAndTheDemoCompanyAreSeededAndMoreCanBeCreated() {
		assertThat(this.aos.get("/aos/companies").getBody().toString()).contains("\"DAT\"", "Default company", "\"DEMF\"");

		ResponseEntity<JsonNode> created = this.aos.post("/aos/companies", Map.of("dataAreaId", "ne1", "name", "New one"));
		ResponseEntity<JsonNode> again = this.aos.post("/aos/companies", Map.of("dataAreaId", "NE1", "name", "Renamed"));
		ResponseEntity<JsonNode> invalid = this.aos.post("/aos/companies", Map.of("dataAreaId", "TOOLONG", "name", "x"));

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getBody().get("dataAreaId").asString()).isEqualTo("NE1");
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getBody().get("name").asString()).isEqualTo("New one");
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode info = this.aos.get("/aos/NE1/documents/CompanyInfo").getBody();
		assertThat(info.get("records").get(0).get("Name").asString()).isEqualTo("New one");
	}

	@Test
	void tablesAreListedInTheCanonicalLoadOrder() {
		List<String> names = new ArrayList<>();
		this.aos.get("/aos/metadata/tables").getBody().forEach(t -> names.add(t.get("name").asString()));
		assertThat(names).containsExactly("Currency", "LogisticsAddressCountryRegion", "LogisticsAddressZipCode",
				"FiscalCalendar", "FiscalCalendarYear", "FiscalCalendarPeriod", "LedgerChartOfAccounts", "MainAccount",
				"Ledger", "PaymTerm", "CustPaymModeTable", "VendPaymModeTable", "CustGroup", "VendGroup", "CustTable",
				"VendTable", "CustParameters", "VendParameters", "LedgerParameters", "CompanyInfo");
	}

	@Test
	void aTableDescribesItsFieldsEnumsAndRelations() {
		JsonNode custTable = this.aos.get("/aos/metadata/tables/custtable").getBody();
		assertThat(custTable.get("scope").asString()).isEqualTo("company");
		JsonNode custGroup = field(custTable, "CustGroup");
		assertThat(custGroup.get("type").asString()).isEqualTo("String");
		assertThat(custGroup.get("length").asInt()).isEqualTo(10);
		assertThat(custGroup.get("mandatory").asBoolean()).isTrue();
		assertThat(custGroup.get("relation").get("table").asString()).isEqualTo("CustGroup");

		JsonNode paymMethod = field(this.aos.get("/aos/metadata/tables/PaymTerm").getBody(), "PaymMethod");
		assertThat(paymMethod.get("enumName").asString()).isEqualTo("NetDayMonth");
		assertThat(paymMethod.get("enumValues").toString())
			.isEqualTo("[\"Net\",\"CurrentMonth\",\"CurrentQuarter\",\"CurrentYear\",\"CurrentWeek\",\"COD\"]");

		JsonNode zip = this.aos.get("/aos/metadata/tables/LogisticsAddressZipCode").getBody();
		assertThat(zip.get("scope").asString()).isEqualTo("shared");
		assertThat(zip.get("key").toString()).isEqualTo("[\"CountryRegionId\",\"ZipCode\"]");

		JsonNode period = this.aos.get("/aos/metadata/tables/FiscalCalendarPeriod").getBody();
		assertThat(period.get("relations").get(1).get("constraints")).hasSize(2);
	}

	private static JsonNode field(JsonNode table, String name) {
		for (JsonNode field : table.get("fields")) {
			if (field.get("name").asString().equals(name)) {
				return field;
			}
		}
		throw new AssertionError("no field " + name);
	}

}
