package org.rapidstart.aos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table of the canonical list, through the HTTP API: a complete, valid setup loads in the documented
 * order and replays unchanged; and for each table every rule the metadata declares (mandatory, EDT length,
 * type, enum, relation) refuses a bad record with AX's message.
 */
class EveryTableTests extends AosApiTest {

	@BeforeEach
	void setUp() {
		this.aos.createCompany("EVT", "Every table Ltd");
		this.aos.createCompany("EVR", "Every rule Ltd");
	}

	@Test
	void aCompleteSetupLoadsInTheCanonicalOrderAndAReplayChangesNothing() {
		Map<String, Map<String, Object>> setup = validSetup("EVT");
		List<String> tables = new ArrayList<>();
		this.aos.get("/aos/metadata/tables").getBody().forEach(t -> tables.add(t.get("name").asString()));
		assertThat(tables).containsExactlyElementsOf(setup.keySet());

		for (String table : tables) {
			JsonNode result = this.aos.documents("EVT", table, List.of(setup.get(table)));
			// CompanyInfo was created with the company, as AX does; loading it updates it
			String expected = table.equals("CompanyInfo") ? "updated" : "created";
			assertThat(result.get("results").get(0).get("status").asString()).as(table + " " + result).isEqualTo(expected);
		}
		for (String table : tables) {
			JsonNode replay = this.aos.documents("EVT", table, List.of(setup.get(table)));
			assertThat(replay.get("results").get(0).get("status").asString()).as(table).isEqualTo("unchanged");
		}
	}

	@Test
	void everyTableRefusesWhatItsMetadataForbidsWithAxMessages() {
		Map<String, Map<String, Object>> setup = validSetup("EVR");
		for (JsonNode summary : this.aos.get("/aos/metadata/tables").getBody()) {
			String table = summary.get("name").asString();
			JsonNode meta = this.aos.get("/aos/metadata/tables/" + table).getBody();
			List<Map<String, Object>> records = new ArrayList<>();
			List<String> expected = new ArrayList<>();

			List<String> mandatory = new ArrayList<>();
			for (JsonNode field : meta.get("fields")) {
				boolean defaulted = (table.endsWith("Parameters") && field.get("name").asString().equals("Key"))
						|| (table.equals("CompanyInfo") && field.get("name").asString().equals("DataArea"));
				if (field.get("mandatory").asBoolean() && !defaulted) {
					mandatory.add("Field '%s' must be filled in.".formatted(field.get("label").asString()));
				}
			}
			if (!mandatory.isEmpty()) { // parameter tables have nothing mandatory but their defaulted Key
				records.add(Map.of());
				expected.add(String.join(" / ", mandatory));
			}

			for (JsonNode field : meta.get("fields")) {
				String name = field.get("name").asString();
				String type = field.get("type").asString();
				Map<String, Object> record = new LinkedHashMap<>(setup.get(table));
				switch (type) {
					case "String" -> {
						if (table.equals("CompanyInfo") && name.equals("DataArea")) {
							continue; // always the company of the call
						}
						int length = field.get("length").asInt();
						record.put(name, "X".repeat(length + 1));
						expected.add("The value in field '%s' is too long: %d characters, the maximum is %d."
							.formatted(name, length + 1, length));
					}
					case "Enum" -> {
						record.put(name, "Bogus");
						expected.add("'Bogus' is not a valid value for the enum '%s' in field '%s'."
							.formatted(field.get("enumName").asString(), name));
					}
					case "Int" -> {
						record.put(name, "abc");
						expected.add("'abc' is not a valid integer in field '%s'.".formatted(name));
					}
					case "Real" -> {
						record.put(name, "1,5");
						expected.add("'1,5' is not a valid real number in field '%s'.".formatted(name));
					}
					case "Date" -> {
						record.put(name, "2027-02-30");
						expected.add("'2027-02-30' is not a valid date in field '%s' (expected yyyy-MM-dd).".formatted(name));
					}
					default -> throw new AssertionError("unexpected type " + type);
				}
				records.add(record);
			}
			for (JsonNode relation : meta.get("relations")) {
				String field = relation.get("field").asString();
				Map<String, Object> record = new LinkedHashMap<>(setup.get(table));
				record.put(field, "ZZ");
				records.add(record);
				expected.add("The value 'ZZ' in field '%s' is not found in the related table '%s'."
					.formatted(field, relation.get("relatedTable").asString()));
			}

			JsonNode result = this.aos.documents("EVR", table, records);
			for (int i = 0; i < records.size(); i++) {
				JsonNode r = result.get("results").get(i);
				assertThat(r.get("status").asString()).as("%s record %d %s", table, i, records.get(i)).isEqualTo("failed");
				List<String> messages = new ArrayList<>();
				r.get("messages").forEach(m -> messages.add(m.asString()));
				for (String message : expected.get(i).split(" / ")) {
					if (!message.isEmpty()) {
						assertThat(messages).as("%s record %d", table, i).contains(message);
					}
				}
			}
		}
	}

