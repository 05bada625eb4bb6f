package org.rapidstart.provisioning.project.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.testsupport.PostgresCpu;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Imports a CSV file of ZIP/postal codes (1,000,000 rows unless {@code -Dtables.benchmark.rows=} says otherwise) into
 * a project's ZipCodes question, next to PostgreSQL's COPY of the same file into a bare table, in alternating rounds
 * in one run, and prints rows/s, the ratio and the peak heap of the import. Not part of {@code verify}; run it with a
 * small heap to prove the import streams:
 *
 * <pre>
 * ./mvnw -pl provisioning -am -Pbenchmark verify -Dtest=TableImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * (the profile runs it with {@code -Xmx256m}).
 */
@ProvisioningTest
@Import(TableFixtures.class)
class TableImportBenchmark {

	private static final int ROWS = Integer.getInteger("tables.benchmark.rows", 1_000_000);

	private static final int ROUNDS = Integer.getInteger("tables.benchmark.rounds", 3);

	private static final List<String> COUNTRIES = List.of("US", "DE", "GB", "FR", "NL", "DK", "IE", "CA", "MX", "AU");

	@Autowired
	TableFixtures fixtures;

	@Autowired
	TableImports imports;

	@Autowired
	TableGrid grid;

	@Autowired
	TableAnswers answers;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void importOfAMillionPostalCodesNextToCopy() throws Exception {
		CustomerActor admin = this.fixtures.customer(CustomerRole.ADMINISTRATOR);
		long project = this.fixtures.project(admin);
		for (String country : COUNTRIES) {
			this.grid.add(admin, project, "CountriesRegions", Map.of("CountryRegionId", country, "ShortName", country));
		}
		Path file = this.dir.resolve("zip-codes.csv");
		writeFile(file);
		long bytes = Files.size(file);
		this.jdbc.execute("create table benchmark_zip_bare (country_region text, zip_code text, city text, "
				+ "state text, county text)");

		List<Double> copySeconds = new ArrayList<>();
		List<Double> importSeconds = new ArrayList<>();
		List<Long> peaks = new ArrayList<>();
		List<Cpu> copyCpu = new ArrayList<>();
		List<Cpu> importCpu = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			copySeconds.add(copy(file, copyCpu));

			Path upload = this.dir.resolve("upload.csv");
			Files.copy(file, upload, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			settle();
			long before = usedHeapAfterGc();
			long jobId;
			double seconds;
			Cpu importStart;
			try (LiveHeap heap = new LiveHeap()) {
				importStart = cpu();
				long start = System.nanoTime();
				jobId = this.imports.start(admin, project, "ZipCodes", "zip-codes.csv", upload, ImportMode.REPLACE)
					.id();
				// one light query every 10 ms, so that watching the import costs it next to nothing
				await().atMost(Duration.ofMinutes(10))
					.pollInterval(Duration.ofMillis(10))
					.until(() -> this.jdbc.queryForObject("select status from project_table_import where id = ?",
							String.class, jobId), status -> !List.of("QUEUED", "RUNNING").contains(status));
				seconds = (System.nanoTime() - start) / 1e9;
				importCpu.add(cpu().minus(importStart));
				peaks.add(heap.peak());
			}
			ImportJob done = this.imports.job(admin, project, jobId);
			assertThat(done.status()).as(String.valueOf(done.problem())).isEqualTo(ImportStatus.SUCCEEDED);
			assertThat(this.answers.count(project, "ZipCodes")).isEqualTo(ROWS);
			importSeconds.add(seconds);
			System.out.printf("round %d: COPY %.2f s (CPU %s), import %.2f s (CPU %s), live heap before %d MB, peak after GC "
					+ "%d MB, load average %.1f%n", round, copySeconds.get(round - 1), copyCpu.get(round - 1), seconds,
					importCpu.get(round - 1), before >> 20, peaks.get(round - 1) >> 20,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}

		double copy = median(copySeconds);
		double imported = median(importSeconds);
		long maxHeap = Runtime.getRuntime().maxMemory();
		System.out.println();
		System.out.printf("ZIP/postal codes: %,d rows, %.1f MB CSV, %d rounds (medians), max heap %d MB, %d CPUs%n", ROWS,
				bytes / 1e6, ROUNDS, maxHeap >> 20, Runtime.getRuntime().availableProcessors());
		System.out.printf("%-44s %10s %14s%n", "", "seconds", "rows/s");
		System.out.printf("%-44s %10.2f %,14.0f%n", "PostgreSQL COPY into a bare table", copy, ROWS / copy);
		System.out.printf("%-44s %10.2f %,14.0f%n", "RapidStart import (parse, check, COPY, swap)", imported,
				ROWS / imported);
		System.out.printf("ratio import / COPY: %.2fx (goal: within 3x)%n", imported / copy);
		double copyCpuSeconds = median(copyCpu.stream().map(Cpu::total).toList());
		double importCpuSeconds = median(importCpu.stream().map(Cpu::total).toList());
		System.out.printf("CPU seconds (PostgreSQL + this JVM, medians): COPY %.2f, import %.2f, ratio %.2fx: what the "
				+ "ratio tends to on a machine busy with other work%n", copyCpuSeconds, importCpuSeconds,
				importCpuSeconds / copyCpuSeconds);
		System.out.printf("heap: the import ran in a JVM limited to %d MB; peak live heap (heap pools after GC, "
				+ "no Metaspace or code cache) during the import %d MB, Spring context included (goal: under 256 MB)%n", maxHeap >> 20,
				peaks.stream().mapToLong(Long::longValue).max().orElse(0) >> 20);
	}

	/** CPU time used so far by the PostgreSQL server (all its processes) and by this JVM, in seconds. */
	record Cpu(double server, double jvm) {

		Cpu minus(Cpu start) {
			return new Cpu(this.server - start.server, this.jvm - start.jvm);
		}

		double total() {
			return this.server + this.jvm;
		}

		@Override
		public String toString() {
			return String.format("%.2f s: server %.2f + JVM %.2f", total(), this.server, this.jvm);
		}

	}

	private Cpu cpu() {
		double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
		return new Cpu(PostgresCpu.seconds(this.dataSource), jvm);
	}

	private void writeFile(Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file)) {
			out.write("Country/region,ZIP/postal code,City,State,County\n");
			for (int i = 0; i < ROWS; i++) {
				String country = COUNTRIES.get(i % COUNTRIES.size());
				out.write(country);
				out.write(',');
				out.write(Integer.toString(10_000 + i / COUNTRIES.size()));
				out.write(",City ");
				out.write(Integer.toString(i % 5000));
				out.write(",S");
				out.write(Integer.toString(i % 50));
				out.write(",County ");
				out.write(Integer.toString(i % 300));
				out.write('\n');
			}
		}
	}

	/** COPY of the same file into a bare table (no key, no index), streamed from the file as the import is. */
	private double copy(Path file, List<Cpu> cpu) throws Exception {
		this.jdbc.execute("truncate benchmark_zip_bare");
		settle();
		Cpu cpuStart = cpu();
		long start = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
			long rows = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY benchmark_zip_bare FROM STDIN (FORMAT csv, HEADER)", in, 1 << 16);
			assertThat(rows).isEqualTo(ROWS);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		cpu.add(cpu().minus(cpuStart));
		return seconds;
	}

	/** Waits until replaced rows are deleted, and checkpoints, so neither round pays for the other's work. */
	private void settle() {
		await().atMost(Duration.ofMinutes(5))
			.until(() -> this.jdbc.queryForObject("select count(*) from project_row_set_discarded", Integer.class) == 0);
		this.jdbc.execute("checkpoint");
		this.jdbc.execute("vacuum project_table_row");
	}

	private static long usedHeapAfterGc() {
		System.gc();
		return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
	}

	/**
	 * The most heap in use right after a garbage collection while it listens: the memory the import really holds
	 * (the heap in use between collections also counts garbage not yet collected, and is at most -Xmx anyway).
	 */
	static final class LiveHeap implements NotificationListener, AutoCloseable {

		private final AtomicLong peak = new AtomicLong();

		/** Only the heap's pools: the notification also reports Metaspace, the code cache and class space. */
		private final java.util.Set<String> heap = heapPools().stream()
			.map(MemoryPoolMXBean::getName)
			.collect(java.util.stream.Collectors.toSet());

		LiveHeap() {
			ManagementFactory.getGarbageCollectorMXBeans()
				.forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(this, null, null));
		}

		@Override
		public void handleNotification(Notification notification, Object handback) {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) notification.getUserData());
				long used = info.getGcInfo()
					.getMemoryUsageAfterGc()
					.entrySet()
					.stream()
					.filter(e -> this.heap.contains(e.getKey()))
					.mapToLong(e -> e.getValue().getUsed())
					.sum();
				this.peak.accumulateAndGet(used, Math::max);
			}
		}

		long peak() {
			return this.peak.get();
		}

		@Override
		public void close() throws Exception {
			for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) gc).removeNotificationListener(this);
			}
		}

	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
