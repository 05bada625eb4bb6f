package org.rapidstart.customer.projects;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.project.NewProject;
import org.rapidstart.provisioning.project.Organisation;
import org.rapidstart.provisioning.project.ProjectKind;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.ProjectOverview;
import org.rapidstart.provisioning.project.ProjectView;
import org.rapidstart.provisioning.project.QuestionGroupAnswering;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.questionnaire.builtin.Industry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answering page under load: requests per second and latency (p50, p99) of a question group page at 32
 * concurrent clients (each with its own signed-in session), next to a trivial endpoint of the same app (same
 * security, session and interceptors, no work) measured in the same run, in alternating rounds. Goal: p99 of the
 * page under 50 ms on 2 cores. Run: {@code ./mvnw -pl portal-customer -am -Pbenchmark verify
 * -Dtest=AnsweringPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (see the README for the knobs).
 */
@CustomerPortalTest
@Import({ ProjectWebFixtures.class, AnsweringPageBenchmark.Ping.class })
class AnsweringPageBenchmark {

	private static final int CLIENTS = Integer.getInteger("answering.benchmark.clients", 32);

	private static final Duration ROUND = Duration.ofSeconds(Long.getLong("answering.benchmark.roundSeconds", 10));

	private static final int ROUNDS = Integer.getInteger("answering.benchmark.rounds", 3);

	@LocalServerPort
	int port;

	@Autowired
	ProjectWebFixtures fixtures;

	@Autowired
	ProjectManagement management;

	@Autowired
	QuestionGroupAnswering answering;

	@Autowired
	TableGrid tables;

	/** The trivial endpoint: signed in like the page, does nothing. */
	@TestConfiguration
	@RestController
	static class Ping {

		@GetMapping("/benchmark/ping")
		String ping() {
			return "ok";
		}

	}

	@Test
	void answeringPageNextToATrivialEndpoint() throws Exception {
		CustomerActor admin = this.fixtures.administrator("bench");
		String pagePath = projectWithBaseInformationAnswered(admin);
		List<HttpClient> clients = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			clients.add(signedIn(admin));
		}

		// warm up both (JIT, connection pools, caches), then alternate rounds so drift hits both alike
		run(clients, "/benchmark/ping", Duration.ofSeconds(3));
		run(clients, pagePath, Duration.ofSeconds(5));
		Result trivial = Result.empty();
		Result page = Result.empty();
		for (int r = 0; r < ROUNDS; r++) {
			trivial = trivial.plus(run(clients, "/benchmark/ping", ROUND));
			page = page.plus(run(clients, pagePath, ROUND));
		}

		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		System.out.printf("%nAnswering page benchmark: %d concurrent clients, %d rounds of %d s per endpoint, %d cores, "
				+ "load average %.2f%n", CLIENTS, ROUNDS, ROUND.toSeconds(), Runtime.getRuntime().availableProcessors(),
				load);
		System.out.printf("%-44s %10s %10s %9s %9s %9s %7s%n", "endpoint", "requests", "req/s", "p50 ms", "p99 ms",
				"max ms", "errors");
		trivial.print("trivial endpoint (GET /benchmark/ping)");
		page.print("answering page (Organization information)");
		System.out.printf("page / trivial: %.2fx the requests per second, p99 %.1fx%n",
				page.perSecond() / trivial.perSecond(), page.p99() / Math.max(0.001, trivial.p99()));
		System.out.printf("goal p99 < 50 ms: %s (p99 %.1f ms)%n%n", page.p99() < 50 ? "met" : "NOT met", page.p99());
		assertThat(page.errors()).as("failed page requests").isZero();
		assertThat(trivial.errors()).as("failed trivial requests").isZero();
	}

	/** An Order-to-cash project whose Base information is answered, with currencies, as a configurator has it. */
	private String projectWithBaseInformationAnswered(CustomerActor admin) {
		ProjectView project = this.management.create(admin, new NewProject("Benchmark",
				new Organisation("Contoso Europe", "1 Main Street", "Dublin", null, "D01", "IE", Industry.DISTRIBUTION),
				ProjectKind.CUSTOM, "builtin:Order-to-cash", null));
		List<ProjectOverview.Group> groups = this.management.overview(admin, project.id())
			.areas()
			.stream()
			.flatMap(a -> a.groups().stream())
			.toList();
		long organisation = groups.get(0).id();
		for (String[] currency : new String[][] { { "EUR", "Euro" }, { "USD", "US dollar" }, { "GBP", "Pound" } }) {
			this.tables.add(admin, project.id(), "Currencies", Map.of("CurrencyCode", currency[0], "Txt", currency[1]));
		}
		this.tables.add(admin, project.id(), "CountriesRegions", Map.of("CountryRegionId", "IE", "ShortName", "Ireland"));
		this.answering.save(admin, project.id(), organisation, 0, Map.of("CompanyName", "Contoso Europe", "CompanyCode",
				"CEU", "CountryRegion", "IE", "CompanyCurrency", "EUR", "City", "Dublin", "FiscalYear|StartDate",
				"2027-01-01", "FiscalYear|PeriodUnit", "Month", "FiscalYear|PeriodQuantity", "1",
				"FiscalYear|NumberOfYears", "2"));
		this.answering.save(admin, project.id(), groups.get(1).id(), 0, Map.of("LedgerName", "Contoso ledger",
				"ChartOfAccountsName", "Shared", "AccountingCurrency", "EUR", "UseReportingCurrency", "No"));
		return "/rapidstart/projects/" + project.id() + "/groups/" + organisation;
	}

	private HttpClient signedIn(CustomerActor actor) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String form = client.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).isTrue();
		String body = "signInId=" + URLEncoder.encode(actor.signInId(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(CustomerFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<Void> signIn = client.send(HttpRequest.newBuilder(uri("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}

	private Result run(List<HttpClient> clients, String path, Duration duration) throws InterruptedException {
		List<long[]> latencies = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		CountDownLatch done = new CountDownLatch(clients.size());
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		for (HttpClient client : clients) {
			long[] own = new long[200_000];
			latencies.add(own);
			new Thread(() -> {
				int n = 0;
				try {
					while (System.nanoTime() < end && n < own.length) {
						long t0 = System.nanoTime();
						HttpResponse<byte[]> response = client.send(get(path), HttpResponse.BodyHandlers.ofByteArray());
						own[n++] = System.nanoTime() - t0;
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
					}
				}
				catch (Exception ex) {
					errors.incrementAndGet();
				}
				finally {
					own[own.length - 1] = n;
					done.countDown();
				}
			}).start();
		}
		done.await();
		double seconds = (System.nanoTime() - start) / 1e9;
		int total = latencies.stream().mapToInt(l -> (int) l[l.length - 1]).sum();
		long[] all = new long[total];
		int i = 0;
		for (long[] l : latencies) {
			int n = (int) l[l.length - 1];
			System.arraycopy(l, 0, all, i, n);
			i += n;
		}
		return new Result(all, seconds, errors.get());
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET().build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private record Result(long[] latencies, double seconds, long errors) {

		static Result empty() {
			return new Result(new long[0], 0, 0);
		}

		Result plus(Result other) {
			long[] merged = Arrays.copyOf(this.latencies, this.latencies.length + other.latencies.length);
			System.arraycopy(other.latencies, 0, merged, this.latencies.length, other.latencies.length);
			return new Result(merged, this.seconds + other.seconds, this.errors + other.errors);
		}

		double perSecond() {
			return this.latencies.length / this.seconds;
		}

		double percentile(double p) {
			long[] sorted = this.latencies.clone();
			Arrays.sort(sorted);
			if (sorted.length == 0) {
				return 0;
			}
			int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
		}

		double p99() {
			return percentile(99);
		}

		void print(String name) {
			System.out.printf("%-44s %10d %10.0f %9.1f %9.1f %9.1f %7d%n", name, this.latencies.length, perSecond(),
					percentile(50), p99(), percentile(100), this.errors);
		}

	}

}
