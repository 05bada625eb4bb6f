package org.rapidstart.customer.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.project.ProjectOverview;
import org.rapidstart.provisioning.project.ProjectReports.ProjectStatus;

/**
 * The two reports as Excel workbooks. Numbers and dates are real cells (so they sort and sum); text cells are
 * written as text, never as formulas, so a name like {@code =1+1} stays a name.
 */
final class ReportWorkbooks {

	private static final String[] GROUP_COLUMNS = { "Project", "Functional area", "Question group", "Status",
			"Assignee", "Target date", "Number of questions", "Answered", "% answered", "Completed by" };

	private ReportWorkbooks() {
	}

	static byte[] projectStatusDetail(List<ProjectStatus> projects) {
		try (Workbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet summary = workbook.createSheet("Projects");
			header(summary, styles, "Project", "Template", "Organization", "Status", "% answered",
					"Question groups complete", "Question groups", "Target date");
			int r = 1;
			for (ProjectStatus p : projects) {
				Row row = summary.createRow(r++);
				text(row, 0, p.project().name());
				text(row, 1, p.project().templateName());
				text(row, 2, p.project().organisationName());
				text(row, 3, p.project().status());
				number(row, 4, p.project().percent());
				number(row, 5, p.project().groupsComplete());
				number(row, 6, p.project().groups());
				date(row, 7, p.project().targetDate(), styles);
			}
			Sheet groups = workbook.createSheet("Question groups");
			header(groups, styles, GROUP_COLUMNS);
			int g = 1;
			for (ProjectStatus p : projects) {
				for (ProjectOverview.Group group : p.groups()) {
					groupRow(groups.createRow(g++), group, styles);
				}
			}
			autosize(summary, 8);
			autosize(groups, GROUP_COLUMNS.length);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] questionGroupsStatus(List<ProjectOverview.Group> groups) {
		try (Workbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet("Question groups status");
			header(sheet, styles, GROUP_COLUMNS);
			int r = 1;
			for (ProjectOverview.Group group : groups) {
				groupRow(sheet.createRow(r++), group, styles);
			}
			autosize(sheet, GROUP_COLUMNS.length);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void groupRow(Row row, ProjectOverview.Group g, Styles styles) {
		text(row, 0, g.projectName());
		text(row, 1, g.functionalArea());
		text(row, 2, g.name());
		text(row, 3, g.statusLabel());
		text(row, 4, g.assigneeName());
		date(row, 5, g.targetDate(), styles);
		number(row, 6, g.questions());
		number(row, 7, g.answered());
		number(row, 8, g.percent());
		text(row, 9, (g.completedBy() == null) ? "" : g.completedBy());
	}

	private static void header(Sheet sheet, Styles styles, String... names) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < names.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(names[i]);
			cell.setCellStyle(styles.header);
		}
		sheet.createFreezePane(0, 1);
	}

	private static void text(Row row, int column, String value) {
		row.createCell(column).setCellValue(value);
	}

	private static void number(Row row, int column, double value) {
		row.createCell(column).setCellValue(value);
	}

	private static void date(Row row, int column, @Nullable LocalDate value, Styles styles) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
			cell.setCellStyle(styles.date);
		}
	}

	private static void autosize(Sheet sheet, int columns) {
		for (int i = 0; i < columns; i++) {
			sheet.setColumnWidth(i, 20 * 256);
		}
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	private static final class Styles {

		final CellStyle header;

		final CellStyle date;

		Styles(Workbook workbook) {
			this.header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header.setFont(bold);
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		}

	}

}
