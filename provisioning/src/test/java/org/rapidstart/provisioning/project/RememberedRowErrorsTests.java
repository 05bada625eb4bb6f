package org.rapidstart.provisioning.project;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.table.TableFixtures;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.provisioning.project.table.TableRow;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapidstart.provisioning.project.table.TableFixtures.row;

/**
 * The problems of a table's rows are found once per state of those rows and of what their lookups allow: an answer
 * saved, another table changed or a group marked complete does not check them again (with a million postal codes that
 * was seconds for the next page after any change), and a change of their lookup's source checks them again at once.
 */
@ProvisioningTest
@Import(TableFixtures.class)
class RememberedRowErrorsTests {

	@Autowired
	TableFixtures fixtures;

	@Autowired
	TableGrid grid;

	@Autowired
	ProjectManagement management;

	@Autowired
	Projects projects;

	@Autowired
	ProjectEngine engine;

	CustomerActor configurator;

	long project;

	@BeforeEach
	void setUp() {
		this.configurator = this.fixtures.customer(CustomerRole.CONFIGURATOR);
		this.project = this.fixtures.project(this.configurator);
	}

	@Test
	void unchangedRowsAreNotCheckedAgainAndAChangedLookupSourceChecksThemAtOnce() {
		this.grid.add(this.configurator, this.project, "CountriesRegions",
				row("CountryRegionId", "US", "ShortName", "United States"));
		TableRow germany = this.grid.add(this.configurator, this.project, "CountriesRegions",
				row("CountryRegionId", "DE", "ShortName", "Germany"));
		this.grid.add(this.configurator, this.project, "ZipCodes",
				row("CountryRegionId", "US", "ZipCode", "98052", "City", "Redmond"));
		this.grid.add(this.configurator, this.project, "ZipCodes",
				row("CountryRegionId", "DE", "ZipCode", "10115", "City", "Berlin"));
		assertThat(zipCodeErrors()).isZero();

		// an answer of another group and a row of another table: only that table is checked (again)
		this.projects.saveValues(this.configurator.customerId(), this.project, Map.of("CheckCreditLimit", "Yes"),
				this.configurator.signInId());
		this.grid.add(this.configurator, this.project, "CustomerGroups", row("CustGroup", "RETAIL"));
		long checks = this.engine.rowChecks();
		assertThat(zipCodeErrors()).isZero();
		assertThat(this.engine.rowChecks() - checks).as("tables checked for the page").isEqualTo(1);
		checks = this.engine.rowChecks();
		this.management.overview(this.configurator, this.project);
		assertThat(this.engine.rowChecks() - checks).as("the same state: the same snapshot").isZero();

		// Germany no longer among the countries/regions: the postal codes are checked again at once
		this.grid.delete(this.configurator, this.project, "CountriesRegions", germany.id(), germany.version());
		assertThat(zipCodeErrors()).as("Berlin's country/region is gone").isEqualTo(1);
		// the postal codes themselves changed: checked again
		this.grid.add(this.configurator, this.project, "ZipCodes",
				row("CountryRegionId", "US", "ZipCode", "98053", "City", "Redmond"));
		checks = this.engine.rowChecks();
		assertThat(zipCodeErrors()).isEqualTo(1);
		assertThat(this.engine.rowChecks() - checks).as("the postal codes checked again").isEqualTo(1);
	}

	private int zipCodeErrors() {
		return this.management.overview(this.configurator, this.project)
			.areas()
			.stream()
			.flatMap(a -> a.groups().stream())
			.filter(g -> g.name().equals("ZIP/postal codes"))
			.findFirst()
			.orElseThrow()
			.errors();
	}

}
