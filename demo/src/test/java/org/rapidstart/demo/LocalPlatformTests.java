package org.rapidstart.demo;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the whole local platform the way the README's command does, but on free ports with a temporary data folder
 * and its own embedded PostgreSQL, then restarts it on the same folder. One platform for the class: starting it is
 * the expensive part.
 */
@TestMethodOrder(OrderAnnotation.class)
class LocalPlatformTests {

	private static final String LINK = "http://localhost:8082/activate?token=abc123&step=2";

	private static final String MAIL_FROM = "Local Platform Tests <platform-tests@rapidstart.example>";

	@TempDir
	static Path dataDir;

	private static PlatformSettings settings;

	private static LocalPlatform platform;

	/** The ports handed out so far, so that no two apps get the same one. */
	private static final Set<Integer> PORTS = new HashSet<>();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(Redirect.NORMAL)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	static void startPlatform() throws IOException {
		// a setting on the demo's command line must reach the apps: the sender of the portals' e-mails shows it, and
		// the simulator's fault switches start as given
		settings = new PlatformSettings(dataDir, freePort(), freePort(), freePort(), freePort(), freePort(),
				freePort(), null, null, Map.of("rapidstart.mail-from", MAIL_FROM, "rapidstart.aos.faults.latency-ms", "1"));
		platform = LocalPlatform.start(settings);
	}

