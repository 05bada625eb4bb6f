package org.rapidstart.aos.console;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.rapidstart.aos.dixf.DixfJobs;
import org.rapidstart.aos.document.DocumentService;
import org.rapidstart.aos.document.RecordPage;
import org.rapidstart.aos.metadata.AxCatalogue;
import org.rapidstart.aos.metadata.AxTable;
import org.rapidstart.aos.metadata.Companies;
import org.rapidstart.aos.metadata.Company;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/console")
class ConsoleController {

	private static final int PAGE_SIZE = 50;

	private final Companies companies;

	private final AxCatalogue catalogue;

	private final DocumentService documents;

	private final DixfJobs dixf;

	ConsoleController(Companies companies, AxCatalogue catalogue, DocumentService documents, DixfJobs dixf) {
		this.companies = companies;
		this.catalogue = catalogue;
		this.documents = documents;
		this.dixf = dixf;
	}

	@GetMapping
	String companies(Model model) {
		model.addAttribute("companies", this.companies.all());
		return "aos/companies";
	}

	@GetMapping("/{company}")
	String tables(@PathVariable String company, Model model) {
		Company c = this.companies.require(company);
		model.addAttribute("company", c);
		model.addAttribute("tables", this.catalogue.tables());
		model.addAttribute("counts", this.documents.counts(c.dataAreaId()));
		return "aos/tables";
	}

	@GetMapping("/{company}/tables/{table}")
	String records(@PathVariable String company, @PathVariable String table,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String value, Model model) {
		Company c = this.companies.require(company);
		AxTable t = this.catalogue.requireTable(table);
		Map<String, String> filters = new LinkedHashMap<>();
		if (field != null && !field.isBlank() && value != null && !value.isBlank()) {
			filters.put(field, value);
		}
		RecordPage records = this.documents.read(c.dataAreaId(), t.name(), Math.max(0, page), PAGE_SIZE, filters);
		model.addAttribute("company", c);
		model.addAttribute("table", t);
		model.addAttribute("page", records);
		model.addAttribute("field", field == null ? "" : field);
		model.addAttribute("value", value == null ? "" : value);
		return "aos/records";
	}

	@GetMapping("/{company}/dixf")
	String jobs(@PathVariable String company, Model model) {
		Company c = this.companies.require(company);
		model.addAttribute("company", c);
		model.addAttribute("jobs", this.dixf.list(c.dataAreaId()));
		return "aos/dixf-jobs";
	}

	@GetMapping("/{company}/dixf/{id}")
	String job(@PathVariable String company, @PathVariable long id, @RequestParam(defaultValue = "0") int errorsPage,
			Model model) {
		Company c = this.companies.require(company);
		model.addAttribute("company", c);
		model.addAttribute("job", this.dixf.get(c.dataAreaId(), id, Math.max(0, errorsPage), 100));
		return "aos/dixf-job";
	}

}
