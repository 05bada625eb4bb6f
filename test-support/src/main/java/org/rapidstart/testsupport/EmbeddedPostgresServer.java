package org.rapidstart.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM, started on first use and stopped at JVM exit.
 * Each caller gets a database of its own, so Spring test contexts never see each other's rows.
 */
public final class EmbeddedPostgresServer {

	private static final AtomicInteger databases = new AtomicInteger();

	private static volatile EmbeddedPostgres server;

	private EmbeddedPostgresServer() {
	}

	/** Creates a fresh, empty database and returns its JDBC URL (user and password {@code postgres}). */
	public static String newDatabase(String prefix) {
		String name = prefix.toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_" + databases.incrementAndGet();
		EmbeddedPostgres pg = server();
		try (Connection connection = pg.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return pg.getJdbcUrl("postgres", name);
	}

	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				EmbeddedPostgres started = EmbeddedPostgres.builder()
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off")
					.setServerConfig("max_connections", "300")
					.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						started.close();
					}
					catch (IOException ignored) {
						// the JVM is going away; the temporary data folder is removed by the OS later
					}
				}, "embedded-postgres-shutdown"));
				server = started;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
			}
		}
		return server;
	}

}
