package org.rapidstart.aos.classop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.rapidstart.aos.metadata.AxField;
import org.rapidstart.aos.metadata.Companies;
import org.rapidstart.aos.metadata.Company;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The company's standard number sequences (customer account, vendor account, voucher), created once. */
@Component
class CreateNumberSequences implements ClassOperation {

	private final JdbcClient jdbc;

	private final Companies companies;

	CreateNumberSequences(JdbcClient jdbc, Companies companies) {
		this.jdbc = jdbc;
		this.companies = companies;
	}

	@Override
	public String name() {
		return "CreateNumberSequences";
	}

	@Override
	public List<ParameterInfo> parameters() {
		return List.of(
				new ParameterInfo("Company", "String(4)", false, "DataAreaId; defaults to the company in the path"),
				new ParameterInfo("Prefix", "String(5)", false, "Put in front of every code and number format"));
	}

	@Override
	public OperationResult run(Company pathCompany, Map<String, @Nullable Object> parameters) {
		Object companyParameter = parameters.get("Company");
		String companyId = companyParameter == null || String.valueOf(companyParameter).isBlank()
				? pathCompany.dataAreaId() : AxField.trimSpaces(String.valueOf(companyParameter));
		Company company = this.companies.find(companyId).orElse(null);
		if (company == null) {
			return OperationResult.failed(name(), companyId,
					List.of("Company '%s' does not exist.".formatted(companyId)));
		}
		Object prefixParameter = parameters.get("Prefix");
		String prefix = prefixParameter == null ? "" : AxField.trimSpaces(String.valueOf(prefixParameter));
		if (prefix.length() > 5) {
			return OperationResult.failed(name(), company.dataAreaId(), List.of(
					"The value in field 'Prefix' is too long: %d characters, the maximum is 5.".formatted(prefix.length())));
		}
		List<String[]> standard = List.of(new String[] { "Cust", "Customer account", "C-######" },
				new String[] { "Vend", "Vendor account", "V-######" },
				new String[] { "Vouch", "Voucher", "GJ-######" });
		List<Map<String, Object>> sequences = new ArrayList<>();
		int created = 0;
		for (String[] s : standard) {
			String code = prefix + s[0];
			int inserted = this.jdbc.sql("""
					INSERT INTO aos_number_sequence (data_area_id, code, reference, format, next_value)
					VALUES (?, ?, ?, ?, 1) ON CONFLICT (data_area_id, code) DO NOTHING""")
				.params(company.dataAreaId(), code, s[1], prefix + s[2])
				.update();
			created += inserted;
			Map<String, Object> sequence = new LinkedHashMap<>();
			sequence.put("NumberSequence", code);
			sequence.put("Reference", s[1]);
			sequence.put("Format", prefix + s[2]);
			sequence.put("status", inserted == 1 ? "created" : "unchanged");
			sequences.add(sequence);
		}
		Map<String, Object> results = new LinkedHashMap<>();
		results.put("created", created);
		results.put("unchanged", standard.size() - created);
		results.put("NumberSequenceTable", sequences);
		return new OperationResult(name(), company.dataAreaId(), "completed", List.of(), results);
	}

}
