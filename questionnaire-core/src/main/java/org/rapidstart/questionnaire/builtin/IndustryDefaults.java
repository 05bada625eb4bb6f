package org.rapidstart.questionnaire.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
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
        IndustryContent own = IndustryContent.of(industry);
        List<Map<String, String>> terms = new ArrayList<>(List.of(
                term("Net30", "Net 30 days", "Net", "30"),
                term("COD", "Cash on delivery", "COD", "0")));
        terms.addAll(own.paymentTerms());
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
        accounts.addAll(own.mainAccounts());
        Answers a = Answers.empty()
                .withRows("Currencies", List.of(
                        row("CurrencyCode", "USD", "Txt", "US dollar", "Symbol", "$", "RoundingPrecision", "0.01"),
                        row("CurrencyCode", "EUR", "Txt", "Euro", "Symbol", "€", "RoundingPrecision", "0.01"),
                        row("CurrencyCode", "GBP", "Txt", "Pound sterling", "Symbol", "£", "RoundingPrecision", "0.01"),
                        row("CurrencyCode", "CAD", "Txt", "Canadian dollar", "Symbol", "$", "RoundingPrecision", "0.01")))
                .with("ChartOfAccountsName", "Shared")
                .with("ChartOfAccountsDescription", industry.displayName() + " chart of accounts")
                .withRows("MainAccounts", accounts)
                .with("CheckVoucherNumbers", "Yes")
                .with("ExchangeRateType", "Default")
                .withParameter("FiscalYear", "PeriodUnit", "Month")
                .withParameter("FiscalYear", "PeriodQuantity", "1")
                .withParameter("FiscalYear", "NumberOfYears", "2")
                .withRows("PaymentTerms", terms).withRows("VendorPaymentTerms", terms)
                .with("DefaultCustomerPaymentTerms", "Net30").with("DefaultVendorPaymentTerms", "Net30")
                .withRows("CustomerPaymentMethods", List.of(
                        row("PaymMode", "CHECK", "Name", "Check", "AccountType", "Bank"),
                        row("PaymMode", "EFT", "Name", "Electronic funds transfer", "AccountType", "Bank"),
                        row("PaymMode", "CARD", "Name", "Credit card", "AccountType", "Bank")))
                .withRows("VendorPaymentMethods", List.of(
                        row("PaymMode", "CHECK", "Name", "Check", "AccountType", "Bank"),
                        row("PaymMode", "EFT", "Name", "Electronic funds transfer", "AccountType", "Bank"),
                        row("PaymMode", "WIRE", "Name", "Wire transfer", "AccountType", "Bank")))
                .withRows("CustomerGroups", own.customerGroups())
                .withRows("VendorGroups", own.vendorGroups())
                .with("CheckCreditLimit", own.creditLimitCheck() == null ? "No" : "Yes")
                .with("CheckInvoiceMatching", own.invoiceMatching() ? "Yes" : "No");
        return own.creditLimitCheck() == null ? a : a.with("CreditLimitCheckType", own.creditLimitCheck());
    }

    /**
     * What differs between industries: the customer and vendor groups, the terms of payment and main accounts added
     * to the common ones, how the credit limit is checked (null: not at all) and whether invoices are matched.
     */
    private record IndustryContent(List<Map<String, String>> customerGroups, List<Map<String, String>> vendorGroups,
                                   List<Map<String, String>> paymentTerms, List<Map<String, String>> mainAccounts,
                                   @Nullable String creditLimitCheck, boolean invoiceMatching) {

        static IndustryContent of(Industry industry) {
            return switch (industry) {
                case MANUFACTURING -> new IndustryContent(
                        List.of(group("CustGroup", "DOMESTIC", "Domestic customers", "Net30"),
                                group("CustGroup", "EXPORT", "Export customers", "Net60"),
                                group("CustGroup", "OEM", "OEM partners", "Net60")),
                        List.of(group("VendGroup", "RAWMAT", "Raw material suppliers", "Net60"),
                                group("VendGroup", "PARTS", "Component suppliers", "Net30"),
                                group("VendGroup", "SERVICES", "Service providers", "Net30")),
                        List.of(term("Net60", "Net 60 days", "Net", "60"),
                                term("CM15", "Current month + 15 days", "CurrentMonth", "15")),
                        List.of(account("140100", "Raw materials inventory", "Asset"),
                                account("140200", "Work in progress", "Asset"),
                                account("140300", "Finished goods inventory", "Asset"),
                                account("500100", "Cost of goods manufactured", "Expense"),
                                account("510100", "Production overhead", "Expense")),
                        "BalanceAll", true);
                case DISTRIBUTION -> new IndustryContent(
                        List.of(group("CustGroup", "WHOLESALE", "Wholesale customers", "Net30"),
                                group("CustGroup", "RETAIL", "Retail stores", "Net14"),
                                group("CustGroup", "ONLINE", "Online customers", "COD")),
                        List.of(group("VendGroup", "SUPPLIERS", "Merchandise suppliers", "Net30"),
                                group("VendGroup", "FREIGHT", "Freight carriers", "Net14"),
                                group("VendGroup", "SERVICES", "Service providers", "Net30")),
                        List.of(term("Net14", "Net 14 days", "Net", "14"),
                                term("CM30", "Current month + 30 days", "CurrentMonth", "30")),
                        List.of(account("140100", "Merchandise inventory", "Asset"),
                                account("500100", "Cost of goods sold", "Expense"),
                                account("520100", "Freight in", "Expense"),
                                account("530100", "Warehouse costs", "Expense")),
                        "Balance", true);
                case PROFESSIONAL_SERVICES -> new IndustryContent(
                        List.of(group("CustGroup", "CORPORATE", "Corporate clients", "Net30"),
                                group("CustGroup", "PUBLIC", "Public sector clients", "Net45"),
                                group("CustGroup", "SMB", "Small and medium businesses", "Net15")),
                        List.of(group("VendGroup", "SUBCONTR", "Subcontractors", "Net30"),
                                group("VendGroup", "SERVICES", "Office and IT services", "Net15")),
                        List.of(term("Net15", "Net 15 days", "Net", "15"),
                                term("Net45", "Net 45 days", "Net", "45")),
                        List.of(account("135100", "Unbilled services", "Asset"),
                                account("410100", "Consulting fees", "Revenue"),
                                account("420100", "Reimbursable expenses billed", "Revenue"),
                                account("500100", "Subcontractor costs", "Expense")),
                        null, false);
            };
        }
    }

    private static Map<String, String> group(String keyField, String id, String name, String terms) {
        return row(keyField, id, "Name", name, "PaymTermId", terms);
    }

    private static Map<String, String> term(String id, String description, String method, String days) {
        return row("PaymTermId", id, "Description", description, "PaymMethod", method, "NumOfDays", days);
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
