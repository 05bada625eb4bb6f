package org.rapidstart.provisioning.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.builtin.IndustryDefaults;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateType;

/**
 * What a default project answers: the built-in Order-to-cash and Procure-to-pay content together (their shared
 * areas are identical), pre-answered with the industry defaults and with the organisation's own facts taken from
 * the project, so nobody has to answer questions to start.
 */
final class DefaultProject {

	static final String TEMPLATE_NAME = "Default project";

	private static final Set<String> EURO = Set.of("AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE",
			"IT", "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK");

	private DefaultProject() {
	}

	static Template template() {
		Template sales = BuiltInTemplates.get(BuiltInTemplates.ORDER_TO_CASH);
		Template purchases = BuiltInTemplates.get(BuiltInTemplates.PROCURE_TO_PAY);
		List<FunctionalArea> areas = new ArrayList<>(sales.functionalAreas());
		for (FunctionalArea area : purchases.functionalAreas()) {
			if (areas.stream().noneMatch(a -> a.name().equalsIgnoreCase(area.name()))) {
				// Accounts payable goes after Accounts receivable, before Addresses
				areas.add(areas.size() - 1, area);
			}
		}
		return new Template(TEMPLATE_NAME,
				"Industry defaults for Order-to-cash and Procure-to-pay, pre-answered; no questions asked.",
				TemplateType.BUSINESS_PROCESS, sales.targetErpVersion(), true, areas);
	}

	/** Industry defaults, with the organisation's facts laid over them. */
	static Answers answers(Organisation organisation, LocalDate today) {
		Answers defaults = IndustryDefaults.answersFor(organisation.industry());
		String currency = currencyOf(organisation.countryRegion());
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("CompanyName", organisation.name());
		facts.put("CompanyCode", companyCode(organisation.name()));
		facts.put("Street", organisation.street());
		facts.put("ZipCode", organisation.postalCode());
		facts.put("City", organisation.city());
		facts.put("State", organisation.state());
		facts.put("CountryRegion", organisation.countryRegion());
		facts.put("CompanyCurrency", currency);
		facts.put("LedgerName", organisation.name());
		facts.put("AccountingCurrency", currency);
		facts.put("UseReportingCurrency", "No");
		Answers answers = defaults;
		for (Map.Entry<String, String> e : facts.entrySet()) {
			answers = answers.with(e.getKey(), e.getValue());
		}
		return answers.withParameter("FiscalYear", "StartDate", LocalDate.of(today.getYear(), 1, 1).toString())
			.withRows("CountriesRegions", List.of(Map.of("CountryRegionId", organisation.countryRegion(), "ShortName",
					new Locale("", organisation.countryRegion()).getDisplayCountry(Locale.ENGLISH))));
	}

	/** The currency the defaults hold for the country/region, else US dollars. */
	static String currencyOf(String countryRegion) {
		return switch (countryRegion) {
			case "GB" -> "GBP";
			case "CA" -> "CAD";
			default -> EURO.contains(countryRegion) ? "EUR" : "USD";
		};
	}

	/** 3 or 4 letters or digits from the organisation's name, as the company code asks. */
	static String companyCode(String name) {
		String letters = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		String code = letters.length() > 4 ? letters.substring(0, 4) : letters;
		while (code.length() < 3) {
			code = code + "X";
		}
		return code;
	}

}
