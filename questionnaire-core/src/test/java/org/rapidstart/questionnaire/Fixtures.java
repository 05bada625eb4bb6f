package org.rapidstart.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.builtin.Industry;
import org.rapidstart.questionnaire.builtin.IndustryDefaults;

/** Answers shared by the tests: a fully answered Base information, and a whole Order-to-cash project. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Map<String, String> row(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    public static Answers baseInformation() {
        return Answers.empty()
                .with("CompanyName", "Contoso Entertainment Systems USA")
                .with("CompanyCode", "CEU")
                .with("Street", "1 Microsoft Way")
                .with("ZipCode", "98052")
                .with("City", "Redmond")
                .with("State", "WA")
                .with("CountryRegion", "US")
                .with("RegistrationNumber", "WA-123456")
                .with("Language", "en-us")
                .with("CompanyCurrency", "USD")
                .withParameter("FiscalYear", "StartDate", "2027-01-01")
                .withParameter("FiscalYear", "PeriodUnit", "month")
                .withParameter("FiscalYear", "PeriodQuantity", "1")
                .withParameter("FiscalYear", "NumberOfYears", "2")
                .with("LedgerName", "CEU ledger")
                .with("ChartOfAccountsName", "Shared")
                .with("AccountingCurrency", "USD")
                .with("UseReportingCurrency", "No")
                .withRows("Currencies", List.of(
                        row("CurrencyCode", "USD", "Txt", "US dollar", "Symbol", "$", "RoundingPrecision", "0.01"),
                        row("CurrencyCode", "EUR", "Txt", "Euro", "Symbol", "€", "RoundingPrecision", "0.01")));
    }

    /** A complete Order-to-cash project: Base information, industry defaults, addresses and two customers. */
    public static Answers orderToCash() {
        return IndustryDefaults.answersFor(Industry.DISTRIBUTION).overriddenBy(baseInformation())
                .with("ChartOfAccountsName", "Shared")
                .withRows("CountriesRegions", List.of(
                        row("CountryRegionId", "US", "ShortName", "United States", "ISOcode", "US", "CurrencyCode", "USD"),
                        row("CountryRegionId", "DE", "ShortName", "Germany", "ISOcode", "DE", "CurrencyCode", "EUR")))
                .withRows("ZipCodes", List.of(
                        row("CountryRegionId", "US", "ZipCode", "98052", "City", "Redmond", "State", "WA"),
                        row("CountryRegionId", "DE", "ZipCode", "10115", "City", "Berlin")))
                .withRows("Customers", List.of(
                        row("AccountNum", "C0001", "Name", "Fabrikam Retail", "CustGroup", "RETAIL", "Currency", "USD",
                                "PaymTermId", "Net14", "PaymMode", "CHECK", "CreditMax", "50000",
                                "CountryRegionId", "US"),
                        row("AccountNum", "C0002", "Name", "Litware GmbH", "CustGroup", "wholesale", "Currency", "EUR",
                                "CountryRegionId", "DE")));
    }

    /** A complete Procure-to-pay project. */
    public static Answers procureToPay() {
        return IndustryDefaults.answersFor(Industry.MANUFACTURING).overriddenBy(baseInformation())
                .withRows("CountriesRegions", List.of(
                        row("CountryRegionId", "US", "ShortName", "United States", "ISOcode", "US", "CurrencyCode", "USD")))
                .withRows("ZipCodes", List.of(row("CountryRegionId", "US", "ZipCode", "98052", "City", "Redmond")))
                .withRows("Vendors", List.of(
                        row("AccountNum", "V0001", "Name", "Northwind Traders", "VendGroup", "RAWMAT", "Currency", "USD",
                                "PaymMode", "EFT", "CountryRegionId", "US")));
    }
}
