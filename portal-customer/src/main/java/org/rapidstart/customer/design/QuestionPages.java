package org.rapidstart.customer.design;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.template.TemplateDesign;
import org.rapidstart.questionnaire.metadata.ClassOperationMeta;
import org.rapidstart.questionnaire.metadata.EnumMeta;
import org.rapidstart.questionnaire.metadata.FieldMeta;
import org.rapidstart.questionnaire.metadata.FieldType;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.metadata.ParameterMeta;
import org.rapidstart.questionnaire.metadata.TableMeta;
import org.rapidstart.questionnaire.model.Control;
import org.rapidstart.questionnaire.model.FieldTarget;
import org.rapidstart.questionnaire.model.LookupSource;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionType;
import org.rapidstart.questionnaire.model.Template;

import org.springframework.ui.Model;

/**
 * What the question editor offers: the question types, controls and lookup sources, and from the metadata
 * catalogue the ERP tables, fields (with type, length and mandatory flag), enums and class operations, so that
 * targets are chosen from lists rather than typed.
 */
final class QuestionPages {

	private QuestionPages() {
	}

	/** One entry of a list of ERP fields: its value ("CustGroup", or "CustTable.CustGroup" for a target) and how it reads. */
	record FieldOption(String value, String label) {

	}

	/** The fields of one ERP table, offered as the target of a Field question. */
	record TableFields(String table, List<FieldOption> fields) {

	}

	static void editor(Model model, TemplateDesign design, Template template, String base, int a, int g,
			@Nullable String original, boolean editable) {
		MetadataCatalogue catalogue = design.catalogue();
		QuestionForm form = (QuestionForm) model.getAttribute("questionForm");
		model.addAttribute("template", template);
		model.addAttribute("base", base);
		model.addAttribute("a", a);
		model.addAttribute("g", g);
		model.addAttribute("area", Positions.area(template, a));
		model.addAttribute("group", Positions.group(template, a, g));
		model.addAttribute("original", original);
		model.addAttribute("editable", editable);
		model.addAttribute("questionTypes", List.of(QuestionType.values()));
		model.addAttribute("controls", (form != null && form.getType() == QuestionType.NON_ACTIONABLE)
				? List.of(Control.YES_NO, Control.LIST) : List.of(Control.values()));
		model.addAttribute("lookupSources", List.of(LookupSource.values()));
		model.addAttribute("tables", catalogue.tables());
		model.addAttribute("fieldTargets", fieldTargets(catalogue));
		model.addAttribute("unknownTarget", (form == null) ? null : unknownTarget(form, catalogue));
		model.addAttribute("targetEnum", (form == null) ? null : targetEnum(form, catalogue));
		model.addAttribute("columnFields", (form == null) ? List.of()
				: catalogue.table(form.getTable())
					.map(t -> t.fields().stream().map(f -> new FieldOption(f.name(), describe(f))).toList())
					.orElse(List.of()));
		model.addAttribute("operations", catalogue.classOperations());
		model.addAttribute("operationParameters", (form == null) ? List.of()
				: catalogue.classOperation(form.getOperation())
					.map(ClassOperationMeta::parameters)
					.orElse(List.of()));
		model.addAttribute("questionNames", template.questions()
			.stream()
			.map(Question::shortName)
			.filter(n -> original == null || !n.equalsIgnoreCase(original))
			.toList());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", (original != null) ? design.problemsOf(template, original) : List.of());
		}
	}

	/** The enum of a Field question's target field, whose values the page lists next to choices and rules. */
	private static @Nullable EnumMeta targetEnum(QuestionForm form, MetadataCatalogue catalogue) {
		FieldTarget target = form.fieldTarget();
		if (form.getType() != QuestionType.FIELD || target == null) {
			return null;
		}
		return catalogue.field(target.table(), target.field())
			.map(FieldMeta::type)
			.filter(t -> t.kind() == FieldType.Kind.ENUM)
			.flatMap(t -> catalogue.enumeration(t.enumName()))
			.orElse(null);
	}

	private static String describe(FieldMeta field) {
		return field.name() + " (" + field.type() + (field.mandatory() ? ", mandatory" : "")
				+ (field.relation() != null ? ", refers to " + field.relation() : "") + ")";
	}

	private static List<TableFields> fieldTargets(MetadataCatalogue catalogue) {
		List<TableFields> tables = new ArrayList<>();
		for (TableMeta table : catalogue.tables()) {
			tables.add(new TableFields(table.name(), table.fields()
				.stream()
				.map(f -> new FieldOption(table.name() + "." + f.name(), table.name() + "." + describe(f)))
				.toList()));
		}
		return tables;
	}

	/**
	 * A saved target that is not in the metadata catalogue (an imported template's): offered as it is, so saving the
	 * question keeps it (publishing reports it) rather than losing it.
	 */
	private static @Nullable String unknownTarget(QuestionForm form, MetadataCatalogue catalogue) {
		FieldTarget target = form.fieldTarget();
		if (target == null || catalogue.field(target.table(), target.field()).isPresent()) {
			return null;
		}
		return form.getTarget();
	}

	/** A table question gets a column for each mandatory field when its table is chosen. */
	static void mandatoryColumns(QuestionForm form, MetadataCatalogue catalogue) {
		if (!form.getColumns().isEmpty()) {
			return;
		}
		catalogue.table(form.getTable()).ifPresent(t -> t.fields().stream().filter(FieldMeta::mandatory).forEach(f -> {
			ColumnForm column = new ColumnForm();
			column.setField(f.name());
			column.setLabel(f.name());
			column.setMandatory(true);
			form.getColumns().add(column);
		}));
	}

	/** A Class question gets every parameter of its operation when the operation is chosen. */
	static void operationParameters(QuestionForm form, MetadataCatalogue catalogue) {
		if (!form.getParameters().isEmpty()) {
			return;
		}
		catalogue.classOperation(form.getOperation())
			.ifPresent(o -> o.parameters()
				.stream()
				.map(ParameterMeta::name)
				.forEach(n -> form.getParameters().add(ParameterForm.named(n))));
	}

}
