package org.rapidstart.aos;

import org.junit.jupiter.api.BeforeEach;

import org.rapidstart.testsupport.WithPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The simulator on a random port with its own PostgreSQL database, and a client of its HTTP API signed in with the
 * service account. Test classes that need nothing else share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=aos-simulator")
@WithPostgres
public abstract class AosApiTest {

	@LocalServerPort
	protected int port;

	protected AosClient aos;

	@BeforeEach
	protected void connect() {
		this.aos = new AosClient(this.port);
	}

}
