package org.rapidstart.aos.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The canonical AX 2012 tables of {@code docs/ax-2012-tables.md}, in their safe load order. Labels are AX's
 * field labels (they appear in the "must be filled in" message); everything else is exactly the document.
 */
@Component
public class AxCatalogue {

	private final List<AxEnum> enums = List.of(new AxEnum("NoYes", List.of("No", "Yes")),
			new AxEnum("DimensionLedgerAccountType",
					List.of("ProfitAndLoss", "Revenue", "Expense", "BalanceSheet", "Asset", "Liability", "Equity",
							"Total", "Reporting")),
			new AxEnum("NetDayMonth",
					List.of("Net", "CurrentMonth", "CurrentQuarter", "CurrentYear", "CurrentWeek", "COD")),
			new AxEnum("LedgerJournalACType", List.of("Ledger", "Cust", "Vend", "Project", "FixedAssets", "Bank")),
			new AxEnum("FiscalPeriodUnit", List.of("Day", "Month", "Year")),
			new AxEnum("FiscalPeriodType", List.of("Opening", "Operating", "Closing")),
			new AxEnum("CustCreditMaxCheck", List.of("No", "Balance", "BalanceAll")),
			new AxEnum("CurrencyExchangeRateType", List.of("Default", "Budget")));

	private final List<AxTable> tables = buildTables();

	public List<AxTable> tables() {
		return this.tables;
	}

	public List<AxEnum> enums() {
		return this.enums;
	}

	public Optional<AxTable> table(String name) {
		for (AxTable table : this.tables) {
			if (table.name().equalsIgnoreCase(name)) {
				return Optional.of(table);
			}
		}
		return Optional.empty();
	}

	public AxTable requireTable(String name) {
		return table(name).orElseThrow(() -> new AosNotFoundException("Table", name));
	}

	public @Nullable AxEnum enumOf(AxField field) {
		if (field.enumName() == null) {
			return null;
		}
		return this.enums.stream().filter(e -> e.name().equals(field.enumName())).findFirst().orElse(null);
	}