	/** One valid record per table, in the documented load order, all related to each other. */
	static Map<String, Map<String, Object>> validSetup(String company) {
		Map<String, Map<String, Object>> setup = new LinkedHashMap<>();
		setup.put("Currency", record("CurrencyCode", "EUR", "Txt", "Euro", "Symbol", "€", "RoundingPrecision", 0.01));
		setup.put("LogisticsAddressCountryRegion",
				record("CountryRegionId", "DE", "ShortName", "Germany", "ISOcode", "DE", "CurrencyCode", "EUR"));
		setup.put("LogisticsAddressZipCode",
				record("CountryRegionId", "DE", "ZipCode", "10115", "City", "Berlin", "State", "BE", "County", "Mitte"));
		setup.put("FiscalCalendar", record("CalendarId", "EVT", "Description", "Every table"));
		setup.put("FiscalCalendarYear",
				record("FiscalCalendar", "EVT", "Name", "2027", "StartDate", "2027-01-01", "EndDate", "2027-12-31"));
		setup.put("FiscalCalendarPeriod", record("FiscalCalendar", "EVT", "FiscalCalendarYear", "2027", "Name", "Period 1",
				"StartDate", "2027-01-01", "EndDate", "2027-01-31", "Type", "Operating"));
		setup.put("LedgerChartOfAccounts", record("Name", "EVT-COA", "Description", "Chart of accounts"));
		setup.put("MainAccount",
				record("LedgerChartOfAccounts", "EVT-COA", "MainAccountId", "110110", "Name", "Bank", "Type", "Asset"));
		setup.put("Ledger", record("Name", "EVT", "ChartOfAccounts", "EVT-COA", "FiscalCalendar", "EVT",
				"AccountingCurrency", "EUR", "ReportingCurrency", "EUR"));
		setup.put("PaymTerm", record("PaymTermId", "Net10", "Description", "10 days", "PaymMethod", "Net", "NumOfDays", 10));
		setup.put("CustPaymModeTable",
				record("PaymMode", "CHECK", "Name", "Check", "AccountType", "Bank", "PaymAccount", "OPER"));
		setup.put("VendPaymModeTable",
				record("PaymMode", "CHECK", "Name", "Check", "AccountType", "Bank", "PaymAccount", "OPER"));
		setup.put("CustGroup", record("CustGroup", "10", "Name", "Wholesale", "PaymTermId", "Net10"));
		setup.put("VendGroup", record("VendGroup", "10", "Name", "Suppliers", "PaymTermId", "Net10"));
		setup.put("CustTable", record("AccountNum", "EVT-C1", "Name", "Contoso", "CustGroup", "10", "Currency", "EUR",
				"PaymTermId", "Net10", "PaymMode", "CHECK", "CreditMax", 5000, "TaxGroup", "DOM", "CountryRegionId", "DE"));
		setup.put("VendTable", record("AccountNum", "EVT-V1", "Name", "Fabrikam", "VendGroup", "10", "Currency", "EUR",
				"PaymTermId", "Net10", "PaymMode", "CHECK", "TaxGroup", "DOM", "CountryRegionId", "DE"));
		setup.put("CustParameters",
				record("Key", 0, "CreditMaxCheck", "Balance", "CheckCreditLimitOnOrder", "Yes", "PaymTermId", "Net10"));
		setup.put("VendParameters", record("Key", 0, "PaymTermId", "Net10", "CheckInvoiceMatching", "No"));
		setup.put("LedgerParameters", record("Key", 0, "CheckVoucherNumber", "Yes", "ExchangeRateType", "Default"));
		setup.put("CompanyInfo", record("DataArea", company, "Name", "Every table Ltd (loaded)", "CoRegNum", "DE123",
				"LanguageId", "de", "Street", "Unter den Linden 1", "ZipCode", "10115", "City", "Berlin", "State", "BE",
				"CountryRegionId", "DE", "CurrencyCode", "EUR"));
		return setup;
	}

	private static Map<String, Object> record(Object... pairs) {
		Map<String, Object> record = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			record.put((String) pairs[i], pairs[i + 1]);
		}
		return record;
	}

}
