package org.rapidstart.aos.fault;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the switches before authentication: an AOS that is down or slow is so for everyone, whatever the
 * credentials.
 */
class FaultInjectionFilter extends OncePerRequestFilter {

	private final FaultSwitches switches;

	private final JsonMapper json;

	FaultInjectionFilter(FaultSwitches switches, JsonMapper json) {
		this.switches = switches;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/aos/") || path.startsWith("/aos/admin/") || path.startsWith("/aos/css/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		FaultSwitches.Faults faults = this.switches.current();
		if (faults.maintenance()) {
			response.setHeader("Retry-After", Integer.toString(this.switches.retryAfterSeconds()));
			refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "AOS in maintenance",
					"The AOS is in maintenance mode. Try again later.");
			return;
		}
		if (faults.latencyMs() > 0) {
			try {
				// the injected latency itself, not a wait for other work
				Thread.sleep(faults.latencyMs());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (faults.errorRate() > 0 && ThreadLocalRandom.current().nextDouble() < faults.errorRate()) {
			refuse(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "Injected AOS error",
					"The AOS failed to process the request (fault injection, error rate %s)."
						.formatted(faults.errorRate()));
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("urn:rapidstart:aos:fault"));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
