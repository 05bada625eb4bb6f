package org.rapidstart.provisioning.project.table;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.Projects;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapidstart.provisioning.project.table.TableFixtures.row;

/**
 * The project page in a project with a million ZIP/postal codes, the first time after a change: after a change of
 * their lookup's source (Countries/regions: every postal code is checked again), next to after an answer of another
 * group and a row of another table (the postal codes' problems are remembered), in the same run. Not part of
 * {@code verify}: {@code ./mvnw -pl provisioning -am -Pbenchmark verify -Dtest=ProjectPageAfterChangeBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dtables.benchmark.rows=}, {@code -Dtables.benchmark.rounds=}).
 */
@ProvisioningTest
@Import(TableFixtures.class)
class ProjectPageAfterChangeBenchmark {

	private static final int ROWS = Integer.getInteger("tables.benchmark.rows", 1_000_000);

	private static final int ROUNDS = Integer.getInteger("tables.benchmark.rounds", 3);

	@Autowired
	TableFixtures fixtures;

	@Autowired
	TableImports imports;

	@Autowired
	TableGrid grid;

	@Autowired
	ProjectManagement management;

	@Autowired
	Projects projects;

	@TempDir
	Path dir;

	@Test
	void firstPageAfterAChangeElsewhereNextToAfterAChangeOfTheLookupSource() throws Exception {
		CustomerActor user = this.fixtures.customer(CustomerRole.CONFIGURATOR);
		long project = this.fixtures.project(user);
		this.grid.add(user, project, "CountriesRegions", row("CountryRegionId", "US", "ShortName", "United States"));
		Path file = TableFixtures.zipCodes(this.dir.resolve("zip.csv"), "US", ROWS);
		ImportJob job = this.fixtures.awaitEnd(user, project,
				this.imports.start(user, project, "ZipCodes", "zip.csv", file, ImportMode.REPLACE).id());
		assertThat(job.status()).hasToString("SUCCEEDED");
		page(user, project);

		long[] source = new long[ROUNDS];
		long[] elsewhere = new long[ROUNDS];
		for (int r = 0; r < ROUNDS; r++) {
			// Countries/regions changed: what the postal codes' lookup allows changed, all of them are checked
			this.grid.add(user, project, "CountriesRegions", row("CountryRegionId", "C" + r, "ShortName", "Land " + r));
			source[r] = page(user, project);
			// an answer of General ledger and a row of Accounts receivable changed: the postal codes' problems are remembered
			this.projects.saveValues(user.customerId(), project, Map.of("ChartOfAccountsDescription", "Chart " + r),
					user.signInId());
			this.grid.add(user, project, "CustomerGroups", row("CustGroup", "G" + r));
			elsewhere[r] = page(user, project);
			System.out.printf("round %d: after Countries/regions changed %d ms, after an answer and a customer group "
					+ "%d ms%n", r + 1, source[r] / 1_000_000, elsewhere[r] / 1_000_000);
		}
		java.util.Arrays.sort(source);
		java.util.Arrays.sort(elsewhere);
		long s = source[ROUNDS / 2] / 1_000_000;
		long e = elsewhere[ROUNDS / 2] / 1_000_000;
		System.out.printf("%nProject page, first view after a change, %,d ZIP/postal codes (medians of %d rounds):%n"
				+ "  after their lookup's source changed (every row checked):      %6d ms%n"
				+ "  after an answer and another table changed (rows remembered):  %6d ms%n"
				+ "  ratio: %.1fx%n%n", ROWS, ROUNDS, s, e, (double) s / Math.max(1, e));
	}

	private long page(CustomerActor user, long project) {
		long t0 = System.nanoTime();
		assertThat(this.management.overview(user, project).areas()).isNotEmpty();
		return System.nanoTime() - t0;
	}

}
