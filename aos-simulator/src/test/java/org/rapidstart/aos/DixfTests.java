package org.rapidstart.aos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DixfTests extends AosApiTest {

	@BeforeEach
	void setUp() {
		this.aos.createCompany("DIX", "DIXF tests");
		this.aos.documents("DIX", "LogisticsAddressCountryRegion",
				List.of(Map.of("CountryRegionId", "DK", "ShortName", "Denmark"),
						Map.of("CountryRegionId", "NO", "ShortName", "Norway"),
						Map.of("CountryRegionId", "FO", "ShortName", "Faroe Islands")));
	}

	@Test
	void badRowsFailWithLineNumbersAndGoodRowsLoad() {
		String csv = """
				CountryRegionId,ZipCode,City
				DK,1000,Copenhagen K
				DK,2100,"Copenhagen, East"
				NX,9999,Nowhere
				DK,12345678901,Too long
				DK,1000,Duplicate
				DK,3000
				,4000,No country
				""";
		JsonNode job = this.aos.postCsv("/aos/DIX/dixf/jobs?entity=LogisticsAddressZipCode&batchTasks=2&wait=true",
				csv).getBody();

		assertThat(job.get("status").asString()).isEqualTo("CompletedWithErrors");
		JsonNode run = job.get("executions").get(0);
		assertThat(run.get("stagedRows").asLong()).isEqualTo(7);
		assertThat(run.get("errorRows").asLong()).isEqualTo(5);
		assertThat(run.get("createdRows").asLong()).isEqualTo(2);
		assertThat(errors(job)).containsExactly(
				"4 CountryRegionId: The value 'NX' in field 'CountryRegionId' is not found in the related table 'LogisticsAddressCountryRegion'.",
				"5 ZipCode: The value in field 'ZipCode' is too long: 11 characters, the maximum is 10.",
				"6 null: The record 'DK|1000' appears more than once in the source; it was first on line 2.",
				"7 null: The row has 2 values but the header names 3 columns; the row was skipped.",
				"8 CountryRegionId: Field 'Country/region' must be filled in.");
		JsonNode stored = this.aos.get("/aos/DIX/documents/LogisticsAddressZipCode?CountryRegionId=DK").getBody();
		assertThat(stored.get("totalElements").asLong()).isEqualTo(2);
		assertThat(stored.toString()).contains("Copenhagen, East");
	}

	@Test
	void rowsWithPreviousErrorsRerunAfterTheRelatedDataIsFixedAndThenWithACorrectionFile() {
		String csv = """
				CountryRegionId,ZipCode,City
				NO,0150,Oslo
				SE,11120,Stockholm
				NO,12345678901,Too long
				""";
		JsonNode job = this.aos.postCsv("/aos/DIX/dixf/jobs?entity=LogisticsAddressZipCode&wait=true", csv).getBody();
		long id = job.get("id").asLong();
		assertThat(job.get("executions").get(0).get("errorRows").asLong()).isEqualTo(2);

		this.aos.documents("DIX", "LogisticsAddressCountryRegion",
				List.of(Map.of("CountryRegionId", "SE", "ShortName", "Sweden")));
		JsonNode second = this.aos.post("/aos/DIX/dixf/jobs/" + id + "/rerun-errors?wait=true", null).getBody();
		JsonNode rerun = second.get("executions").get(0);
		assertThat(rerun.get("mode").asString()).isEqualTo("RowsWithPreviousErrors");
		assertThat(rerun.get("stagedRows").asLong()).isEqualTo(2);
		assertThat(rerun.get("createdRows").asLong()).isEqualTo(1);
		assertThat(rerun.get("errorRows").asLong()).isEqualTo(1);
		assertThat(errors(second)).containsExactly(
				"4 ZipCode: The value in field 'ZipCode' is too long: 11 characters, the maximum is 10.");

		JsonNode third = this.aos
			.postCsv("/aos/DIX/dixf/jobs/" + id + "/rerun-errors?wait=true", "CountryRegionId,ZipCode,City\nNO,1234,Fixed\n")
			.getBody();
		assertThat(third.get("status").asString()).isEqualTo("Completed");
		assertThat(third.get("executions")).hasSize(3);
		assertThat(third.get("executions").get(0).get("createdRows").asLong()).isEqualTo(1);
		assertThat(third.get("stagingKept").asBoolean()).isFalse();
		assertThat(this.aos.get("/aos/DIX/documents/LogisticsAddressZipCode?ZipCode=1234").getBody().get("totalElements")
			.asLong()).isEqualTo(1);

		ResponseEntity<JsonNode> nothingLeft = this.aos.post("/aos/DIX/dixf/jobs/" + id + "/rerun-errors", null);
		assertThat(nothingLeft.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void aJobRunsInTheBackgroundAcrossBatchTasksAndAReplayChangesNothing() {
		StringBuilder csv = new StringBuilder("CountryRegionId;ZipCode;City;State\n");
		for (int i = 0; i < 2000; i++) {
			csv.append("FO;Z").append(i).append(";City ").append(i).append(";S").append(i % 7).append('\n');
		}
		JsonNode job = this.aos
			.postCsv("/aos/DIX/dixf/jobs?entity=LogisticsAddressZipCode&batchTasks=4&delimiter=;", csv.toString())
			.getBody();
		long id = job.get("id").asLong();
		JsonNode done = awaitFinished(id);
		assertThat(done.get("status").asString()).isEqualTo("Completed");
		assertThat(done.get("executions").get(0).get("createdRows").asLong()).isEqualTo(2000);

		JsonNode replay = this.aos
			.postCsv("/aos/DIX/dixf/jobs?entity=LogisticsAddressZipCode&batchTasks=3&delimiter=;&wait=true",
					csv.toString().replace("City 7;", "Town 7;"))
			.getBody();
		JsonNode run = replay.get("executions").get(0);
		assertThat(run.get("createdRows").asLong()).isZero();
		assertThat(run.get("updatedRows").asLong()).isEqualTo(1);
		assertThat(run.get("unchangedRows").asLong()).isEqualTo(1999);

		JsonNode history = this.aos.get("/aos/DIX/dixf/jobs").getBody();
		assertThat(history.get(0).get("id").asLong()).isEqualTo(replay.get("id").asLong());
		assertThat(history.get(1).get("id").asLong()).isEqualTo(id);
	}

	@Test
	void customersThroughDixfGetTheSameRulesAsTheDocumentService() {
		this.aos.documents("DIX", "CustGroup", List.of(Map.of("CustGroup", "10", "Name", "Wholesale")));
		String csv = """
				AccountNum,Name,CustGroup,CreditMax,Currency
				D-001,Alpine Ski House,10,1000.50,
				D-002,Fourth Coffee,99,,
				D-003,,10,abc,
				""";
		JsonNode job = this.aos.postCsv("/aos/DIX/dixf/jobs?entity=CustTable&wait=true", csv).getBody();
		assertThat(errors(job)).containsExactly(
				"3 CustGroup: The value '99' in field 'CustGroup' is not found in the related table 'CustGroup'.",
				"4 CreditMax: 'abc' is not a valid real number in field 'CreditMax'.",
				"4 Name: Field 'Name' must be filled in.");
		JsonNode posted = this.aos.documents("DIX", "CustTable",
				List.of(Map.of("AccountNum", "D-001", "Name", "Alpine Ski House", "CustGroup", "10", "CreditMax", 1000.5)));
		assertThat(DocumentServiceTests.statuses(posted)).containsExactly("unchanged");
	}

	@Test
	void aMultipartUploadWorksTooAndUnknownColumnsAreRefused() {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource("CurrencyCode,Txt\nNOK,Norwegian krone\n".getBytes()) {
			@Override
			public String getFilename() {
				return "currencies.csv";
			}
		});
		JsonNode job = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeaders(h -> h.setBasicAuth("aosadmin", "aosadmin"))
			.build()
			.post()
			.uri("/aos/DIX/dixf/jobs?entity=Currency&wait=true")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.retrieve()
			.body(JsonNode.class);
		assertThat(job.get("fileName").asString()).isEqualTo("currencies.csv");
		assertThat(job.get("status").asString()).isEqualTo("Completed");

		ResponseEntity<JsonNode> refused = this.aos.postCsv("/aos/DIX/dixf/jobs?entity=Currency", "CurrencyCode,Colour\nX,Y\n");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().get("detail").asString())
			.isEqualTo("Column 'Colour' in the source file is not a field of entity 'Currency'.");
		assertThat(this.aos.postCsv("/aos/DIX/dixf/jobs?entity=Nope", "A\n1\n").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void afterStagingCleanUpFailedRowsCanNoLongerBeRerun() {
		JsonNode job = this.aos.postCsv("/aos/DIX/dixf/jobs?entity=LogisticsAddressZipCode&wait=true",
				"CountryRegionId,ZipCode\nQQ,1\n").getBody();
		long id = job.get("id").asLong();
		assertThat(job.get("stagingKept").asBoolean()).isTrue();

		ResponseEntity<JsonNode> cleaned = this.aos.delete("/aos/DIX/dixf/jobs/" + id + "/staging");
		assertThat(cleaned.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.aos.get("/aos/DIX/dixf/jobs/" + id).getBody().get("stagingKept").asBoolean()).isFalse();
		assertThat(this.aos.post("/aos/DIX/dixf/jobs/" + id + "/rerun-errors", null).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
	}

	private JsonNode awaitFinished(long id) {
		return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
				() -> this.aos.get("/aos/DIX/dixf/jobs/" + id).getBody(),
				j -> j.get("status").asString().startsWith("Completed") || j.get("status").asString().equals("Failed"));
	}

	private static List<String> errors(JsonNode job) {
		List<String> errors = new ArrayList<>();
		job.get("rowErrors").forEach(e -> errors.add(e.get("line").asLong() + " "
				+ (e.get("field").isNull() ? "null" : e.get("field").asString()) + ": " + e.get("message").asString()));
		return errors;
	}

}
