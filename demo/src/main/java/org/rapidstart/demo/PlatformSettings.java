package org.rapidstart.demo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Where the local platform keeps its data and which ports it uses, plus the real infrastructure to use instead of
 * the embedded servers when the caller names one.
 *
 * @param dataDir the data folder: {@code postgres/} (the embedded server's cluster) and {@code mail/} (the mailbox)
 * @param externalDatabase a PostgreSQL to use instead of the embedded one, or {@code null}
 * @param externalMail an SMTP server to send through instead of the embedded one, or {@code null}
 * @param appProperties {@code rapidstart.*} settings given on the command line (other than {@code rapidstart.demo.*}),
 * such as {@code rapidstart.clock.offset=P91D} or {@code rapidstart.aos.faults.latency-ms=200}: passed on to every app
 * (both portals and the AOS simulator), because the apps see system properties and environment variables but not the
 * demo's own arguments
 */
public record PlatformSettings(Path dataDir, int postgresPort, int smtpPort, int mailboxPort, int partnerPortalPort,
		int customerPortalPort, int aosSimulatorPort, @Nullable ExternalDatabase externalDatabase,
		@Nullable ExternalMail externalMail, Map<String, String> appProperties) {

	public PlatformSettings {
		// sorted and unmodifiable: Map.copyOf would lose the order the settings are logged and tested in
		appProperties = java.util.Collections.unmodifiableMap(new TreeMap<>(appProperties));
	}

	/**
	 * Reads the settings the way Spring Boot would: command-line {@code --name=value} first, then system properties,
	 * then environment variables ({@code SPRING_DATASOURCE_URL}, {@code RAPIDSTART_DEMO_POSTGRES_PORT} ...).
	 */
	public static PlatformSettings resolve(String... args) {
		ConfigurableEnvironment environment = new StandardEnvironment();
		SimpleCommandLinePropertySource commandLine = new SimpleCommandLinePropertySource(args);
		environment.getPropertySources().addFirst(commandLine);
		Map<String, String> appProperties = new TreeMap<>();
		Arrays.stream(commandLine.getPropertyNames())
			.filter(name -> name.startsWith("rapidstart.") && !name.startsWith("rapidstart.demo."))
			.forEach(name -> appProperties.put(name, environment.getProperty(name, "")));
		return from(environment, appProperties);
	}

	/** The settings {@code env} gives, without command-line {@code rapidstart.*} settings for the apps. */
	static PlatformSettings from(Environment env) {
		return from(env, Map.of());
	}

	private static PlatformSettings from(Environment env, Map<String, String> appProperties) {
		String datasourceUrl = env.getProperty("spring.datasource.url");
		ExternalDatabase database = (datasourceUrl == null || datasourceUrl.isBlank()) ? null
				: new ExternalDatabase(datasourceUrl, env.getProperty("spring.datasource.username", ""),
						env.getProperty("spring.datasource.password", ""),
						env.getProperty("rapidstart.demo.aos-datasource-url"));
		String mailHost = env.getProperty("spring.mail.host");
		ExternalMail mail = (mailHost == null || mailHost.isBlank()) ? null
				: new ExternalMail(mailHost, env.getProperty("spring.mail.port", Integer.class, 25),
						env.getProperty("spring.mail.username"), env.getProperty("spring.mail.password"));
		Path dataDir = Path.of(env.getProperty("rapidstart.demo.data-dir", "./data")).toAbsolutePath().normalize();
		return new PlatformSettings(dataDir,
				port(env, "postgres-port", 5433), port(env, "smtp-port", 2525), port(env, "mailbox-port", 8025),
				port(env, "partner-portal-port", 8081), port(env, "customer-portal-port", 8082),
				port(env, "aos-simulator-port", 8101), database, mail, appProperties);
	}

	private static int port(Environment env, String name, int defaultPort) {
		return env.getProperty("rapidstart.demo." + name, Integer.class, defaultPort);
	}

	/**
	 * A PostgreSQL the caller runs. The portals use {@code url} as given; the AOS simulator, a different product,
	 * gets its own database {@code aos} on the same server unless {@code aosUrl} names another.
	 */
	public record ExternalDatabase(String url, String username, String password, @Nullable String aosUrl) {

		@Override
		public String toString() {
			// keep the password out of logs
			return "ExternalDatabase[url=" + url + ", username=" + username + "]";
		}

	}

	/** An SMTP server the caller runs; the portals send through it and no mailbox is started. */
	public record ExternalMail(String host, int port, @Nullable String username, @Nullable String password) {

		@Override
		public String toString() {
			return "ExternalMail[host=" + host + ", port=" + port + "]";
		}

	}

}
