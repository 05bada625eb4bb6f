package org.rapidstart.aos.metadata;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The metadata service the questionnaire Designer refreshes its catalogue from. */
@RestController
@RequestMapping("/aos/metadata")
@Tag(name = "Metadata")
class MetadataController {

	private final AxCatalogue catalogue;

	MetadataController(AxCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/tables")
	@Operation(summary = "The tables, in a safe load order")
	List<TableSummary> tables() {
		return this.catalogue.tables()
			.stream()
			.map(t -> new TableSummary(t.name(), t.label(), scope(t), t.keyFields().stream().map(AxField::name).toList()))
			.toList();
	}

	@GetMapping("/tables/{table}")
	@Operation(summary = "A table's fields (type, length, mandatory, enum values) and relations")
	TableDetail table(@PathVariable String table) {
		AxTable t = this.catalogue.requireTable(table);
		List<FieldDetail> fields = t.fields().stream().map(f -> {
			AxEnum axEnum = this.catalogue.enumOf(f);
			@Nullable
			RelationRef relation = t.relationOf(f.name())
				.map(r -> new RelationRef(r.relatedTable(), r.relatedField()))
				.orElse(null);
			return new FieldDetail(f.name(), f.label(), f.type().axName(),
					f.type() == AxFieldType.STRING ? f.length() : null, f.mandatory(), f.key(), f.enumName(),
					axEnum == null ? null : axEnum.values(), relation);
		}).toList();
		List<RelationDetail> relations = t.relations()
			.stream()
			.map(r -> new RelationDetail(r.field(), r.relatedTable(), r.relatedField(), r.constraints()))
			.toList();
		return new TableDetail(t.name(), t.label(), scope(t), t.keyFields().stream().map(AxField::name).toList(),
				fields, relations);
	}

	@GetMapping("/enums")
	@Operation(summary = "The base enums and their values, in order")
	List<AxEnum> enums() {
		return this.catalogue.enums();
	}

	private static String scope(AxTable table) {
		return table.scope() == AxScope.SHARED ? "shared" : "company";
	}

	record TableSummary(String name, String label, String scope, List<String> key) {
	}

	record TableDetail(String name, String label, String scope, List<String> key, List<FieldDetail> fields,
			List<RelationDetail> relations) {
	}

	record FieldDetail(String name, String label, String type, @Nullable Integer length, boolean mandatory,
			boolean key, @Nullable String enumName, @Nullable List<String> enumValues,
			@Nullable RelationRef relation) {
	}

	record RelationRef(String table, String field) {
	}

	record RelationDetail(String field, String relatedTable, String relatedField,
			List<AxRelation.Constraint> constraints) {
	}

}