	private static List<AxTable> buildTables() {
		List<AxTable> t = new ArrayList<>();
		t.add(table("Currency", "Currency", AxScope.SHARED)
			.key("CurrencyCode", "Currency", 3)
			.string("Txt", "Name", 60, true)
			.string("Symbol", "Symbol", 5, false)
			.real("RoundingPrecision", "Rounding precision")
			.build());
		t.add(table("LogisticsAddressCountryRegion", "Country/region", AxScope.SHARED)
			.key("CountryRegionId", "Country/region", 10)
			.string("ShortName", "Name", 60, true)
			.string("ISOcode", "ISO", 2, false)
			.string("CurrencyCode", "Currency", 3, false)
			.relation("CurrencyCode", "Currency", "CurrencyCode")
			.build());
		t.add(table("LogisticsAddressZipCode", "ZIP/postal codes", AxScope.SHARED)
			.key("CountryRegionId", "Country/region", 10)
			.key("ZipCode", "ZIP/postal code", 10)
			.string("City", "City", 60, false)
			.string("State", "State", 10, false)
			.string("County", "County", 10, false)
			.relation("CountryRegionId", "LogisticsAddressCountryRegion", "CountryRegionId")
			.build());
		t.add(table("FiscalCalendar", "Fiscal calendar", AxScope.SHARED)
			.key("CalendarId", "Calendar", 10)
			.string("Description", "Description", 60, false)
			.build());
		t.add(table("FiscalCalendarYear", "Fiscal year", AxScope.SHARED)
			.key("FiscalCalendar", "Calendar", 10)
			.key("Name", "Fiscal year", 10)
			.date("StartDate", "Start date", true)
			.date("EndDate", "End date", true)
			.relation("FiscalCalendar", "FiscalCalendar", "CalendarId")
			.build());
		t.add(table("FiscalCalendarPeriod", "Fiscal period", AxScope.SHARED)
			.key("FiscalCalendar", "Calendar", 10)
			.key("FiscalCalendarYear", "Fiscal year", 10)
			.key("Name", "Period name", 60)
			.date("StartDate", "Start date", true)
			.date("EndDate", "End date", true)
			.enumField("Type", "Type", "FiscalPeriodType", true)
			.relation("FiscalCalendar", "FiscalCalendar", "CalendarId")
			.relation(new AxRelation("FiscalCalendarYear",
					List.of(new AxRelation.Constraint("FiscalCalendar", "FiscalCalendar"),
							new AxRelation.Constraint("FiscalCalendarYear", "Name"))))
			.build());
		t.add(table("LedgerChartOfAccounts", "Chart of accounts", AxScope.SHARED)
			.key("Name", "Chart of accounts", 60)
			.string("Description", "Description", 60, false)
			.build());
		t.add(table("MainAccount", "Main accounts", AxScope.SHARED)
			.key("LedgerChartOfAccounts", "Chart of accounts", 60)
			.key("MainAccountId", "Main account", 20)
			.string("Name", "Name", 60, true)
			.enumField("Type", "Main account type", "DimensionLedgerAccountType", true)
			.relation("LedgerChartOfAccounts", "LedgerChartOfAccounts", "Name")
			.build());
		t.add(table("Ledger", "Ledger", AxScope.COMPANY)
			.key("Name", "Name", 60)
			.string("ChartOfAccounts", "Chart of accounts", 60, true)
			.string("FiscalCalendar", "Fiscal calendar", 10, true)
			.string("AccountingCurrency", "Accounting currency", 3, true)
			.string("ReportingCurrency", "Reporting currency", 3, false)
			.relation("ChartOfAccounts", "LedgerChartOfAccounts", "Name")
			.relation("FiscalCalendar", "FiscalCalendar", "CalendarId")
			.relation("AccountingCurrency", "Currency", "CurrencyCode")
			.relation("ReportingCurrency", "Currency", "CurrencyCode")
			.build());
		t.add(table("PaymTerm", "Terms of payment", AxScope.COMPANY)
			.key("PaymTermId", "Terms of payment", 10)
			.string("Description", "Description", 60, false)
			.enumField("PaymMethod", "Payment method", "NetDayMonth", true)
			.integer("NumOfDays", "Days", false)
			.build());
		t.add(paymMode("CustPaymModeTable", "Customer methods of payment"));
		t.add(paymMode("VendPaymModeTable", "Vendor methods of payment"));
		t.add(table("CustGroup", "Customer groups", AxScope.COMPANY)
			.key("CustGroup", "Customer group", 10)
			.string("Name", "Description", 60, false)
			.string("PaymTermId", "Terms of payment", 10, false)
			.relation("PaymTermId", "PaymTerm", "PaymTermId")
			.build());
		t.add(table("VendGroup", "Vendor groups", AxScope.COMPANY)
			.key("VendGroup", "Vendor group", 10)
			.string("Name", "Description", 60, false)
			.string("PaymTermId", "Terms of payment", 10, false)
			.relation("PaymTermId", "PaymTerm", "PaymTermId")
			.build());
		t.add(table("CustTable", "Customers", AxScope.COMPANY)
			.key("AccountNum", "Customer account", 20)
			.string("Name", "Name", 100, true)
			.string("CustGroup", "Customer group", 10, true)
			.string("Currency", "Currency", 3, false)
			.string("PaymTermId", "Terms of payment", 10, false)
			.string("PaymMode", "Method of payment", 10, false)
			.real("CreditMax", "Credit limit")
			.string("TaxGroup", "Sales tax group", 10, false)
			.string("CountryRegionId", "Country/region", 10, false)
			.relation("CustGroup", "CustGroup", "CustGroup")
			.relation("Currency", "Currency", "CurrencyCode")
			.relation("PaymTermId", "PaymTerm", "PaymTermId")
			.relation("PaymMode", "CustPaymModeTable", "PaymMode")
			.relation("CountryRegionId", "LogisticsAddressCountryRegion", "CountryRegionId")
			.build());
		t.add(table("VendTable", "Vendors", AxScope.COMPANY)
			.key("AccountNum", "Vendor account", 20)
			.string("Name", "Name", 100, true)
			.string("VendGroup", "Vendor group", 10, true)
			.string("Currency", "Currency", 3, false)
			.string("PaymTermId", "Terms of payment", 10, false)
			.string("PaymMode", "Method of payment", 10, false)
			.string("TaxGroup", "Sales tax group", 10, false)
			.string("CountryRegionId", "Country/region", 10, false)
			.relation("VendGroup", "VendGroup", "VendGroup")
			.relation("Currency", "Currency", "CurrencyCode")
			.relation("PaymTermId", "PaymTerm", "PaymTermId")
			.relation("PaymMode", "VendPaymModeTable", "PaymMode")
			.relation("CountryRegionId", "LogisticsAddressCountryRegion", "CountryRegionId")
			.build());
		t.add(table("CustParameters", "Accounts receivable parameters", AxScope.COMPANY)
			.intKey("Key", "Key")
			.enumField("CreditMaxCheck", "Type of credit limit check", "CustCreditMaxCheck", false)
			.enumField("CheckCreditLimitOnOrder", "Check credit limit on sales order", "NoYes", false)
			.string("PaymTermId", "Terms of payment", 10, false)
			.relation("PaymTermId", "PaymTerm", "PaymTermId")
			.build());
		t.add(table("VendParameters", "Accounts payable parameters", AxScope.COMPANY)
			.intKey("Key", "Key")
			.string("PaymTermId", "Terms of payment", 10, false)
			.enumField("CheckInvoiceMatching", "Enable invoice matching validation", "NoYes", false)
			.relation("PaymTermId", "PaymTerm", "PaymTermId")
			.build());
		t.add(table("LedgerParameters", "General ledger parameters", AxScope.COMPANY)
			.intKey("Key", "Key")
			.enumField("CheckVoucherNumber", "Check for voucher used", "NoYes", false)
			.enumField("ExchangeRateType", "Exchange rate type", "CurrencyExchangeRateType", false)
			.build());
		t.add(table("CompanyInfo", "Company information", AxScope.COMPANY)
			.key("DataArea", "Company", 4)
			.string("Name", "Name", 60, true)
			.string("CoRegNum", "Registration number", 20, false)
			.string("LanguageId", "Language", 7, false)
			.string("Street", "Street", 250, false)
			.string("ZipCode", "ZIP/postal code", 10, false)
			.string("City", "City", 60, false)
			.string("State", "State", 10, false)
			.string("CountryRegionId", "Country/region", 10, false)
			.string("CurrencyCode", "Currency", 3, false)
			.relation("CountryRegionId", "LogisticsAddressCountryRegion", "CountryRegionId")
			.relation("CurrencyCode", "Currency", "CurrencyCode")
			.build());
		return List.copyOf(t);
	}

