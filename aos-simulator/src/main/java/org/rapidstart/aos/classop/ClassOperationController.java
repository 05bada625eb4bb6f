package org.rapidstart.aos.classop;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.rapidstart.aos.metadata.AosNotFoundException;
import org.rapidstart.aos.metadata.Companies;
import org.rapidstart.aos.metadata.Company;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/aos/{company}/classes")
@Tag(name = "Class operations", description = "Named operations the questionnaire calls at load time; idempotent")
class ClassOperationController {

	private final List<ClassOperation> operations;

	private final Companies companies;

	private final ClassOperations runner;

	ClassOperationController(List<ClassOperation> operations, Companies companies, ClassOperations runner) {
		this.operations = operations;
		this.companies = companies;
		this.runner = runner;
	}

	@GetMapping
	@Operation(summary = "The operations and their parameters")
	List<Map<String, Object>> list(@PathVariable String company) {
		this.companies.require(company);
		return this.operations.stream()
			.map(o -> Map.<String, Object>of("name", o.name(), "parameters", o.parameters()))
			.toList();
	}

	/** 200 with {@code completed}, or 422 with {@code failed} and messages (nothing changed). */
	@PostMapping("/{operation}")
	@Operation(summary = "Run an operation with its parameters as a JSON object")
	ResponseEntity<OperationResult> run(@PathVariable String company, @PathVariable String operation,
			@RequestBody(required = false) @Nullable Map<String, @Nullable Object> parameters) {
		Company target = this.companies.require(company);
		ClassOperation op = this.operations.stream()
			.filter(o -> o.name().toLowerCase(Locale.ROOT).equals(operation.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new AosNotFoundException("Class operation", operation));
		OperationResult result = this.runner.run(op, target, parameters == null ? Map.of() : parameters);
		if (result.isFailed()) {
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(result);
		}
		return ResponseEntity.ok(result);
	}

}
