package org.rapidstart.customer.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Requests take turns: at most a few do their work at a time, the others wait for a turn in the order they came, and
 * one that waited {@code wait} in vain is refused with 503 (and a Retry-After) before anything of it ran.
 * <p>
 * Why: the work of a request is CPU (the page and its statements), and with more requests running than a few per core
 * they only take the cores from each other. Without turns, 32 concurrent clients on 2 cores got the answering page at
 * p50 21 ms but p99 66 ms (and the trivial endpoint p50 1.6 ms, p99 22 ms): the operating system's scheduling of dozens
 * of busy threads, the connection pool's waiting and a kept-alive connection keeping its Tomcat thread are not first
 * come, first served. With 8 turns (4 per core) the same run had p50 23 ms, p99 32 ms and slightly more requests per
 * second (README, answering page benchmark). Fewer Tomcat threads are no substitute: a thread serves the next request
 * of the connection it is on when it has already arrived, so a few connections kept the threads and the rest starved.
 * <p>
 * Uploads ({@code multipart/*}) do not take a turn: their body arrives at the pace of the user's network, and the
 * import they start runs on its own threads. Downloads that stream (workbooks, CSV) hand the writing to an
 * asynchronous dispatch, which is not counted either. Runs before everything else, the session included, so a refused
 * request has read and changed nothing.
 */
final class RequestAdmission implements Filter {

	private static final Log logger = LogFactory.getLog(RequestAdmission.class);

	/** Seconds a refused client is asked to wait before trying again. */
	static final String RETRY_AFTER_SECONDS = "5";

	private final Semaphore turns;

	private final int concurrent;

	private final Duration wait;

	/**
	 * @param concurrent requests that work at a time
	 * @param wait how long a request may wait for its turn before it is refused
	 */
	RequestAdmission(int concurrent, Duration wait) {
		if (concurrent < 1) {
			throw new IllegalArgumentException("At least one request must be able to run at a time, not " + concurrent);
		}
		this.turns = new Semaphore(concurrent, true);
		this.concurrent = concurrent;
		this.wait = wait;
	}

	/**
	 * Turns for a machine: 4 per core, as a request also waits for PostgreSQL (on 2 cores, 8 at a time served the page
	 * at 1,388 requests/s and p99 32 ms, 4 at a time at 1,306 and 33 ms).
	 */
	static int forCores(int cores) {
		return 4 * Math.max(1, cores);
	}

	int concurrent() {
		return this.concurrent;
	}

	/** Requests waiting for a turn now. */
	int waiting() {
		return this.turns.getQueueLength();
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (isUpload(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (!turn()) {
			refuse((HttpServletRequest) request, (HttpServletResponse) response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.turns.release();
		}
	}

	private boolean turn() {
		try {
			return this.turns.tryAcquire(this.wait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		logger.warn("Refused " + request.getMethod() + " " + request.getRequestURI() + ": no turn within "
				+ this.wait.toMillis() + " ms (" + this.concurrent + " at a time, " + waiting() + " waiting)");
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	@Override
	public String toString() {
		return this.concurrent + " at a time, each waiting at most " + this.wait.toMillis() + " ms";
	}

	private static boolean isUpload(ServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

}
