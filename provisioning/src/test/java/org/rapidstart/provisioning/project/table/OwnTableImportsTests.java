package org.rapidstart.provisioning.project.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.lifecycle.CustomerDataPurging;
import org.rapidstart.provisioning.project.ProjectManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.awaitility.Awaitility.await;
import static org.rapidstart.provisioning.project.table.TableFixtures.row;

/**
 * Imports whose rows get a table of their own (every file here, whatever its size): a partition of the rows once
 * the import swaps in, read and edited like any rows, and dropped as a whole when the rows are replaced, the import
 * fails or it is cancelled. The shared-table imports are {@link TableImportsTests}.
 */
@ProvisioningTest
@Import(TableFixtures.class)
@TestPropertySource(properties = "rapidstart.tables.own-table-from=0")
class OwnTableImportsTests {

	@Autowired
	TableFixtures fixtures;

	@Autowired
	TableImports imports;

	@Autowired
	TableGrid grid;

	@Autowired
	TableAnswers answers;

	@Autowired
	RowSetSweeper sweeper;

	@Autowired
	RowStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ProjectManagement management;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@TempDir
	Path dir;

	CustomerActor configurator;

	long project;

	@BeforeEach
	void setUp() {
		this.configurator = this.fixtures.customer(CustomerRole.CONFIGURATOR);
		this.project = this.fixtures.project(this.configurator);
		this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "10", "Name", "Wholesale"));
		this.grid.add(this.configurator, this.project, "Customers",
				row("AccountNum", "C-001", "Name", "Saved customer", "CustGroup", "10"));
	}

	ImportJob run(String question, String text, ImportMode mode) throws IOException {
		Path file = this.dir.resolve("upload.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return awaitEnd(this.imports.start(this.configurator, this.project, question, "upload.csv", file, mode).id());
	}

	ImportJob awaitEnd(long id) {
		return this.fixtures.awaitEnd(this.configurator, this.project, id);
	}

	long rowSetOf(ImportJob job) {
		return this.jdbc.queryForObject("select row_set from project_table_import where id = ?", Long.class, job.id());
	}

	boolean tableExists(long rowSet) {
		return this.jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class,
				RowStore.ownTable(rowSet));
	}

	boolean attached(long rowSet) {
		return this.jdbc.queryForObject("select exists (select 1 from pg_inherits where inhrelid = to_regclass(?) "
				+ "and inhparent = 'project_table_row'::regclass)", Boolean.class, RowStore.ownTable(rowSet));
	}

	void awaitSwept() {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			this.sweeper.sweep();
			assertThat(this.jdbc.queryForObject("select count(*) from project_row_set_discarded", Integer.class))
				.isZero();
		});
	}

	List<String> accounts() {
		return accounts(this.project);
	}

	List<String> accounts(long projectId) {
		return this.answers.rows(projectId, "Customers").toList().stream().map(r -> r.get("AccountNum")).toList();
	}

	long liveRowSet(long projectId) {
		return this.jdbc.queryForObject("select row_set from project_table where project_id = ? and question = ?",
				Long.class, projectId, "Customers");
	}

	@Test
	void importedRowsAreAPartitionOfTheirOwnThatIsEditedLikeAnyRowsAndDroppedWhenReplaced() throws IOException {
		ImportJob first = run("Customers", "Customer account,Name,Customer group\nC-100,Contoso,10\nC-101,Fabrikam,10\n",
				ImportMode.REPLACE);
		assertThat(first.rowsImported()).isEqualTo(2);
		long set = rowSetOf(first);
		assertThat(RowStore.hasOwnTable(set)).isTrue();
		assertThat(attached(set)).isTrue();
		assertThat(accounts()).containsExactly("C-100", "C-101");

		TableRow added = this.grid.add(this.configurator, this.project, "Customers",
				row("AccountNum", "C-102", "Name", "Added", "CustGroup", "10"));
		TableRow firstRow = this.grid.grid(this.configurator, this.project, "Customers", 0, 10).page().rows().get(0);
		this.grid.edit(this.configurator, this.project, "Customers", firstRow.id(), firstRow.version(),
				row("AccountNum", "C-100", "Name", "Contoso Ltd", "CustGroup", "10"));
		assertThat(added.id().rowSet()).isEqualTo(set);
		assertThat(this.grid.grid(this.configurator, this.project, "Customers", 0, 10).page().rows())
			.extracting(r -> r.cells().get("Name"), TableRow::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Contoso Ltd", 1L),
					org.assertj.core.groups.Tuple.tuple("Fabrikam", 2L),
					org.assertj.core.groups.Tuple.tuple("Added", 3L));

		ImportJob second = run("Customers", "Customer account,Name,Customer group\nC-200,Northwind,10\n",
				ImportMode.REPLACE);
		assertThat(second.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(accounts()).containsExactly("C-200");
		awaitSwept();
		assertThat(tableExists(set)).as("the replaced rows' table is dropped").isFalse();
		assertThat(attached(rowSetOf(second))).isTrue();
	}

	@Test
	void aCopyWithAnswersCopiesTheRowsOutOfTheirTableAndKeepsThemWhenTheTableIsDropped() throws IOException {
		ImportJob imported = run("Customers", "Customer account,Name,Customer group\nC-100,Contoso,10\nC-101,Fabrikam,10\n",
				ImportMode.REPLACE);
		long set = rowSetOf(imported);
		assertThat(attached(set)).isTrue();

		long copy = this.management.copy(this.configurator, this.project, "Copy of " + this.project, true).id();
		assertThat(accounts(copy)).containsExactly("C-100", "C-101");
		assertThat(RowStore.hasOwnTable(liveRowSet(copy))).as("the copy's rows are in the shared rows").isFalse();

		run("Customers", "Customer account,Name,Customer group\nC-200,Northwind,10\n", ImportMode.REPLACE);
		awaitSwept();
		assertThat(tableExists(set)).isFalse();
		assertThat(accounts()).containsExactly("C-200");
		assertThat(accounts(copy)).containsExactly("C-100", "C-101");
	}

	@Test
	void aPurgedCustomersTablesOfTheirOwnAreDropped() throws IOException {
		long set = rowSetOf(run("Customers", "Customer account,Name,Customer group\nC-100,Contoso,10\n",
				ImportMode.REPLACE));
		assertThat(attached(set)).isTrue();
		// an import of answers as a stopped instance left it, before a watch failed it: running, one table staged
		long staged = this.jdbc.queryForObject("select nextval('project_row_set_seq')", Long.class);
		this.jdbc.update("insert into project_table_row (row_set, row_no, cells) values (?, 1, '10')", staged);
		this.jdbc.update("insert into project_answers_import (id, project_id, customer_id, file_name, status, row_sets, "
				+ "started_by, created_at, heartbeat_at) values (nextval('project_answers_import_seq'), ?, ?, "
				+ "'answers.xlsx', 'RUNNING', array[?]::bigint[], 'someone', now(), now())", this.project,
				this.configurator.customerId(), staged);

		new TransactionTemplate(this.transactions).executeWithoutResult(
				status -> this.events.publishEvent(new CustomerDataPurging(this.configurator.customerId())));
		awaitSwept();
		assertThat(tableExists(set)).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from project_table_row where row_set = ?", Integer.class,
				set)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from project_table_import where customer_id = ?",
				Integer.class, this.configurator.customerId())).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from project_table_row where row_set = ?", Integer.class,
				staged)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from project_answers_import where customer_id = ?",
				Integer.class, this.configurator.customerId())).isZero();
	}

	@Test
	void aSweepDoesNotWaitForATransactionThatUsesTheRowsTheTableIsDroppedWhenItEnds() throws Exception {
		long set = rowSetOf(run("Customers", "Customer account,Name,Customer group\nC-100,Contoso,10\n",
				ImportMode.REPLACE));
		try (Connection holder = this.dataSource.getConnection()) {
			// what a running import or a long read of rows does: its transaction holds a lock on the rows table, and
			// taking a table out of it waits for that transaction to end
			holder.setAutoCommit(false);
			holder.createStatement().executeQuery("select count(*) from project_table_row where row_set = 0").close();
			ImportJob second = run("Customers", "Customer account,Name,Customer group\nC-200,Northwind,10\n",
					ImportMode.REPLACE);
			assertThat(second.status()).isEqualTo(ImportStatus.SUCCEEDED);
			// the sweep (on the scheduler's only thread, or the thread of an import that just ended) does not wait
			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> this.sweeper.sweep());
			assertThat(tableExists(set)).isTrue();
			holder.rollback();
		}
		awaitSwept();
		assertThat(tableExists(set)).isFalse();
		assertThat(accounts()).containsExactly("C-200");
	}

	@Test
	void workingWithOneTablesRowsDoesNotLockTheTablesOfOtherImports() throws IOException {
		run("Customers", "Customer account,Name,Customer group\nC-100,Contoso,10\n", ImportMode.REPLACE);
		// another project's rows in a table of their own: a partition that this project's rows have no business with
		long otherProject = this.fixtures.project(this.configurator);
		this.grid.add(this.configurator, otherProject, "CustomerGroups", row("CustGroup", "10", "Name", "Wholesale"));
		ImportJob other = this.fixtures.awaitEnd(this.configurator, otherProject, this.imports.start(this.configurator,
				otherProject, "Customers", "other.csv", Files.writeString(this.dir.resolve("other.csv"),
						"Customer account,Name,Customer group\nC-900,Other,10\n"), ImportMode.REPLACE).id());
		String otherTable = RowStore.ownTable(rowSetOf(other));
		// a partition a statement is planned with is locked until its transaction ends; a statement a connection runs
		// often is planned once for any set (a generic plan, after ten runs or so), with every partition: each row
		// added, changed or read would then lock the tables of every large import of every tenant
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			RowStore.Live live = this.store.live(this.project, "Customers").orElseThrow();
			for (int i = 0; i < 12; i++) {
				TableRow added = this.grid.add(this.configurator, this.project, "Customers",
						row("AccountNum", "C-2" + i, "Name", "Added", "CustGroup", "10"));
				TableRow changed = this.grid.edit(this.configurator, this.project, "Customers", added.id(),
						added.version(), row("AccountNum", "C-2" + i, "Name", "Changed", "CustGroup", "10"));
				this.grid.grid(this.configurator, this.project, "Customers", 0, 10);
				this.grid.delete(this.configurator, this.project, "Customers", changed.id(), changed.version());
				this.store.changedByOthersSince(live, Instant.EPOCH, "someone-else@c.example");
			}
			assertThat(this.answers.rows(this.project, "Customers").toList()).hasSize(1);
			assertThat(this.jdbc.queryForObject("select count(*) from pg_locks where pid = pg_backend_pid() "
					+ "and relation = to_regclass(?)", Integer.class, otherTable)).isZero();
			status.setRollbackOnly();
		});
		assertThat(accounts(otherProject)).containsExactly("C-900");
	}

	@Test
	void anAppendCopiesItsRowsBehindTheSavedOnesAndDropsItsTable() throws Exception {
		ImportJob appended;
		try (Connection holder = this.dataSource.getConnection()) {
			// what attaching a partition needs and waits for: an append copies its rows out of its table without
			// making it a partition first
			holder.setAutoCommit(false);
			holder.createStatement().execute("lock table project_table_row in share update exclusive mode");
			appended = run("Customers", "Customer account,Name,Customer group\nC-102,Northwind,10\n",
					ImportMode.APPEND);
			holder.rollback();
		}
		assertThat(appended.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(accounts()).containsExactly("C-001", "C-102");
		awaitSwept();
		assertThat(tableExists(rowSetOf(appended))).isFalse();
		assertThat(accounts()).containsExactly("C-001", "C-102");
	}

	@Test
	void aFailedImportLeavesNoTableAndChangesNothing() throws IOException {
		ImportJob failed = run("Customers", "Customer account,Name,Customer group\nC-100,Contoso,10\nC-100,Again,99\n",
				ImportMode.REPLACE);
		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.errorCount()).isEqualTo(2);
		awaitSwept();
		assertThat(tableExists(rowSetOf(failed))).isFalse();
		assertThat(accounts()).containsExactly("C-001");
	}

	@Test
	void aCancelWhileRowsAreReadLeavesNoTableAndChangesNothing() throws Exception {
		Path file = TableFixtures.zipCodes(this.dir.resolve("zip.csv"), "US", 20_000);
		this.grid.add(this.configurator, this.project, "CountriesRegions",
				row("CountryRegionId", "US", "ShortName", "United States"));
		this.grid.add(this.configurator, this.project, "ZipCodes", row("CountryRegionId", "US", "ZipCode", "98052"));
		// the start checks that the table's area is open against the answers as a page read them last, not while
		// every row is held below
		assertThat(this.grid.grid(this.configurator, this.project, "ZipCodes", 0, 10).mayChange()).isTrue();
		ImportJob job;
		try (Connection holder = this.dataSource.getConnection()) {
			// the rows are held, so the running import waits before it reads its file; it is cancelled then and
			// stops at its first word of progress, in the middle of the file, with its table made and rows written
			holder.setAutoCommit(false);
			holder.createStatement().execute("lock table project_table_row in access exclusive mode");
			job = this.imports.start(this.configurator, this.project, "ZipCodes", "zip.csv", file, ImportMode.REPLACE);
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> this.jdbc.queryForObject("select count(*) from pg_locks where not granted",
						Integer.class) > 0);
			assertThat(this.imports.job(this.configurator, this.project, job.id()).status())
				.isEqualTo(ImportStatus.RUNNING);
			this.imports.cancel(this.configurator, this.project, job.id());
			holder.rollback();
		}
		ImportJob ended = awaitEnd(job.id());
		assertThat(ended.status()).isEqualTo(ImportStatus.CANCELLED);
		assertThat(ended.rowsRead()).isPositive();
		assertThat(this.answers.rows(this.project, "ZipCodes").toList())
			.containsExactly(Map.of("CountryRegionId", "US", "ZipCode", "98052"));
		awaitSwept();
		assertThat(tableExists(rowSetOf(job))).isFalse();
	}

}
