package org.rapidstart.aos.classop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.rapidstart.aos.document.BatchResult;
import org.rapidstart.aos.document.DocumentService;
import org.rapidstart.aos.metadata.AxCatalogue;
import org.rapidstart.aos.metadata.AxEnum;
import org.rapidstart.aos.metadata.AxField;
import org.rapidstart.aos.metadata.AxFieldType;
import org.rapidstart.aos.metadata.Company;
import org.springframework.stereotype.Component;

/**
 * Creates a fiscal calendar, its years (named by their start year) and per year an Opening period, the
 * operating periods {@code Period 1..n} and a Closing period, through the document service so the result is the
 * same as loading those records (and replaying the operation leaves them unchanged).
 */
@Component
class CreateFiscalCalendar implements ClassOperation {

	private static final AxField CALENDAR_ID = new AxField("CalendarId", "Calendar", AxFieldType.STRING, 10, null,
			true, false);

	private static final AxField DESCRIPTION = new AxField("Description", "Description", AxFieldType.STRING, 60,
			null, false, false);

	private static final AxField START_DATE = new AxField("StartDate", "Start date", AxFieldType.DATE, 0, null, true,
			false);

	private static final AxField NUMBER_OF_YEARS = new AxField("NumberOfYears", "Number of years", AxFieldType.INT,
			0, null, true, false);

	private static final AxField PERIOD_UNIT = new AxField("PeriodUnit", "Period unit", AxFieldType.ENUM, 0,
			"FiscalPeriodUnit", false, false);

	private static final AxField PERIOD_QUANTITY = new AxField("PeriodQuantity", "Period quantity", AxFieldType.INT,
			0, null, false, false);

	private final DocumentService documents;

	private final @Nullable AxEnum periodUnits;

	CreateFiscalCalendar(DocumentService documents, AxCatalogue catalogue) {
		this.documents = documents;
		this.periodUnits = catalogue.enumOf(PERIOD_UNIT);
	}

	@Override
	public String name() {
		return "CreateFiscalCalendar";
	}

	@Override
	public List<ParameterInfo> parameters() {
		return List.of(new ParameterInfo("CalendarId", "String(10)", true, "The calendar to create"),
				new ParameterInfo("Description", "String(60)", false, "Its description"),
				new ParameterInfo("StartDate", "Date", true, "First day of the first fiscal year"),
				new ParameterInfo("NumberOfYears", "Int", true, "How many fiscal years (1 to 20)"),
				new ParameterInfo("PeriodUnit", "Enum(FiscalPeriodUnit)", false, "Day, Month (default) or Year"),
				new ParameterInfo("PeriodQuantity", "Int", false, "Units per operating period (default 1)"));
	}

	@Override
	public OperationResult run(Company company, Map<String, @Nullable Object> parameters) {
		List<String> messages = new ArrayList<>();
		Map<String, String> p = new LinkedHashMap<>();
		for (AxField field : List.of(CALENDAR_ID, DESCRIPTION, START_DATE, NUMBER_OF_YEARS, PERIOD_UNIT,
				PERIOD_QUANTITY)) {
			AxField.Checked checked = field.check(parameters.get(field.name()),
					field == PERIOD_UNIT ? this.periodUnits : null);
			if (checked.message() != null) {
				messages.add(checked.message());
			}
			else if (checked.value() != null) {
				p.put(field.name(), checked.value());
			}
			else if (field.mandatory()) {
				messages.add("Parameter '%s' must be filled in.".formatted(field.name()));
			}
		}
		int years = Integer.parseInt(p.getOrDefault("NumberOfYears", "1"));
		int quantity = Integer.parseInt(p.getOrDefault("PeriodQuantity", "1"));
		if (years < 1 || years > 20) {
			messages.add("Parameter 'NumberOfYears' must be between 1 and 20.");
		}
		if (quantity < 1 || quantity > 366) {
			messages.add("Parameter 'PeriodQuantity' must be between 1 and 366.");
		}
		if (!messages.isEmpty()) {
			return OperationResult.failed(name(), company.dataAreaId(), messages);
		}
		String calendarId = p.get("CalendarId");
		String unit = p.getOrDefault("PeriodUnit", "Month");
		LocalDate firstDay = LocalDate.parse(p.get("StartDate"));

		List<Map<String, @Nullable Object>> calendar = List.of(record("CalendarId", calendarId, "Description",
				p.getOrDefault("Description", "")));
		List<Map<String, @Nullable Object>> yearRecords = new ArrayList<>();
		List<Map<String, @Nullable Object>> periods = new ArrayList<>();
		for (int y = 0; y < years; y++) {
			LocalDate yearStart = firstDay.plusYears(y);
			LocalDate yearEnd = firstDay.plusYears(y + 1L).minusDays(1);
			String yearName = Integer.toString(yearStart.getYear());
			yearRecords.add(record("FiscalCalendar", calendarId, "Name", yearName, "StartDate", yearStart.toString(),
					"EndDate", yearEnd.toString()));
			periods.add(period(calendarId, yearName, "Opening", yearStart, yearStart, "Opening"));
			LocalDate cursor = yearStart;
			for (int n = 1; !cursor.isAfter(yearEnd); n++) {
				LocalDate next = switch (unit) {
					case "Day" -> cursor.plusDays(quantity);
					case "Year" -> cursor.plusYears(quantity);
					default -> cursor.plusMonths(quantity);
				};
				LocalDate end = next.minusDays(1).isAfter(yearEnd) ? yearEnd : next.minusDays(1);
				periods.add(period(calendarId, yearName, "Period " + n, cursor, end, "Operating"));
				cursor = next;
			}
			periods.add(period(calendarId, yearName, "Closing", yearEnd, yearEnd, "Closing"));
		}
		Map<String, Object> results = new LinkedHashMap<>();
		for (Map.Entry<String, List<Map<String, @Nullable Object>>> batch : List.of(
				Map.entry("FiscalCalendar", calendar), Map.entry("FiscalCalendarYear", yearRecords),
				Map.entry("FiscalCalendarPeriod", periods))) {
			BatchResult result = this.documents.upsert(company.dataAreaId(), batch.getKey(), batch.getValue());
			if (result.counts().failed() > 0) {
				// parameters were checked, so this is a rule the checks above do not know: report, roll back
				throw new OperationFailed(result.results()
					.stream()
					.flatMap(r -> r.messages().stream())
					.distinct()
					.toList());
			}
			results.put(batch.getKey(), result.counts());
		}
		return new OperationResult(name(), company.dataAreaId(), "completed", List.of(), results);
	}

	private static Map<String, @Nullable Object> period(String calendar, String year, String name, LocalDate start,
			LocalDate end, String type) {
		return record("FiscalCalendar", calendar, "FiscalCalendarYear", year, "Name", name, "StartDate",
				start.toString(), "EndDate", end.toString(), "Type", type);
	}

	private static Map<String, @Nullable Object> record(String... pairs) {
		Map<String, @Nullable Object> record = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			record.put(pairs[i], pairs[i + 1]);
		}
		return record;
	}

}
