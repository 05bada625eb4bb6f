package org.rapidstart.customer.web;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths that open before something else is asked of a visitor, in one place, so that signing in, choosing an
 * organization and agreeing to the agreements each let through the same pages and files.
 */
final class OpenPaths {

	/** Open to anyone, signed in or not: the e-mailed links, sign-in, error pages and static files. */
	static final List<String> PUBLIC = List.of("/activation/**", "/invitation/**", "/sign-in", "/webjars/**",
			"/css/**", "/js/**", "/error", "/error/**", "/favicon.ico");

	/** Open to a signed-in user of several organizations before they chose one: also signing out and the choice. */
	static final List<String> BEFORE_ORGANISATION = with(PUBLIC, "/sign-out", "/organisations", "/organisations/**");

	/** Open to a signed-in user before they agreed to the agreements: also the agreements page. */
	static final List<String> BEFORE_AGREEMENT = with(BEFORE_ORGANISATION, "/agreements");

	private static final List<PathPattern> BEFORE_ORGANISATION_PATTERNS = BEFORE_ORGANISATION.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	private OpenPaths() {
	}

	/** Whether a path (within the application) opens before an organization is chosen. */
	static boolean beforeOrganisation(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return BEFORE_ORGANISATION_PATTERNS.stream().anyMatch(p -> p.matches(container));
	}

	static String[] array(List<String> paths) {
		return paths.toArray(String[]::new);
	}

	private static List<String> with(List<String> paths, String... more) {
		return Stream.concat(paths.stream(), Stream.of(more)).toList();
	}

}
