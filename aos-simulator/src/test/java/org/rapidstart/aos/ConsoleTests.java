package org.rapidstart.aos;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleTests extends AosApiTest {

	@Test
	void theConsoleShowsLoadedRecordsAndDixfHistory() {
		this.aos.documents("DEMF", "CustGroup", List.of(Map.of("CustGroup", "30", "Name", "Retail")));
		this.aos.documents("DEMF", "CustTable",
				List.of(Map.of("AccountNum", "US-027", "Name", "Birch Company", "CustGroup", "30")));
		JsonNode job = this.aos.postCsv("/aos/DEMF/dixf/jobs?entity=CustGroup&wait=true&fileName=groups.csv",
				"CustGroup,Name\n40,Internet\n,Missing\n").getBody();

		assertThat(this.aos.getText("/console").getBody()).contains("DEMF", "Contoso Demo");
		String tables = this.aos.getText("/console/DEMF").getBody();
		assertThat(tables).contains("CustTable", "Customers");
		String records = this.aos.getText("/console/DEMF/tables/CustTable").getBody();
		assertThat(records).contains("US-027", "Birch Company", "<span>1</span> record(s)");
		String filtered = this.aos.getText("/console/DEMF/tables/CustGroup?field=Name&value=Int*").getBody();
		assertThat(filtered).contains("Internet").doesNotContain("Retail");
		assertThat(this.aos.getText("/console/DEMF/dixf").getBody()).contains("groups.csv", "CompletedWithErrors");
		assertThat(this.aos.getText("/console/DEMF/dixf/" + job.get("id").asLong()).getBody())
			.contains("Field &#39;Customer group&#39; must be filled in.");
	}

	@Test
	void theConsoleNeedsTheServiceAccount() {
		ResponseEntity<String> anonymous = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/console")
			.retrieve()
			.onStatus(s -> true, (req, res) -> {
			})
			.toEntity(String.class);
		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
