package org.rapidstart.aos.metadata;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An unknown company, table, operation or job: a 404 problem detail (RFC 9457) that names what was asked for. */
public class AosNotFoundException extends ErrorResponseException {

	private final String kind;

	private final String name;

	public AosNotFoundException(String kind, String name) {
		super(HttpStatus.NOT_FOUND, problem(kind, name), null);
		this.kind = kind;
		this.name = name;
	}

	public String kind() {
		return this.kind;
	}

	public String name() {
		return this.name;
	}

	private static ProblemDetail problem(String kind, String name) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"%s '%s' does not exist on this AOS.".formatted(kind, name));
		problem.setTitle(kind + " not found");
		problem.setType(URI.create("urn:rapidstart:aos:not-found"));
		problem.setProperty(kind.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), name);
		return problem;
	}

}
