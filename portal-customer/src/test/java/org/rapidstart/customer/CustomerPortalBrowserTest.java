package org.rapidstart.customer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.testsupport.Browser;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the Customer Portal's browser test classes share: one headless Chromium for all the tests of a class (started
 * before the first, closed after the last; test classes run one after the other), the portal's address on its random
 * port, and signing in as a user through the sign-in page. Subclasses are {@link CustomerPortalTest}s.
 */
public abstract class CustomerPortalBrowserTest {

	/** The Chromium of the test class that runs now. */
	protected static Browser browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	/** The address of a page of the portal under test. */
	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A link from an e-mail (written for the portal's configured address), pointed at the portal under test. */
	protected String mailed(String link) {
		return link.replace("http://localhost:8082", url(""));
	}

	/** Signs in afresh as the user on the sign-in page, as a person does, and waits until a signed-in page shows. */
	protected void signIn(CustomerActor actor) {
		browser.signIn(url("/sign-in"), actor.signInId(), CustomerFixtures.PASSWORD).waitForText("Sign out");
	}

}
