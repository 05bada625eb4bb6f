package org.rapidstart.demo;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlatformSettingsTests {

	@Test
	void startsEmbeddedServersOnTheDocumentedPortsByDefault() {
		// an empty environment: the machine's own SPRING_DATASOURCE_URL or RAPIDSTART_DEMO_* must not decide this test
		PlatformSettings settings = PlatformSettings.from(new MockEnvironment());

		assertThat(settings.externalDatabase()).isNull();
		assertThat(settings.externalMail()).isNull();
		assertThat(settings.postgresPort()).isEqualTo(5433);
		assertThat(settings.smtpPort()).isEqualTo(2525);
		assertThat(settings.mailboxPort()).isEqualTo(8025);
		assertThat(settings.partnerPortalPort()).isEqualTo(8081);
		assertThat(settings.customerPortalPort()).isEqualTo(8082);
		assertThat(settings.aosSimulatorPort()).isEqualTo(8101);
		assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
	}

	@Test
	void usesTheDatabaseAndSmtpServerNamedOnTheCommandLine() {
		PlatformSettings settings = PlatformSettings.resolve("--spring.datasource.url=jdbc:postgresql://db:5432/cloud",
				"--spring.datasource.username=rs", "--spring.datasource.password=secret", "--spring.mail.host=smtp",
				"--spring.mail.port=1025", "--rapidstart.demo.partner-portal-port=9081",
				"--rapidstart.demo.data-dir=/tmp/rs-data");

		assertThat(settings.externalDatabase()).isEqualTo(new PlatformSettings.ExternalDatabase(
				"jdbc:postgresql://db:5432/cloud", "rs", "secret", null));
		assertThat(settings.externalDatabase().toString()).doesNotContain("secret");
		assertThat(settings.externalMail()).isEqualTo(new PlatformSettings.ExternalMail("smtp", 1025, null, null));
		assertThat(settings.partnerPortalPort()).isEqualTo(9081);
		assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/rs-data"));
	}

	@Test
	void passesRapidStartSettingsFromTheCommandLineOnToTheApps() {
		PlatformSettings settings = PlatformSettings.resolve("--rapidstart.clock.offset=P91D",
				"--rapidstart.lifecycle.initial-delay=1s", "--rapidstart.demo.partner-portal-port=9081",
				"--spring.mail.host=smtp", "--other=x");

		// the demo's own settings and Spring's are not the apps' business: the platform sets those itself
		assertThat(settings.appProperties()).containsExactly(Map.entry("rapidstart.clock.offset", "P91D"),
				Map.entry("rapidstart.lifecycle.initial-delay", "1s"));
		assertThat(PlatformSettings.from(new MockEnvironment()).appProperties()).isEmpty();
	}

	@Test
	void givesTheSimulatorItsOwnDatabaseOnTheSameServer() {
		assertThat(DatabaseServer.withDatabase("jdbc:postgresql://db:5432/cloud?sslmode=require", "aos"))
			.isEqualTo("jdbc:postgresql://db:5432/aos?sslmode=require");
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseServer.withDatabase("jdbc:h2:mem:x", "aos"));
	}

}
