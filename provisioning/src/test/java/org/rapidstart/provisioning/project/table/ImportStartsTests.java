package org.rapidstart.provisioning.project.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.customeruser.CustomerRole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How every background import starts ({@link ImportStarts}, shared by the imports of a table's rows and of an answers
 * workbook): the work folder keeps an uploaded file only for a job that was committed and handed to the worker.
 */
@ProvisioningTest
@Import(TableFixtures.class)
class ImportStartsTests {

	@Autowired
	TableFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@TempDir
	Path dir;

	Path work;

	ImportStarts starts;

	long project;

	/** What the worker was given: the file and the job's id. */
	final List<Map.Entry<Path, Long>> submitted = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.work = this.dir.resolve("work");
		this.starts = new ImportStarts(this.jdbc, this.transactions,
				new TableImportProperties(1, 1, this.work, Duration.ofMinutes(5), DataSize.ofMegabytes(1)));
		this.project = this.fixtures.freshProject(this.fixtures.customer(CustomerRole.CONFIGURATOR));
	}

	long start(Path upload, String fileName, ImportStarts.Job job) {
		return this.starts.start(this.project, fileName, upload, ".csv", job,
				(file, id) -> this.submitted.add(Map.entry(file, id)));
	}

	List<Path> workFiles() throws IOException {
		if (!Files.isDirectory(this.work)) {
			return List.of();
		}
		try (var files = Files.list(this.work)) {
			return files.toList();
		}
	}

	@Test
	void anEmptyUploadIsRefusedBeforeAJobIsMade() throws IOException {
		Path upload = Files.createFile(this.dir.resolve("empty.csv"));
		assertThatThrownBy(() -> start(upload, "empty.csv", (name, bytes) -> {
			throw new AssertionError("no job for an empty file");
		})).isInstanceOfSatisfying(RuleViolation.class, v -> {
			assertThat(v.field()).isEqualTo("file");
			assertThat(v.code()).isEqualTo("tables.import.empty");
			assertThat(v.getMessage()).isEqualTo("The file is empty.");
		});
		assertThat(workFiles()).isEmpty();
		assertThat(this.submitted).isEmpty();
		assertThat(upload).as("the upload stays the caller's").exists();
	}

	@Test
	void theJobIsMadeWithTheProjectLockedAndTheWorkerGetsTheMovedFileOnceItIsCommitted() throws IOException {
		Path upload = Files.writeString(this.dir.resolve("upload.csv"), "Customer account\nC-1\n");
		String longName = "x".repeat(300) + ".csv";
		List<String> made = new ArrayList<>();
		long id = start(upload, longName, (name, bytes) -> {
			made.add(name + " " + bytes);
			// another start for the project waits here until this one is committed
			assertThat(lockedElsewhere()).isTrue();
			assertThat(this.submitted).as("not before the job is committed").isEmpty();
			return 42;
		});
		assertThat(id).isEqualTo(42);
		assertThat(made).containsExactly("x".repeat(251) + ".csv " + "Customer account\nC-1\n".length());
		assertThat(lockedElsewhere()).isFalse();
		Path file = workFiles().get(0);
		assertThat(workFiles()).hasSize(1);
		assertThat(file.getFileName().toString()).endsWith(".csv");
		assertThat(Files.readString(file)).isEqualTo("Customer account\nC-1\n");
		assertThat(this.submitted).containsExactly(Map.entry(file, 42L));
		assertThat(upload).as("moved into the work folder").doesNotExist();
	}

	@Test
	void aRefusedStartLeavesNoFileInTheWorkFolder() throws IOException {
		Path upload = Files.writeString(this.dir.resolve("upload.csv"), "Customer account\nC-1\n");
		assertThatThrownBy(() -> start(upload, "upload.csv", (name, bytes) -> {
			throw new RuleViolation(null, "tables.import.running", "An import into this question is running.");
		})).isInstanceOf(RuleViolation.class).hasMessage("An import into this question is running.");
		assertThat(workFiles()).isEmpty();
		assertThat(this.submitted).isEmpty();
	}

	@Test
	void inTheCallersTransactionTheWorkerWaitsForItsCommitAndARollbackDeletesTheFile() throws IOException {
		TransactionTemplate caller = new TransactionTemplate(this.transactions);
		Path committed = Files.writeString(this.dir.resolve("committed.csv"), "Customer account\nC-1\n");
		caller.executeWithoutResult(status -> {
			start(committed, "committed.csv", (name, bytes) -> 7);
			assertThat(this.submitted).as("not before the caller's transaction commits").isEmpty();
		});
		assertThat(this.submitted).extracting(Map.Entry::getValue).containsExactly(7L);
		assertThat(workFiles()).containsExactly(this.submitted.get(0).getKey());

		Files.delete(this.submitted.get(0).getKey());
		this.submitted.clear();
		Path rolledBack = Files.writeString(this.dir.resolve("rolled-back.csv"), "Customer account\nC-1\n");
		caller.executeWithoutResult(status -> {
			start(rolledBack, "rolled-back.csv", (name, bytes) -> 8);
			status.setRollbackOnly();
		});
		assertThat(this.submitted).isEmpty();
		assertThat(workFiles()).isEmpty();
	}

	/** Whether the project's row is locked by a transaction of another connection. */
	private boolean lockedElsewhere() {
		try (Connection other = this.dataSource.getConnection(); Statement statement = other.createStatement()) {
			other.setAutoCommit(false);
			try {
				statement.executeQuery("select id from project where id = " + this.project + " for update nowait")
					.close();
				return false;
			}
			catch (SQLException ex) {
				// 55P03: lock_not_available
				assertThat(ex.getSQLState()).isEqualTo("55P03");
				return true;
			}
			finally {
				other.rollback();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
