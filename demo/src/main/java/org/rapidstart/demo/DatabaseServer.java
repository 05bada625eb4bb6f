package org.rapidstart.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

import org.rapidstart.demo.PlatformSettings.ExternalDatabase;

/**
 * The PostgreSQL server the platform runs on: an embedded one whose cluster lives in the data folder, or one the
 * caller runs. Knows the JDBC URLs of the two databases the platform needs, {@code rapidstart} (the cloud, shared by
 * both portals) and {@code aos} (the simulator's own).
 */
final class DatabaseServer implements AutoCloseable {

	static final String CLOUD_DATABASE = "rapidstart";

	static final String AOS_DATABASE = "aos";

	// jdbc:postgresql://host:port/database?params -> the database part
	private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?]*)(.*)$");

	private final @Nullable EmbeddedPostgres embedded;

	private final String cloudUrl;

	private final String aosUrl;

	private final String username;

	private final String password;

	private DatabaseServer(@Nullable EmbeddedPostgres embedded, String cloudUrl, String aosUrl, String username,
			String password) {
		this.embedded = embedded;
		this.cloudUrl = cloudUrl;
		this.aosUrl = aosUrl;
		this.username = username;
		this.password = password;
	}

	/**
	 * Starts PostgreSQL on {@code port} with its cluster in {@code dataDirectory}. The cluster is created on the first
	 * run only and kept afterwards, so a restart of the demo finds its data again.
	 */
	static DatabaseServer startEmbedded(Path dataDirectory, int port) {
		EmbeddedPostgres postgres;
		try {
			Files.createDirectories(dataDirectory);
			postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(port)
				// LocalPlatform stops the server after the apps that use it, not in a JVM hook of its own
				.setRegisterShutdownHook(false)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL on port " + port
					+ " with data in " + dataDirectory + " (is another demo still running?)", ex);
		}
		String base = "jdbc:postgresql://localhost:" + port + "/";
		DatabaseServer server = new DatabaseServer(postgres, base + CLOUD_DATABASE, base + AOS_DATABASE, "postgres",
				"postgres");
		try {
			String maintenance = base + "postgres";
			server.createDatabaseIfMissing(maintenance, CLOUD_DATABASE);
			server.createDatabaseIfMissing(maintenance, AOS_DATABASE);
		}
		catch (RuntimeException ex) {
			server.close();
			throw ex;
		}
		return server;
	}

	/**
	 * Uses a PostgreSQL the caller runs. Its URL is the cloud database; the simulator's database is created next to it
	 * when the account may do so.
	 */
	static DatabaseServer external(ExternalDatabase database) {
		String aosUrl = (database.aosUrl() != null) ? database.aosUrl() : withDatabase(database.url(), AOS_DATABASE);
		DatabaseServer server = new DatabaseServer(null, database.url(), aosUrl, database.username(),
				database.password());
		if (database.aosUrl() == null) {
			server.createDatabaseIfMissing(database.url(), AOS_DATABASE);
		}
		return server;
	}

	static String withDatabase(String url, String database) {
		Matcher matcher = DATABASE_IN_URL.matcher(url);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a jdbc:postgresql://host[:port]/database URL: " + url
					+ " (set rapidstart.demo.aos-datasource-url for the simulator's database)");
		}
		return matcher.group(1) + database + matcher.group(3);
	}

	boolean isEmbedded() {
		return this.embedded != null;
	}

	String cloudUrl() {
		return this.cloudUrl;
	}

	String aosUrl() {
		return this.aosUrl;
	}

	String username() {
		return this.username;
	}

	String password() {
		return this.password;
	}

	Connection connectToCloud() throws SQLException {
		return DriverManager.getConnection(this.cloudUrl, this.username, this.password);
	}

	private void createDatabaseIfMissing(String connectUrl, String name) {
		try (Connection connection = DriverManager.getConnection(connectUrl, this.username, this.password)) {
			try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
				exists.setString(1, name);
				try (ResultSet rows = exists.executeQuery()) {
					if (rows.next()) {
						return;
					}
				}
			}
			try (Statement create = connection.createStatement()) {
				// a constant name, never user input: CREATE DATABASE takes no bind parameters
				create.execute("CREATE DATABASE " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + name + " via " + connectUrl, ex);
		}
	}

	@Override
	public void close() {
		if (this.embedded != null) {
			try {
				this.embedded.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not stop the embedded PostgreSQL", ex);
			}
		}
	}

}
