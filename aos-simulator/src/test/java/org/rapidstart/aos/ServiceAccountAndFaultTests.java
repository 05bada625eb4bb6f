package org.rapidstart.aos;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceAccountAndFaultTests extends AosApiTest {

	@AfterEach
	void allFaultsOff() {
		this.aos.put("/aos/admin/faults", Map.of());
	}

	@Test
	void wrongOrMissingCredentialsGet401WithAProblemDetail() {
		ResponseEntity<JsonNode> wrong = new AosClient(this.port, "aosadmin", "guess").get("/aos/companies");
		ResponseEntity<String> missing = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/aos/metadata/tables")
			.retrieve()
			.onStatus(s -> true, (req, res) -> {
			})
			.toEntity(String.class);

		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(wrong.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
		assertThat(wrong.getBody().get("detail").asString()).contains("credentials");
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.aos.get("/aos/companies").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void theOpenApiDescriptionIsReadableWithoutCredentials() {
		ResponseEntity<String> docs = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/v3/api-docs")
			.retrieve()
			.toEntity(String.class);
		assertThat(docs.getBody()).contains("/aos/{company}/documents/{table}", "/aos/{company}/dixf/jobs",
				"/aos/admin/faults");
	}

	@Test
	void maintenanceModeAnswers503UntilSwitchedOff() {
		this.aos.put("/aos/admin/faults", Map.of("maintenance", true));

		ResponseEntity<JsonNode> down = this.aos.get("/aos/companies");
		assertThat(down.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(down.getHeaders().getFirst("Retry-After")).isEqualTo("60");
		assertThat(down.getBody().get("title").asString()).isEqualTo("AOS in maintenance");
		assertThat(this.aos.get("/aos/admin/faults").getBody().get("maintenance").asBoolean()).isTrue();

		this.aos.put("/aos/admin/faults", Map.of("maintenance", false));
		assertThat(this.aos.get("/aos/companies").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void anErrorRateOfOneFailsEveryCallWithA500() {
		this.aos.put("/aos/admin/faults", Map.of("errorRate", 1.0));
		ResponseEntity<JsonNode> failed = this.aos.get("/aos/metadata/tables");
		assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(failed.getBody().get("title").asString()).isEqualTo("Injected AOS error");

		this.aos.put("/aos/admin/faults", Map.of("errorRate", 0.0));
		assertThat(this.aos.get("/aos/metadata/tables").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void latencyIsAddedToEveryCall() {
		this.aos.put("/aos/admin/faults", Map.of("latencyMs", 400));
		long start = System.nanoTime();
		ResponseEntity<JsonNode> slow = this.aos.get("/aos/companies");
		long elapsedMs = (System.nanoTime() - start) / 1_000_000;
		assertThat(slow.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(elapsedMs).isGreaterThanOrEqualTo(400);
	}

	@Test
	void invalidSwitchValuesAreRefused() {
		ResponseEntity<JsonNode> refused = this.aos.put("/aos/admin/faults", Map.of("errorRate", 1.5));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

}
