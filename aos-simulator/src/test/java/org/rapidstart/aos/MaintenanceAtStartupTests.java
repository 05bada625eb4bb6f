package org.rapidstart.aos;

import org.junit.jupiter.api.Test;

import org.rapidstart.testsupport.WithPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=aos-simulator", "rapidstart.aos.faults.maintenance=true",
				"rapidstart.aos.faults.retry-after-seconds=5" })
@WithPostgres
class MaintenanceAtStartupTests {

	@LocalServerPort
	int port;

	@Test
	void maintenanceCanBeSwitchedOnByProperty() {
		var response = new AosClient(this.port).get("/aos/companies");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
	}

}
