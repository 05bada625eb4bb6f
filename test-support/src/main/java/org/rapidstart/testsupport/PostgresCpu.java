package org.rapidstart.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * The CPU time the PostgreSQL server behind a data source has used so far, for benchmarks that print the database's
 * share of the work next to the JVM's: its postmaster and every backend, living ones read from {@code /proc} and ended
 * ones as the kernel counts them into their parent's. Linux only; 0 where {@code /proc} cannot be read.
 */
public final class PostgresCpu {

	private static final Path PROC = Path.of("/proc");

	private PostgresCpu() {
	}

	/** Seconds of CPU (user and system) the server has used since it started. */
	public static double seconds(DataSource dataSource) {
		if (!Files.isDirectory(PROC)) {
			return 0;
		}
		try {
			long postmaster = Long.parseLong(stat(PROC.resolve(Long.toString(backend(dataSource)))).get(1));
			List<String> own = stat(PROC.resolve(Long.toString(postmaster)));
			// utime, stime, and the cutime, cstime of its children that ended
			long ticks = Long.parseLong(own.get(11)) + Long.parseLong(own.get(12)) + Long.parseLong(own.get(13))
					+ Long.parseLong(own.get(14));
			try (Stream<Path> processes = Files.list(PROC)) {
				for (Path process : processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
					try {
						List<String> fields = stat(process);
						if (Long.parseLong(fields.get(1)) == postmaster) {
							ticks += Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
						}
					}
					catch (IOException ex) {
						// the process ended meanwhile: its time is counted into the postmaster's
					}
				}
			}
			// the kernel counts in clock ticks of 1/100 s (USER_HZ) on every common Linux
			return ticks / 100.0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The process id of the backend serving a connection of the data source. */
	private static long backend(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
			result.next();
			return result.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not ask PostgreSQL for its backend's process id", ex);
		}
	}

	/** The fields of /proc/<pid>/stat after the command name: [0] state, [1] parent, [11] utime, [12] stime... */
	private static List<String> stat(Path process) throws IOException {
		// read by lines: Files.readString gives only the first characters of some /proc files
		String text = String.join(" ", Files.readAllLines(process.resolve("stat")));
		return List.of(text.substring(text.lastIndexOf(')') + 2).split(" "));
	}

}
