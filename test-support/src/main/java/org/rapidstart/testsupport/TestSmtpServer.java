package org.rapidstart.testsupport;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One GreenMail SMTP server per test JVM on a free port; {@link WithTestMail} points {@code spring.mail.*} at it.
 * Tests read what arrived with {@link CapturedMail} and may stop and start it to play an SMTP outage.
 */
public class TestSmtpServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail greenMail;

	private static int port;

	public static synchronized GreenMail greenMail() {
		if (greenMail == null) {
			ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
			greenMail = new GreenMail(setup);
			greenMail.start();
			port = greenMail.getSmtp().getPort();
			Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-shutdown"));
		}
		return greenMail;
	}

	/** Stops the server (the port stays reserved for {@link #restart()}), to play an SMTP outage. */
	public static synchronized void stop() {
		greenMail().stop();
	}

	/** Starts the server again on the same port, with an empty mailbox. */
	public static synchronized void restart() {
		greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		greenMail();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testSmtp", Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port",
					String.valueOf(port))));
	}

}
