package org.rapidstart.questionnaire.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapidstart.questionnaire.answers.Answers;

/**
 * The answers a "default project" starts from: industry defaults for the built-in Order-to-cash and Procure-to-pay
 * content (currencies, terms and methods of payment, customer and vendor groups, a chart of accounts, credit-limit
 * and invoice-matching settings, fiscal period layout). Keyed by the built-in short names, so they apply to any
 * built-in template; the organisation's own facts (name, code, address, fiscal year start) stay unanswered and come
 * from the project. AX 2012's aging period definitions are not in the canonical table list, so there are none here.
 */
public final class IndustryDefaults {

    private IndustryDefaults() {
    }

    public static Answers answersFor(Industry industry) {
        Answers a = Answers.empty()
                .withRows("Currencies", List.of(
                        row("CurrencyCode", "USD", "Txt", "US dollar", "Symbol", "$", "RoundingPrecision", "0.01"),
                        row("CurrencyCode", "EUR", "Txt", "Euro", "Symbol", "€", "RoundingPrecision", "0.01"),
                        row("CurrencyCode", "GBP", "Txt", "Pound sterling", "Symbol", "£", "RoundingPrecision", "0.01"),
                        row("CurrencyCode", "CAD", "Txt", "Canadian dollar", "Symbol", "$", "RoundingPrecision", "0.01")))
                .with("ChartOfAccountsName", "Shared")
                .with("ChartOfAccountsDescription", industry.displayName() + " chart of accounts")
                .withRows("MainAccounts", mainAccounts(industry))
                .with("CheckVoucherNumbers", "Yes")
                .with("ExchangeRateType", "Default")
                .withParameter("FiscalYear", "PeriodUnit", "Month")
                .withParameter("FiscalYear", "PeriodQuantity", "1")
                .withParameter("FiscalYear", "NumberOfYears", "2");
        List<Map<String, String>> terms = paymentTerms(industry);
        a = a.withRows("PaymentTerms", terms).withRows("VendorPaymentTerms", terms)
                .with("DefaultCustomerPaymentTerms", "Net30").with("DefaultVendorPaymentTerms", "Net30")
                .withRows("CustomerPaymentMethods", List.of(
                        row("PaymMode", "CHECK", "Name", "Check", "AccountType", "Bank"),
                        row("PaymMode", "EFT", "Name", "Electronic funds transfer", "AccountType", "Bank"),
                        row("PaymMode", "CARD", "Name", "Credit card", "AccountType", "Bank")))
                .withRows("VendorPaymentMethods", List.of(
                        row("PaymMode", "CHECK", "Name", "Check", "AccountType", "Bank"),
                        row("PaymMode", "EFT", "Name", "Electronic funds transfer", "AccountType", "Bank"),
                        row("PaymMode", "WIRE", "Name", "Wire transfer", "AccountType", "Bank")));
        switch (industry) {
            case MANUFACTURING:
                return a.withRows("CustomerGroups", List.of(
                                row("CustGroup", "DOMESTIC", "Name", "Domestic customers", "PaymTermId", "Net30"),
                                row("CustGroup", "EXPORT", "Name", "Export customers", "PaymTermId", "Net60"),
                                row("CustGroup", "OEM", "Name", "OEM partners", "PaymTermId", "Net60")))
                        .withRows("VendorGroups", List.of(
                                row("VendGroup", "RAWMAT", "Name", "Raw material suppliers", "PaymTermId", "Net60"),
                                row("VendGroup", "PARTS", "Name", "Component suppliers", "PaymTermId", "Net30"),
                                row("VendGroup", "SERVICES", "Name", "Service providers", "PaymTermId", "Net30")))
                        .with("CheckCreditLimit", "Yes").with("CreditLimitCheckType", "BalanceAll")
                        .with("CheckInvoiceMatching", "Yes");
            case DISTRIBUTION:
                return a.withRows("CustomerGroups", List.of(
                                row("CustGroup", "WHOLESALE", "Name", "Wholesale customers", "PaymTermId", "Net30"),
                                row("CustGroup", "RETAIL", "Name", "Retail stores", "PaymTermId", "Net14"),
                                row("CustGroup", "ONLINE", "Name", "Online customers", "PaymTermId", "COD")))
                        .withRows("VendorGroups", List.of(
                                row("VendGroup", "SUPPLIERS", "Name", "Merchandise suppliers", "PaymTermId", "Net30"),
                                row("VendGroup", "FREIGHT", "Name", "Freight carriers", "PaymTermId", "Net14"),
                                row("VendGroup", "SERVICES", "Name", "Service providers", "PaymTermId", "Net30")))
                        .with("CheckCreditLimit", "Yes").with("CreditLimitCheckType", "Balance")
                        .with("CheckInvoiceMatching", "Yes");
            default:
                return a.withRows("CustomerGroups", List.of(
                                row("CustGroup", "CORPORATE", "Name", "Corporate clients", "PaymTermId", "Net30"),
                                row("CustGroup", "PUBLIC", "Name", "Public sector clients", "PaymTermId", "Net45"),
                                row("CustGroup", "SMB", "Name", "Small and medium businesses", "PaymTermId", "Net15")))
                        .withRows("VendorGroups", List.of(
                                row("VendGroup", "SUBCONTR", "Name", "Subcontractors", "PaymTermId", "Net30"),
                                row("VendGroup", "SERVICES", "Name", "Office and IT services", "PaymTermId", "Net15")))
                        .with("CheckCreditLimit", "No")
                        .with("CheckInvoiceMatching", "No");
        }
    }

