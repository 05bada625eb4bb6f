package org.rapidstart.demo;

/**
 * The README's first command: starts the whole platform locally and keeps it running until Ctrl-C.
 * <p>
 * Settings, like Spring Boot's: {@code --spring.datasource.url=...} (or the system property, or
 * {@code SPRING_DATASOURCE_URL}) uses that PostgreSQL instead of the embedded one; {@code --spring.mail.host=...} uses
 * that SMTP server instead of the embedded one and its mailbox; {@code --rapidstart.demo.data-dir=...} and
 * {@code --rapidstart.demo.*-port=...} move the data folder and the ports.
 */
public final class DemoApplication {

	private DemoApplication() {
	}

	public static void main(String[] args) {
		LocalPlatform platform = new LocalPlatform(PlatformSettings.resolve(args));
		// registered before start, so a Ctrl-C during start-up still stops the embedded PostgreSQL
		Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "rapidstart-demo-shutdown"));
		try {
			platform.start();
		}
		catch (RuntimeException ex) {
			System.err.println();
			System.err.println("RapidStart could not start: " + ex.getMessage());
			System.err.println("(the log above has the details)");
			System.exit(1);
		}
		System.out.println(platform.banner());
		// main ends here; the apps' web server threads keep the JVM running until Ctrl-C
	}

}
