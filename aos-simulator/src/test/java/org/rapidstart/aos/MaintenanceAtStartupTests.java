package org.rapidstart.aos;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = { "rapidstart.aos.faults.maintenance=true",
		"rapidstart.aos.faults.retry-after-seconds=5" })
class MaintenanceAtStartupTests extends AosApiTest {

	@Test
	void maintenanceCanBeSwitchedOnByProperty() {
		var response = this.aos.get("/aos/companies");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
	}

}
