package org.rapidstart.partner;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.rapidstart.testsupport.Browser;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the Partner Portal's browser test classes share (as the Customer Portal's share
 * {@code CustomerPortalBrowserTest}): one headless Chromium for all the tests of a class (started before the first,
 * closed after the last; test classes run one after the other), the portal's address on its random port, and e-mailed
 * links pointed at it. Subclasses are {@link PartnerPortalTest}s.
 */
abstract class PartnerPortalBrowserTest {

	/** The Chromium of the test class that runs now. */
	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	/** The address of a page of the portal under test. */
	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A link from an e-mail (written for the portal's configured address), pointed at the portal under test. */
	String mailed(String link) {
		return link.replace("http://localhost:8081", url(""));
	}

}