    private static List<Map<String, String>> paymentTerms(Industry industry) {
        List<Map<String, String>> terms = new ArrayList<>(List.of(
                row("PaymTermId", "Net30", "Description", "Net 30 days", "PaymMethod", "Net", "NumOfDays", "30"),
                row("PaymTermId", "COD", "Description", "Cash on delivery", "PaymMethod", "COD", "NumOfDays", "0")));
        switch (industry) {
            case MANUFACTURING:
                terms.add(row("PaymTermId", "Net60", "Description", "Net 60 days", "PaymMethod", "Net", "NumOfDays", "60"));
                terms.add(row("PaymTermId", "CM15", "Description", "Current month + 15 days", "PaymMethod",
                        "CurrentMonth", "NumOfDays", "15"));
                break;
            case DISTRIBUTION:
                terms.add(row("PaymTermId", "Net14", "Description", "Net 14 days", "PaymMethod", "Net", "NumOfDays", "14"));
                terms.add(row("PaymTermId", "CM30", "Description", "Current month + 30 days", "PaymMethod",
                        "CurrentMonth", "NumOfDays", "30"));
                break;
            default:
                terms.add(row("PaymTermId", "Net15", "Description", "Net 15 days", "PaymMethod", "Net", "NumOfDays", "15"));
                terms.add(row("PaymTermId", "Net45", "Description", "Net 45 days", "PaymMethod", "Net", "NumOfDays", "45"));
                break;
        }
        return terms;
    }

    private static List<Map<String, String>> mainAccounts(Industry industry) {
        List<Map<String, String>> accounts = new ArrayList<>(List.of(
                account("110110", "Bank account", "Asset"),
                account("110150", "Petty cash", "Asset"),
                account("130100", "Accounts receivable", "Asset"),
                account("180100", "Property, plant and equipment", "Asset"),
                account("200100", "Accounts payable", "Liability"),
                account("220100", "Sales tax payable", "Liability"),
                account("230100", "Accrued payroll", "Liability"),
                account("300100", "Share capital", "Equity"),
                account("310100", "Retained earnings", "Equity"),
                account("400100", "Sales revenue", "Revenue"),
                account("600100", "Salaries and wages", "Expense"),
                account("610100", "Rent", "Expense"),
                account("620100", "Depreciation", "Expense"),
                account("690100", "Bank charges", "Expense")));
        switch (industry) {
            case MANUFACTURING:
                accounts.add(account("140100", "Raw materials inventory", "Asset"));
                accounts.add(account("140200", "Work in progress", "Asset"));
                accounts.add(account("140300", "Finished goods inventory", "Asset"));
                accounts.add(account("500100", "Cost of goods manufactured", "Expense"));
                accounts.add(account("510100", "Production overhead", "Expense"));
                break;
            case DISTRIBUTION:
                accounts.add(account("140100", "Merchandise inventory", "Asset"));
                accounts.add(account("500100", "Cost of goods sold", "Expense"));
                accounts.add(account("520100", "Freight in", "Expense"));
                accounts.add(account("530100", "Warehouse costs", "Expense"));
                break;
            default:
                accounts.add(account("135100", "Unbilled services", "Asset"));
                accounts.add(account("410100", "Consulting fees", "Revenue"));
                accounts.add(account("420100", "Reimbursable expenses billed", "Revenue"));
                accounts.add(account("500100", "Subcontractor costs", "Expense"));
                break;
        }
        return accounts;
    }

    private static Map<String, String> account(String id, String name, String type) {
        return row("MainAccountId", id, "Name", name, "Type", type);
    }

    private static Map<String, String> row(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
