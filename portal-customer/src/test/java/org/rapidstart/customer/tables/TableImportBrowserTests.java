package org.rapidstart.customer.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.rapidstart.customer.CustomerFixtures;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.testsupport.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A configurator's table work in headless Chromium: a customer typed into the grid, customers imported from a
 * workbook with bad rows (listed with row, column and reason; nothing saved), fixed and imported again, then shown
 * in the grid; and a CSV file of postal codes imported with its progress on the page.
 */
@CustomerPortalTest
@Import(TablesFixtures.class)
class TableImportBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TablesFixtures fixtures;

	@Autowired
	TableGrid grid;

	@TempDir
	Path dir;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void signIn(CustomerActor actor) {
		browser.signIn(url("/sign-in"), actor.signInId(), CustomerFixtures.PASSWORD);
		browser.waitForText("Sign out");
	}

	void upload(Path file, String button) {
		browser.driver().findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
		browser.press(button);
	}

	@Test
	void customersFromAWorkbookWithBadRowsAreListedFixedAndImportedIntoTheGrid() throws IOException {
		CustomerActor admin = this.fixtures.administrator("ima");
		long project = this.fixtures.project(admin, "Order-to-cash " + admin.customerId());
		this.grid.add(admin, project, "CustomerGroups", Map.of("CustGroup", "10", "Name", "Wholesale"));
		this.grid.add(admin, project, "CustomerGroups", Map.of("CustGroup", "20", "Name", "Retail"));
		signIn(admin);

		browser.open(url("/rapidstart/projects/" + project + "/tables")).press("Which customers do you want to bring over?");
		browser.waitForText("No rows yet.");
		browser.fill("Customer account", "C-001").fill("Name", "Contoso").fill("Customer group", "10").press("Add row");
		browser.waitForText("Row 1 was added.");

		upload(workbook("customers.xlsx", List.of(List.of("W-1", "Alder", "10"), List.of("W-2", "Birch", "99"),
				List.of("W-3", "", "20"))), "Upload file");
		browser.waitForText("2 problems");
		String problems = browser.waitFor(By.id("problems")).getText();
		assertThat(problems).contains("3 Customer group Customer group '99' is not one of the customer groups "
				+ "answered in 'Customer groups'.").contains("4 Name Name must be filled in.");
		browser.press("Back to the rows").waitForText("Row");
		assertThat(browser.waitFor(By.id("rows")).getText()).contains("C-001").doesNotContain("W-1");
		assertThat(browser.waitFor(By.id("last-import-problems")).getText()).contains("Name must be filled in.");

		browser.driver().findElement(By.id("mode-append")).click();
		upload(workbook("customers.xlsx", List.of(List.of("W-1", "Alder", "10"), List.of("W-2", "Birch", "20"),
				List.of("W-3", "Cedar", "20"))), "Upload file");
		browser.waitForText("3 rows appended to the saved rows");
		browser.press("Back to the rows").waitForText("4 rows");
		assertThat(browser.waitFor(By.id("rows")).getText()).contains("C-001").contains("W-1").contains("W-2")
			.contains("Cedar");
		assertThat(browser.pageText()).doesNotContain("failed");
	}

	@Test
	void postalCodesFromACsvFileImportWithTheirProgressShown() throws IOException {
		CustomerActor admin = this.fixtures.administrator("zip");
		long project = this.fixtures.project(admin, "Addresses " + admin.customerId());
		this.grid.add(admin, project, "CountriesRegions", Map.of("CountryRegionId", "US", "ShortName", "United States"));
		Path file = this.dir.resolve("zip-codes.csv");
		int rows = 60_000;
		try (Writer out = Files.newBufferedWriter(file)) {
			out.write("Country/region;ZIP/postal code;City;State\n");
			for (int i = 0; i < rows; i++) {
				out.write("US;" + (100_000 + i) + ";City " + i + ";WA\n");
			}
		}
		signIn(admin);
		browser.open(url("/rapidstart/projects/" + project + "/tables/ZipCodes")).waitForText("Upload CSV file");
		upload(file, "Upload file");
		browser.waitFor(By.id("import-progress"));
		List<String> seen = new ArrayList<>();
		// htmx swaps the status as the import goes on: an element read just before a swap is stale, read it again
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(60))
			.ignoreExceptionsInstanceOf(org.openqa.selenium.StaleElementReferenceException.class)
			.until(() -> {
				String status = browser.waitFor(By.id("import-status")).getText();
				seen.add(status);
				return status.contains("imported");
			});
		assertThat(seen.get(seen.size() - 1)).isEqualTo("60,000 rows imported; they replaced the saved rows");
		assertThat(browser.waitFor(By.cssSelector("#import-progress [role=progressbar]")).getAttribute("aria-valuenow"))
			.isEqualTo("100");
		browser.press("Back to the rows").waitForText("60,000 rows");
		assertThat(browser.pageText()).contains("Page 1 of 1,200").contains("100000").contains("City 49");
		browser.press("Last").waitForText("Page 1,200 of 1,200");
		assertThat(browser.waitFor(By.id("rows")).getText()).contains("159999");
	}

	private Path workbook(String name, List<List<String>> rows) throws IOException {
		Path file = this.dir.resolve(name);
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var sheet = wb.createSheet("Customers");
			Row header = sheet.createRow(0);
			List<String> labels = List.of("Customer account", "Name", "Customer group");
			for (int i = 0; i < labels.size(); i++) {
				header.createCell(i).setCellValue(labels.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			wb.write(out);
		}
		return file;
	}

}