	@AfterAll
	static void stopPlatform() {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	@Order(1)
	void everyAppAnswersOnItsPort() throws Exception {
		assertThat(get(platform.partnerPortalUrl() + "/").statusCode()).isEqualTo(200);
		assertThat(get(platform.customerPortalUrl() + "/").statusCode()).isBetween(200, 499);
		assertThat(get(platform.mailboxUrl() + "/").statusCode()).isEqualTo(200);
		assertThat(get(platform.aosSimulatorUrl() + "/aos/companies").statusCode()).isIn(200, 401);
		HttpResponse<String> withServiceAccount = this.http.send(HttpRequest
			.newBuilder(URI.create(platform.aosSimulatorUrl() + "/aos/companies"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("aosadmin:aosadmin".getBytes(StandardCharsets.UTF_8)))
			.build(), BodyHandlers.ofString());
		assertThat(withServiceAccount.statusCode()).isEqualTo(200);
		HttpResponse<String> faults = this.http.send(HttpRequest
			.newBuilder(URI.create(platform.aosSimulatorUrl() + "/aos/admin/faults"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("aosadmin:aosadmin".getBytes(StandardCharsets.UTF_8)))
			.build(), BodyHandlers.ofString());
		assertThat(faults.body()).contains("\"latencyMs\":1");
		// the portals' JDBC sessions on the shared class path stay out of the simulator (no table for them there)
		assertThat(platform.aosSimulator().getBeanNamesForType(org.springframework.session.SessionRepository.class))
			.isEmpty();
		assertThat(platform.banner()).contains(platform.partnerPortalUrl(), platform.customerPortalUrl(),
				platform.mailboxUrl(), platform.aosSimulatorUrl(), platform.jdbcUrl(), "admin@harborlane.example",
				"support@rapidstart.example", "rapidstart-demo", "aosadmin", "PRT-100002", "PRT-100003", "PRT-100004",
				"ada@alder.example");
	}

	@Test
	@Order(2)
	void theDemoCustomerAdministratorSignsInToTheCustomerPortalAtOnce() throws Exception {
		try (Connection connection = connect()) {
			assertThat(strings(connection, """
					SELECT c.organisation_name || ', ' || c.city || ' ' || c.country_region || ': ' || s.status FROM customer c
					JOIN subscription s ON s.customer_id = c.id WHERE c.voice_account_number = 'CUS-200001'"""))
				.as("enrolled with its VOICE address: a new project starts from it")
				.containsExactly("Alder Manufacturing, Dayton US: ACTIVE");
		}
		HttpResponse<String> signedIn = signInToTheCustomerPortal(DemoCustomer.ADMIN);
		// a person who has not agreed yet: the agreements come first
		assertThat(signedIn.uri().getPath()).isEqualTo("/agreements");
		assertThat(signedIn.body()).contains("Ada Alder").contains("Alder Manufacturing");
	}

	@Test
	@Order(3)
	void seedsTheDemoData() throws SQLException {
		try (Connection connection = connect()) {
			assertThat(strings(connection, """
					SELECT partner_id || ' ' || certified || ' ' || schedule_c_signed FROM voice_partner
					WHERE partner_id LIKE 'PRT-10000_' ORDER BY partner_id"""))
				.containsExactly("PRT-100001 true true", "PRT-100002 true true", "PRT-100003 true false",
						"PRT-100004 false true");
			assertThat(strings(connection, """
					SELECT account_number || ' ' || partner_id || ' ' || country_region FROM voice_customer
					WHERE account_number LIKE 'CUS-20000_' ORDER BY account_number""")).containsExactly("CUS-200001 PRT-100001 US",
							"CUS-200002 PRT-100001 US", "CUS-200003 PRT-100002 US");
			assertThat(strings(connection, """
					SELECT a.sign_in_id || ' ' || u.role || ' ' || coalesce(p.voice_partner_id, '-') || ' ' || a.enabled
					FROM account a JOIN partner_user u ON u.account_id = a.id LEFT JOIN partner p ON p.id = u.partner_id
					WHERE a.sign_in_id IN ('admin@harborlane.example', 'support@rapidstart.example')
					ORDER BY a.sign_in_id""")).containsExactly("admin@harborlane.example PARTNER_ADMIN PRT-100001 true",
							"support@rapidstart.example SUPPORT - true");
			assertThat(strings(connection, "SELECT voice_partner_id FROM partner WHERE activated_at IS NOT NULL"))
				.containsExactly("PRT-100001");
			for (String hash : strings(connection, """
					SELECT password_hash FROM account
					WHERE sign_in_id IN ('admin@harborlane.example', 'support@rapidstart.example')""")) {
				assertThat(hash).startsWith("{bcrypt}");
				assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("rapidstart-demo", hash))
					.isTrue();
			}
		}
	}

	@Test
	@Order(4)
	void showsAMailSentOverSmtpWithItsLinkClickable() throws Exception {
		GreenMailUtil.sendTextEmail("new.admin@ridgeway.example", "no-reply@rapidstart.example",
				"Activate your partner account", "Hello,\n\nopen " + LINK + ".\n\n<script>alert(1)</script>",
				new ServerSetup(settings.smtpPort(), "localhost", ServerSetup.PROTOCOL_SMTP));

		String json = await().atMost(Duration.ofSeconds(10))
			.until(() -> get(platform.mailboxUrl() + "/api/messages").body(),
					body -> body.contains("Activate your partner account"));
		assertThat(json).contains("new.admin@ridgeway.example", "receivedAt", "token=abc123");

		String inbox = get(platform.mailboxUrl() + "/").body();
		assertThat(inbox).contains("new.admin@ridgeway.example", "Activate your partner account");
		Matcher messageLink = Pattern.compile("href=\"(/messages/[0-9a-f-]+)\"").matcher(inbox);
		assertThat(messageLink.find()).isTrue();

		String page = get(platform.mailboxUrl() + messageLink.group(1)).body();
		// the link is an element, the trailing full stop is not part of it, and the markup in the mail is only text
		assertThat(page).contains("<a href=\"http://localhost:8082/activate?token=abc123&amp;step=2\"");
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
	}

	@Test
	@Order(5)
	void keepsDataAndMailsAcrossARestartWithoutDuplicatingTheSeed() throws Exception {
		Map<String, Long> before = rowCounts();
		platform.close();
		platform = LocalPlatform.start(settings);

		assertThat(rowCounts()).isEqualTo(before);
		assertThat(get(platform.mailboxUrl() + "/api/messages").body()).contains("Activate your partner account");
		assertThat(get(platform.partnerPortalUrl() + "/").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(6)
	void finishesTheDemoCustomerOnTheNextStartWhenAnEarlierStartStoppedHalfWay() throws Exception {
		// as if the first start had stopped after sending the activation: the service waits for its activation, no
		// account has the administrator's sign-in ID yet, and the mailbox holds an activation mail whose link no longer
		// works (it was used)
		assertThat(get(platform.mailboxUrl() + "/api/messages").body())
			.contains("Activate RapidStart Services for Alder Manufacturing");
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			assertThat(statement.executeUpdate(
					"UPDATE account SET sign_in_id = 'ada.before@alder.example' WHERE sign_in_id = 'ada@alder.example'"))
				.isEqualTo(1);
			assertThat(statement.executeUpdate("""
					UPDATE subscription SET status = 'INVITATION_SENT', activated_at = NULL
					WHERE customer_id = (SELECT id FROM customer WHERE voice_account_number = 'CUS-200001')"""))
				.isEqualTo(1);
		}
		Map<String, Long> before = rowCounts();

		assertThat(platform.seedDemoCustomer()).isTrue();

		Map<String, Long> after = rowCounts();
		assertThat(after).as("the same customer and service, one new account")
			.containsEntry("customer", before.get("customer"))
			.containsEntry("subscription", before.get("subscription"))
			.containsEntry("account", before.get("account") + 1);
		try (Connection connection = connect()) {
			assertThat(strings(connection, """
					SELECT s.status FROM subscription s JOIN customer c ON c.id = s.customer_id
					WHERE c.voice_account_number = 'CUS-200001'""")).containsExactly("ACTIVE");
		}
		assertThat(signInToTheCustomerPortal(DemoCustomer.ADMIN).uri().getPath()).isEqualTo("/agreements");
		// and a start after that has nothing left to do
		assertThat(platform.seedDemoCustomer()).isTrue();
		assertThat(rowCounts()).isEqualTo(after);
	}

	@Test
	@Order(7)
	void deletesAllMailsFromThePageAndTheDataFolder() throws Exception {
		HttpResponse<String> deleted = this.http.send(HttpRequest.newBuilder(URI.create(platform.mailboxUrl()
				+ "/delete-all")).POST(HttpRequest.BodyPublishers.noBody()).build(), BodyHandlers.ofString());

		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(deleted.body()).contains("No mail yet.");
		assertThat(get(platform.mailboxUrl() + "/api/messages").body()).isEqualTo("[]");
		try (Stream<Path> files = Files.list(dataDir.resolve("mail"))) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	@Order(8)
	void mailsLinksToThePortalOnThePortItRunsOnFromTheSenderNamedOnTheCommandLine() throws Exception {
		HttpResponse<String> sent = submitForm(platform.partnerPortalUrl() + "/register",
				"partnerId=PRT-100002&name=" + encode("Rita Ridgeway") + "&signInId=" + encode("rita@ridgeway.example"));
		assertThat(sent.uri().getPath()).isEqualTo("/register/sent");

		String json = await().atMost(Duration.ofSeconds(30))
			.until(() -> get(platform.mailboxUrl() + "/api/messages").body(), body -> body.contains("rita@ridgeway.example"));
		assertThat(json).contains("platform-tests@rapidstart.example")
			.contains(platform.partnerPortalUrl() + "/register/verify/");
	}

	/** Signs in on the Customer Portal's sign-in form, as a browser would; the answer to the form. */
	private static HttpResponse<String> signInToTheCustomerPortal(String signInId) throws Exception {
		return submitForm(platform.customerPortalUrl() + "/sign-in",
				"signInId=" + encode(signInId) + "&password=rapidstart-demo");
	}

	/**
	 * Opens the form at {@code url} in a session of its own and sends it with these fields and its CSRF token, as a
	 * browser would; the answer after redirects.
	 */
	private static HttpResponse<String> submitForm(String url, String fields) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.followRedirects(Redirect.NORMAL)
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String form = browser.send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).isTrue();
		return browser.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.group(1)) + "&" + fields))
			.build(), BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private Map<String, Long> rowCounts() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			for (String table : new String[] { "voice_partner", "voice_customer", "partner", "account",
					"partner_user", "customer", "subscription" }) {
				try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
		}
		return counts;
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
				BodyHandlers.ofString());
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(platform.jdbcUrl(), "postgres", "postgres");
	}

	private static List<String> strings(Connection connection, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	/**
	 * A port nothing listens on, below the kernel's ephemeral range. A port the kernel picks (bind to 0) is one of
	 * that range, which it also gives every outgoing connection on the machine (other builds' database and browser
	 * connections): one of them once took such a port between this test finding it free and the Partner Portal binding
	 * it, seconds later (the apps start one after the other, and again on the restart). Ports below the range go only
	 * to a process that asks for them by number.
	 */
	private static int freePort() throws IOException {
		int below = lowestEphemeralPort();
		if (below <= 11_000) {
			// no room below the range on this machine: the kernel's choice
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}
		for (int attempt = 0; attempt < 1_000; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(10_000, below);
			if (PORTS.add(port)) {
				try (ServerSocket socket = new ServerSocket(port)) {
					return port;
				}
				catch (IOException taken) {
					// in use: another one
				}
			}
		}
		throw new IOException("No free port between 10000 and " + below);
	}

	/** The first port of the ephemeral range (Linux: net.ipv4.ip_local_port_range), else the IANA one's. */
	private static int lowestEphemeralPort() throws IOException {
		Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
		if (!Files.isReadable(range)) {
			return 49_152;
		}
		// read by lines: Files.readString of this /proc file gave only its first character
		return Integer.parseInt(Files.readAllLines(range).get(0).trim().split("\\s+")[0]);
	}

}