	private static AxTable paymMode(String name, String label) {
		return table(name, label, AxScope.COMPANY)
			.key("PaymMode", "Method of payment", 10)
			.string("Name", "Description", 60, false)
			.enumField("AccountType", "Account type", "LedgerJournalACType", true)
			.string("PaymAccount", "Payment account", 20, false)
			.build();
	}

	private static TableBuilder table(String name, String label, AxScope scope) {
		return new TableBuilder(name, label, scope);
	}

	private static final class TableBuilder {

		private final String name;

		private final String label;

		private final AxScope scope;

		private final List<AxField> fields = new ArrayList<>();

		private final List<AxRelation> relations = new ArrayList<>();

		TableBuilder(String name, String label, AxScope scope) {
			this.name = name;
			this.label = label;
			this.scope = scope;
		}

		TableBuilder key(String field, String label, int length) {
			this.fields.add(new AxField(field, label, AxFieldType.STRING, length, null, true, true));
			return this;
		}

		TableBuilder intKey(String field, String label) {
			this.fields.add(new AxField(field, label, AxFieldType.INT, 0, null, true, true));
			return this;
		}

		TableBuilder string(String field, String label, int length, boolean mandatory) {
			this.fields.add(new AxField(field, label, AxFieldType.STRING, length, null, mandatory, false));
			return this;
		}

		TableBuilder integer(String field, String label, boolean mandatory) {
			this.fields.add(new AxField(field, label, AxFieldType.INT, 0, null, mandatory, false));
			return this;
		}

		TableBuilder real(String field, String label) {
			this.fields.add(new AxField(field, label, AxFieldType.REAL, 0, null, false, false));
			return this;
		}

		TableBuilder date(String field, String label, boolean mandatory) {
			this.fields.add(new AxField(field, label, AxFieldType.DATE, 0, null, mandatory, false));
			return this;
		}

		TableBuilder enumField(String field, String label, String enumName, boolean mandatory) {
			this.fields.add(new AxField(field, label, AxFieldType.ENUM, 0, enumName, mandatory, false));
			return this;
		}

		TableBuilder relation(String field, String relatedTable, String relatedField) {
			return relation(new AxRelation(relatedTable, List.of(new AxRelation.Constraint(field, relatedField))));
		}

		TableBuilder relation(AxRelation relation) {
			this.relations.add(relation);
			return this;
		}

		AxTable build() {
			return new AxTable(this.name, this.label, this.scope, this.fields, this.relations);
		}

	}

}
