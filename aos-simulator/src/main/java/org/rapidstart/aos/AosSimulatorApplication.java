package org.rapidstart.aos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A stand-in Dynamics AX 2012 AOS. {@link #builder()} is what the demo launcher and the tests use;
 * {@link #main(String[])} adds the zero-setup embedded database for {@code java -jar}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AosSimulatorApplication {

	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(AosSimulatorApplication.class)
			.properties(Map.of("spring.config.name", "aos-simulator"));
	}

	public static void main(String[] args) {
		builder().listeners(new EmbeddedDatabaseWhenNoneConfigured()).run(args);
	}

	/**
	 * Standalone runs without {@code spring.datasource.url} get a real PostgreSQL of their own whose data
	 * survives restarts. Only {@code main} registers this, so the demo launcher and tests, which bring their
	 * own database, never start a second server.
	 */
	static final class EmbeddedDatabaseWhenNoneConfigured
			implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			ConfigurableEnvironment environment = event.getEnvironment();
			if (environment.containsProperty("spring.datasource.url")) {
				return;
			}
			Path dataDirectory = Path.of(environment.getProperty("rapidstart.aos.data-dir", "data/aos-simulator"))
				.toAbsolutePath();
			try {
				Files.createDirectories(dataDirectory);
				EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setDataDirectory(dataDirectory)
					.setCleanDataDirectory(false)
					.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						postgres.close();
					}
					catch (IOException ignored) {
						// the JVM is stopping; PostgreSQL recovers from its WAL on the next start
					}
				}, "aos-embedded-postgres-shutdown"));
				environment.getPropertySources()
					.addFirst(new MapPropertySource("aosEmbeddedPostgres",
							Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
									"spring.datasource.username", "postgres", "spring.datasource.password",
									"postgres")));
				System.out.println("AOS simulator: embedded PostgreSQL with data in " + dataDirectory);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
			}
		}

	}

}
