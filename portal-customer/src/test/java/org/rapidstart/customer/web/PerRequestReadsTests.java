package org.rapidstart.customer.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.customer.SignedInSession;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.UserManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a request costs the database before the page's own work: one statement for the session and one for the user's
 * standing (actor, inactive service, preferences), however many parts of the request ask; no session write when the
 * request changed nothing in it and its last access was recorded less than a minute ago. A change still counts from
 * the very next request.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
@Import({ RecordedStatements.class, PerRequestReadsTests.Probe.class })
class PerRequestReadsTests {

	/** A project read by its id (Hibernate's SQL names the table with an alias). */
	private static final Pattern PROJECT_BY_ID = Pattern.compile("from project (\\w+) where \\1\\.id\\s*=");

	@Autowired
	MockMvc mvc;

	@Autowired
	CustomerFixtures fixtures;

	@Autowired
	RecordedStatements statements;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	CustomerActor admin;

	CustomerActor configurator;

	/** A RapidStart page that does no work of its own but ask everything a page asks of the request's user. */
	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class Probe {

		private final Dates dates;

		private final CurrentPreferences preferences;

		Probe(Dates dates, CurrentPreferences preferences) {
			this.dates = dates;
			this.preferences = preferences;
		}

		@GetMapping("/rapidstart/test/probe")
		String probe(CustomerActor actor, Locale locale) {
			return actor.signInId() + " " + actor.roles() + " " + locale + " " + this.dates.date(Instant.EPOCH) + " "
					+ this.preferences.get().timeZone();
		}

	}

	@BeforeEach
	void setUp() {
		this.admin = this.fixtures.agreedAdmin(this.fixtures.partner(), "reads");
		this.configurator = this.fixtures.user(this.admin, "reads", CustomerRole.CONFIGURATOR);
	}

	@Test
	void aRequestReadsItsUsersStandingWithOneStatement() throws Exception {
		SignedInSession session = SignedInSession.signIn(this.mvc, this.configurator.signInId());
		session.send(get("/rapidstart/test/probe"));

		List<String> sql = this.statements.during(() -> assertThat(
				session.send(get("/rapidstart/test/probe")).getContentAsString()).startsWith(this.configurator.signInId()));

		assertThat(sql).as("statements of one request: the session, then the standing").hasSize(2);
		assertThat(sql.get(0)).containsIgnoringCase("spring_session");
		assertThat(sql.get(1)).contains("customer_user", "subscription", "account_preference", "customer_preference");
	}

	/**
	 * A table's grid asks several times whether the user may see and answer the question and whether its area is open:
	 * the project is read from the database once for all of them, so once for each of the three services the page
	 * asks (the grid, the trail's place, the latest import), each of which checks the user on its own.
	 */
	@Test
	void aTablesGridReadsItsProjectOncePerService() throws Exception {
		long project = this.fixtures.orderToCashProject(this.admin, "Reads");
		SignedInSession session = SignedInSession.signIn(this.mvc, this.admin.signInId());
		String grid = "/rapidstart/projects/" + project + "/tables/Currencies";
		assertThat(session.send(get(grid)).getStatus()).isEqualTo(200);

		List<String> sql = this.statements.during(() -> assertThat(session.send(get(grid)).getContentAsString())
			.contains("Add row"));

		assertThat(sql).filteredOn(s -> PROJECT_BY_ID.matcher(s.toLowerCase(Locale.ROOT)).find())
			.as("the project read by its id").hasSize(3);
	}

	@Test
	void aRequestThatChangesNothingLeavesARecentSessionUnwritten() throws Exception {
		SignedInSession session = SignedInSession.signIn(this.mvc, this.configurator.signInId());
		session.send(get("/rapidstart/test/probe"));
		long lastAccess = lastAccessTime(session);

		List<String> sql = this.statements.during(() -> session.send(get("/rapidstart/test/probe")));

		assertThat(sql).filteredOn(s -> s.toLowerCase(Locale.ROOT).contains("spring_session"))
			.as("the session is read, not written")
			.hasSize(1)
			.allMatch(s -> s.trim().toUpperCase(Locale.ROOT).startsWith("SELECT"));
		assertThat(lastAccessTime(session)).isEqualTo(lastAccess);
	}

	@Test
	void aChangedRoleCountsFromTheNextRequest() throws Exception {
		SignedInSession session = SignedInSession.signIn(this.mvc, this.configurator.signInId());
		assertThat(session.send(get("/rapidstart/test/probe")).getContentAsString()).contains("CONFIGURATOR");
		assertThat(session.send(get("/rapidstart/projects")).getStatus()).isEqualTo(200);

		this.users.changeRoles(this.admin, userId(this.configurator), Set.of(CustomerRole.DESIGNER));
		assertThat(session.send(get("/rapidstart/test/probe")).getContentAsString()).contains("DESIGNER")
			.doesNotContain("CONFIGURATOR");
		assertThat(session.send(get("/rapidstart/projects")).getStatus())
			.as("the projects, though the URL rules still hold the roles of the sign-in").isEqualTo(403);

		this.users.deactivate(this.admin, userId(this.configurator));
		MockHttpServletResponse deactivated = session.send(get("/rapidstart/test/probe"));
		assertThat(deactivated.getStatus()).isNotEqualTo(200);
		assertThat(deactivated.getRedirectedUrl()).as("signed out at once").isEqualTo("/sign-in?ended");
		assertThat(session.send(get("/rapidstart/test/probe")).getRedirectedUrl()).as("and the session is gone")
			.endsWith("/sign-in");
	}

	@Test
	void aRemovedUserIsSignedOutOnTheNextRequest() throws Exception {
		SignedInSession session = SignedInSession.signIn(this.mvc, this.configurator.signInId());
		assertThat(session.send(get("/rapidstart/test/probe")).getStatus()).isEqualTo(200);

		this.users.remove(this.admin, userId(this.configurator));
		assertThat(session.send(get("/rapidstart/test/probe")).getRedirectedUrl()).isEqualTo("/sign-in?ended");
	}

	@Test
	void anInactiveServiceCountsFromTheNextRequestAndSoDoesItsReactivation() throws Exception {
		SignedInSession session = SignedInSession.signIn(this.mvc, this.configurator.signInId());
		assertThat(session.send(get("/rapidstart/test/probe")).getStatus()).isEqualTo(200);

		// what the trial's end does to the organization's service (TrialLifecycleTests runs the real thing)
		serviceStatus("INACTIVE");
		MockHttpServletResponse inactive = session.send(get("/rapidstart/test/probe"));
		assertThat(inactive.getStatus()).isEqualTo(403);
		assertThat(inactive.getForwardedUrl()).isEqualTo("/service-inactive");

		serviceStatus("ACTIVE");
		assertThat(session.send(get("/rapidstart/test/probe")).getContentAsString())
			.startsWith(this.configurator.signInId());
	}

	private void serviceStatus(String status) {
		assertThat(this.jdbc.sql("UPDATE subscription SET status = ? WHERE customer_id = ?")
			.params(status, this.configurator.customerId())
			.update()).isEqualTo(1);
	}

	private long lastAccessTime(SignedInSession session) {
		return this.jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?")
			.param(new String(Base64.getDecoder().decode(session.id()), StandardCharsets.US_ASCII))
			.query(Long.class)
			.single();
	}

	private long userId(CustomerActor actor) {
		return this.jdbc.sql("SELECT id FROM customer_user WHERE account_id = ? AND customer_id = ?")
			.params(actor.accountId(), actor.customerId())
			.query(Long.class)
			.single();
	}

}
