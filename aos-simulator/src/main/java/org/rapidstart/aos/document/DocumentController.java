package org.rapidstart.aos.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/aos/{company}/documents/{table}")
@Tag(name = "Document service", description = "Batches of records for one table, upserted by natural key")
class DocumentController {

	private static final Set<String> PAGING = Set.of("page", "size");

	private final DocumentService documents;

	DocumentController(DocumentService documents) {
		this.documents = documents;
	}

	@PostMapping
	@Operation(summary = "Upsert a batch of records",
			description = "Each record is the whole record: fields left out are empty. Result per record: created, "
					+ "updated, unchanged or failed with AX-style messages; a failed record never blocks the others.")
	BatchResult post(@PathVariable String company, @PathVariable String table, @Valid @RequestBody Batch batch) {
		try {
			return this.documents.upsert(company, table, batch.records());
		}
		catch (DuplicateKeyException concurrentInsert) {
			// another batch created one of these keys after we read them: judge the batch again, now seeing it
			return this.documents.upsert(company, table, batch.records());
		}
	}

	@GetMapping
	@Operation(summary = "Read records back, paged, in natural-key order",
			description = "Any other query parameter filters on a field: ?CustGroup=10, with * as a wildcard.")
	RecordPage read(@PathVariable String company, @PathVariable String table,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@Parameter(hidden = true) @RequestParam Map<String, String> query) {
		Map<String, String> filters = new LinkedHashMap<>(query);
		filters.keySet().removeAll(PAGING);
		if (page < 0 || size < 1 || size > 10_000) {
			throw DocumentService.badRequest("Invalid paging", "page must be >= 0 and size between 1 and 10000.");
		}
		return this.documents.read(company, table, page, size, filters);
	}

	record Batch(@NotNull @Size(max = 10_000) List<Map<String, @Nullable Object>> records) {
	}

}
