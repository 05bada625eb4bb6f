package org.rapidstart.demo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rapidstart.aos.AosSimulatorApplication;
import org.rapidstart.customer.CustomerPortalApplication;
import org.rapidstart.demo.PlatformSettings.ExternalMail;
import org.rapidstart.demo.mailbox.MailStore;
import org.rapidstart.demo.mailbox.MailboxApplication;
import org.rapidstart.partner.PartnerPortalApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform on one machine: database, mail, mailbox, both portals and the AOS simulator, started in the
 * order they depend on each other and stopped in reverse. Ports and data folder come from {@link PlatformSettings},
 * so a test can run it on free ports in a temporary folder.
 */
public final class LocalPlatform implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

	private final PlatformSettings settings;

	// what is running, last started first: close() stops the apps before the servers they use
	private final Deque<AutoCloseable> running = new ArrayDeque<>();

	private @Nullable DatabaseServer database;

	private @Nullable MailStore mailStore;

	private boolean closed;

	private boolean demoCustomerAdministrator;

	private @Nullable ConfigurableApplicationContext partnerPortal;

	private @Nullable ConfigurableApplicationContext customerPortal;

	private @Nullable ConfigurableApplicationContext aosSimulator;

	public LocalPlatform(PlatformSettings settings) {
		this.settings = settings;
	}

	/** Starts a platform and returns it once every app answers; on failure stops what already started. */
	public static LocalPlatform start(PlatformSettings settings) {
		LocalPlatform platform = new LocalPlatform(settings);
		platform.start();
		return platform;
	}

	/**
	 * Starts everything. Synchronized with {@link #close()}: a Ctrl-C during start-up waits for the step under way
	 * and then stops everything, instead of leaving a PostgreSQL process behind.
	 */
	public synchronized void start() {
		if (this.closed) {
			throw new IllegalStateException("This platform was stopped; create a new one");
		}
		try {
			this.database = startDatabase();
			this.running.push(this.database);
			if (this.settings.externalMail() == null) {
				this.mailStore = MailStore.start(this.settings.smtpPort(), this.settings.dataDir().resolve("mail"));
				this.running.push(this.mailStore);
				this.running.push(run("Mailbox", MailboxApplication.class,
						MailboxApplication.builder(this.mailStore),
						Map.of("server.port", String.valueOf(this.settings.mailboxPort()))));
			}
			// the Partner Portal first: its start runs Flyway, which the seed and the other portal rely on
			this.partnerPortal = run("Partner Portal", PartnerPortalApplication.class,
					PartnerPortalApplication.builder(), portalProperties(this.settings.partnerPortalPort()));
			this.running.push(this.partnerPortal);
			seedDemoData();
			this.customerPortal = run("Customer Portal", CustomerPortalApplication.class,
					CustomerPortalApplication.builder(), portalProperties(this.settings.customerPortalPort()));
			this.running.push(this.customerPortal);
			this.demoCustomerAdministrator = seedDemoCustomer();
			this.aosSimulator = run("AOS simulator", AosSimulatorApplication.class, AosSimulatorApplication.builder(),
					aosProperties());
			this.running.push(this.aosSimulator);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	private DatabaseServer startDatabase() {
		PlatformSettings.ExternalDatabase external = this.settings.externalDatabase();
		if (external != null) {
			log.info("Using the PostgreSQL at {}", external.url());
			return DatabaseServer.external(external);
		}
		Path cluster = this.settings.dataDir().resolve("postgres");
		log.info("Starting the embedded PostgreSQL on port {} with its data in {} (created on the first start)",
				this.settings.postgresPort(), cluster);
		return DatabaseServer.startEmbedded(cluster, this.settings.postgresPort());
	}

	private Map<String, String> portalProperties(int port) {
		DatabaseServer db = database();
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", String.valueOf(port));
		properties.put("spring.datasource.url", db.cloudUrl());
		properties.put("spring.datasource.username", db.username());
		properties.put("spring.datasource.password", db.password());
		ExternalMail mail = this.settings.externalMail();
		if (mail == null) {
			properties.put("spring.mail.host", "localhost");
			properties.put("spring.mail.port", String.valueOf(this.settings.smtpPort()));
		}
		else {
			properties.put("spring.mail.host", mail.host());
			properties.put("spring.mail.port", String.valueOf(mail.port()));
			if (mail.username() != null) {
				properties.put("spring.mail.username", mail.username());
			}
			if (mail.password() != null) {
				properties.put("spring.mail.password", mail.password());
			}
		}
		// the names RapidStartProperties binds (partnerPortalBaseUrl): links in e-mails follow the ports in use
		properties.put("rapidstart.partner-portal-base-url", partnerPortalUrl());
		properties.put("rapidstart.customer-portal-base-url", customerPortalUrl());
		// last, so that what the caller names on the command line wins
		properties.putAll(this.settings.appProperties());
		return properties;
	}

	private Map<String, String> aosProperties() {
		DatabaseServer db = database();
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", String.valueOf(this.settings.aosSimulatorPort()));
		// its own database: the simulator stands in for a customer's on-premises ERP, not for cloud state
		properties.put("spring.datasource.url", db.aosUrl());
		properties.put("spring.datasource.username", db.username());
		properties.put("spring.datasource.password", db.password());
		// e.g. rapidstart.aos.faults.*: the simulator's start-up switches, named on the demo's command line
		properties.putAll(this.settings.appProperties());
		return properties;
	}

	private void seedDemoData() {
		try (Connection connection = database().connectToCloud()) {
			new DemoData().seed(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not seed the demo data", ex);
		}
	}

	/**
	 * The demo customer and its administrator (see {@link DemoCustomer}), as far as an earlier start has not set them
	 * up; returns whether the administrator can sign in. A failure leaves a platform without them.
	 */
	boolean seedDemoCustomer() {
		if (this.mailStore == null || this.partnerPortal == null || this.customerPortal == null) {
			// the activation link would go to the caller's SMTP server, where the demo cannot read it
			return false;
		}
		try {
			return new DemoCustomer(this.partnerPortal, this.customerPortal, this.mailStore)
				.seed(Duration.ofSeconds(60));
		}
		catch (RuntimeException ex) {
			log.warn("Could not set up the demo customer {}; activate a customer from the Partner Portal instead",
					DemoCustomer.ORGANISATION, ex);
			return false;
		}
	}

	/**
	 * Runs one app with {@code properties} as command-line arguments: those win over system properties and
	 * environment variables, so the simulator gets its own database even when SPRING_DATASOURCE_URL is set.
	 */
	private static ConfigurableApplicationContext run(String name, Class<?> application,
			SpringApplicationBuilder builder, Map<String, String> properties) {
		log.info("Starting the {}", name);
		List<String> args = new ArrayList<>();
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		// one banner for the whole platform (ours), not one per app
		args.add("--spring.main.banner-mode=off");
		// logging is set up once per JVM, by the first app: its name would label every app's log lines
		args.add("--logging.include-application-name=false");
		try {
			// the platform stops the apps itself, in order, before the database they use
			// main(...): the start-up log names the app ("Started PartnerPortalApplication"), not the JVM's main class
			return builder.main(application).registerShutdownHook(false).run(args.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The " + name + " did not start: " + ex.getMessage(), ex);
		}
	}

	public String partnerPortalUrl() {
		return "http://localhost:" + this.settings.partnerPortalPort();
	}

	public String customerPortalUrl() {
		return "http://localhost:" + this.settings.customerPortalPort();
	}

	/** The web mailbox, or {@code null} when the portals send through an SMTP server of the caller's. */
	public @Nullable String mailboxUrl() {
		return (this.mailStore != null) ? "http://localhost:" + this.settings.mailboxPort() : null;
	}

	public String aosSimulatorUrl() {
		return "http://localhost:" + this.settings.aosSimulatorPort();
	}

	/** The AOS simulator's application context, for tests of how the platform set it up. */
	@Nullable ConfigurableApplicationContext aosSimulator() {
		return this.aosSimulator;
	}

	/** The cloud database (both portals). */
	public String jdbcUrl() {
		return database().cloudUrl();
	}

	/** What a person needs to try the demo: every URL and sign-in, and which VOICE partner IDs show what. */
	public String banner() {
		DatabaseServer db = database();
		ExternalMail externalMail = this.settings.externalMail();
		String mail = (externalMail == null)
				? String.format("  Mailbox           %s   (SMTP localhost:%d, mails kept in %s)%n", mailboxUrl(),
						this.settings.smtpPort(), this.settings.dataDir().resolve("mail").toAbsolutePath().normalize())
				: String.format("  Mail              sent through %s:%d (no mailbox: spring.mail.host is set)%n",
						externalMail.host(), externalMail.port());
		String dbCredentials = db.isEmbedded() ? "user postgres, password postgres" : "user " + db.username();
		String line = "=".repeat(100);
		return String.format("%n%s%n  RapidStart is running locally%n%s%n", line, line)
				+ String.format("  Partner Portal    %s%n", partnerPortalUrl())
				+ String.format("  Customer Portal   %s%n", customerPortalUrl()) + mail
				+ String.format("  AOS simulator     %s   (API docs: %s/swagger-ui.html, OpenAPI: %s/v3/api-docs)%n",
						aosSimulatorUrl(), aosSimulatorUrl(), aosSimulatorUrl())
				+ String.format("  PostgreSQL        %s   (%s; simulator: %s)%n", db.cloudUrl(), dbCredentials,
						db.aosUrl())
				+ (db.isEmbedded() ? String.format("  Data folder       %s%n",
						this.settings.dataDir().toAbsolutePath().normalize()) : "")
				+ String.format("%n  Sign in%n")
				+ String.format("    Partner admin   %s / %s   (Harbor Lane Consulting, %s, already activated)%n",
						DemoData.PARTNER_ADMIN, DemoData.PASSWORD, DemoData.ACTIVATED_PARTNER)
				+ (this.demoCustomerAdministrator ? String.format(
						"    Customer admin  %s / %s   (%s, %s: RapidStart Services active; Configure, Design, Reports)%n",
						DemoCustomer.ADMIN, DemoData.PASSWORD, DemoCustomer.ORGANISATION, DemoCustomer.VOICE_ACCOUNT)
						: "")
				+ String.format("    Support         %s / %s%n", DemoData.SUPPORT, DemoData.PASSWORD)
				+ String.format("    AOS service     aosadmin / aosadmin   (the simulator's service account)%n")
				+ String.format("%n  VOICE partner IDs to try on the Partner Portal's activation page%n")
				+ String.format("    %s  Ridgeway Solutions    activates; the mail with the link arrives in the mailbox%n",
						DemoData.PARTNER_TO_ACTIVATE)
				+ String.format("    %s  Oak Street Partners   refused: Schedule C not signed%n",
						DemoData.PARTNER_WITHOUT_SCHEDULE_C)
				+ String.format("    %s  Pine Valley Group     refused: not certified%n",
						DemoData.PARTNER_NOT_CERTIFIED)
				+ String.format("%n  Ctrl-C stops everything; the data stays for the next start.%n%s%n", line);
	}

	private DatabaseServer database() {
		if (this.database == null) {
			throw new IllegalStateException("The platform is not started");
		}
		return this.database;
	}

	/** Stops everything that runs, newest first; safe to call twice and after a failed start. */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		while (!this.running.isEmpty()) {
			AutoCloseable component = this.running.pop();
			try {
				component.close();
			}
			catch (Exception ex) {
				// keep going: a failure to stop one app must not leave PostgreSQL running
				log.warn("Could not stop {} cleanly", component, ex);
			}
		}
	}

}
