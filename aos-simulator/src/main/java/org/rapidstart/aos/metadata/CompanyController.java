package org.rapidstart.aos.metadata;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/aos/companies")
@Tag(name = "Metadata", description = "Companies, tables, fields, enums and relations")
class CompanyController {

	private final Companies companies;

	CompanyController(Companies companies) {
		this.companies = companies;
	}

	@GetMapping
	@Operation(summary = "List the companies (DataAreaId and name)")
	List<Company> list() {
		return this.companies.all();
	}

	@GetMapping("/{company}")
	@Operation(summary = "One company")
	Company get(@PathVariable String company) {
		return this.companies.require(company);
	}

	@PostMapping
	@Operation(summary = "Create a company (201), or find it unchanged if it exists (200)")
	ResponseEntity<Company> create(@Valid @RequestBody NewCompany request) {
		boolean created = this.companies.create(request.dataAreaId(), request.name());
		Company company = this.companies.require(request.dataAreaId());
		return created ? ResponseEntity.created(URI.create("/aos/companies/" + company.dataAreaId())).body(company)
				: ResponseEntity.ok(company);
	}

	record NewCompany(
			@NotBlank @Size(max = 4) @Pattern(regexp = "[A-Za-z0-9]{1,4}",
					message = "DataAreaId is 1 to 4 letters or digits") String dataAreaId,
			@NotBlank @Size(max = 60) String name) {
	}

}
