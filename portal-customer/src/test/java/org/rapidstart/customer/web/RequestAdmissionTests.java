package org.rapidstart.customer.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Requests take turns: no more than the set number run at once, the others run in the order they came, one that
 * waited too long gets 503 without running, and uploads never wait.
 */
class RequestAdmissionTests {

	/** Requests that entered the chain, in order. */
	private final List<String> ran = new CopyOnWriteArrayList<>();

	/** Holds every request that enters the chain until released. */
	private final CountDownLatch release = new CountDownLatch(1);

	private final FilterChain held = (request, response) -> {
		this.ran.add(((MockHttpServletRequest) request).getRequestURI());
		try {
			this.release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			throw new ServletException(ex);
		}
	};

	@Test
	void noMoreThanTheTurnsRunAtOnce() throws Exception {
		RequestAdmission admission = new RequestAdmission(2, Duration.ofSeconds(10));
		CompletableFuture<?>[] requests = new CompletableFuture<?>[5];
		for (int i = 0; i < requests.length; i++) {
			requests[i] = send(admission, get("/request-" + i));
		}
		await().until(() -> admission.waiting() == 3);
		Thread.sleep(100);
		assertThat(this.ran).as("two run, three wait").hasSize(2);

		this.release.countDown();
		CompletableFuture.allOf(requests).get(10, TimeUnit.SECONDS);
		assertThat(this.ran).hasSize(5);
		assertThat(admission.waiting()).isZero();
	}

	@Test
	void waitingRequestsRunInTheOrderTheyCame() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofSeconds(10));
		CompletableFuture<?> first = send(admission, get("/first"));
		await().until(() -> this.ran.size() == 1);
		CompletableFuture<?>[] waiting = new CompletableFuture<?>[4];
		for (int i = 0; i < waiting.length; i++) {
			waiting[i] = send(admission, get("/waiting-" + i));
			int queued = i + 1;
			await().until(() -> admission.waiting() == queued);
		}

		this.release.countDown();
		first.get(10, TimeUnit.SECONDS);
		CompletableFuture.allOf(waiting).get(10, TimeUnit.SECONDS);
		assertThat(this.ran).containsExactly("/first", "/waiting-0", "/waiting-1", "/waiting-2", "/waiting-3");
	}

	@Test
	void aRequestThatWaitedTooLongIsRefusedWithoutRunning() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(200));
		CompletableFuture<?> busy = send(admission, get("/busy"));
		await().until(() -> this.ran.size() == 1);

		MockHttpServletResponse refused = new MockHttpServletResponse();
		admission.doFilter(post("/rapidstart/projects/1/groups/2"), refused, this.held);

		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo(RequestAdmission.RETRY_AFTER_SECONDS);
		assertThat(this.ran).as("the refused request never ran").containsExactly("/busy");
		this.release.countDown();
		busy.get(10, TimeUnit.SECONDS);
	}

	@Test
	void uploadsDoNotWaitForATurn() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(200));
		CompletableFuture<?> busy = send(admission, get("/busy"));
		await().until(() -> this.ran.size() == 1);

		MockHttpServletRequest upload = post("/rapidstart/projects/1/tables/Customers/imports");
		upload.setContentType("multipart/form-data; boundary=x");
		MockHttpServletResponse response = new MockHttpServletResponse();
		List<String> passed = new CopyOnWriteArrayList<>();
		admission.doFilter(upload, response, (request, r) -> passed.add("upload"));

		assertThat(passed).containsExactly("upload");
		assertThat(response.getStatus()).isEqualTo(200);
		this.release.countDown();
		busy.get(10, TimeUnit.SECONDS);
	}

	@Test
	void aRequestThatFailsGivesItsTurnBack() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(200));
		assertThatExceptionOfType(ServletException.class).isThrownBy(() -> admission.doFilter(get("/fails"),
				new MockHttpServletResponse(), (request, response) -> {
					throw new ServletException("boom");
				}));
		MockHttpServletResponse next = new MockHttpServletResponse();
		admission.doFilter(get("/next"), next, (request, response) -> this.ran.add("/next"));
		assertThat(this.ran).containsExactly("/next");
		assertThat(next.getStatus()).isEqualTo(200);
	}

	@Test
	void fourTurnsPerCore() {
		assertThat(RequestAdmission.forCores(2)).isEqualTo(8);
		assertThat(RequestAdmission.forCores(0)).isEqualTo(4);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new RequestAdmission(0, Duration.ofSeconds(1)));
	}

	private CompletableFuture<?> send(RequestAdmission admission, MockHttpServletRequest request) {
		return CompletableFuture.runAsync(() -> {
			try {
				admission.doFilter(request, new MockHttpServletResponse(), this.held);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, runnable -> new Thread(runnable).start());
	}

	private static MockHttpServletRequest get(String uri) {
		return new MockHttpServletRequest("GET", uri);
	}

	private static MockHttpServletRequest post(String uri) {
		return new MockHttpServletRequest("POST", uri);
	}

}
