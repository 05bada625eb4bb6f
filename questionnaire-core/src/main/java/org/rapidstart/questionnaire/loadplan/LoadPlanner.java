package org.rapidstart.questionnaire.loadplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.metadata.ClassOperationMeta;
import org.rapidstart.questionnaire.metadata.FieldMeta;
import org.rapidstart.questionnaire.metadata.FieldType;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.metadata.ParameterMeta;
import org.rapidstart.questionnaire.metadata.Scope;
import org.rapidstart.questionnaire.metadata.TableMeta;
import org.rapidstart.questionnaire.model.ClassParameter;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionType;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.validation.FieldValues;
import org.rapidstart.questionnaire.visibility.Visibility;

/**
 * Turns a project's answers into the load plan: records per ERP table and class-operation calls, ordered by
 * {@link LoadOrder}. Field questions on one table make one record (a parameter table's {@code Key} is always 0);
 * Table and Data Import/Export questions give one record per row (DIXF when any of a table's questions is a Data
 * Import/Export question). Questions that do not apply load nothing, hidden ones load their fixed value, and
 * Non-actionable questions never load. Values are normalised (trimmed, enum values in the AOS's spelling).
 *
 * <p>The planner does not validate: build the plan from answers the {@code Validator} accepts; the AOS checks
 * again at load.
 */
public final class LoadPlanner {

    private final MetadataCatalogue catalogue;
    private final FieldValues fieldValues;

    public LoadPlanner(MetadataCatalogue catalogue) {
        this.catalogue = catalogue;
        this.fieldValues = new FieldValues(catalogue);
    }

    /**
     * @throws LoadPlanException when the tables to load refer to each other in a cycle
     */
    public LoadPlan plan(Template template, Answers answers) {
        Visibility visibility = Visibility.of(template, answers);
        Map<String, TableParts> tables = new LinkedHashMap<>();
        Map<String, ClassCall> calls = new LinkedHashMap<>();

        for (Question q : visibility.activeQuestions()) {
            if (q.type() == QuestionType.FIELD) {
                Optional<String> v = visibility.effectiveValue(q.shortName());
                if (v.isPresent()) {
                    String table = tableName(q.field().table());
                    FieldMeta meta = catalogue.field(table, q.field().field()).orElse(null);
                    tables.computeIfAbsent(key(table), k -> new TableParts(table)).addField(
                            meta == null ? q.field().field() : meta.name(),
                            fieldValues.normalise(v.get(), meta == null ? null : meta.type()), q.shortName());
                }
            } else if (q.type().isTable()) {
                Optional<RowSource> rows = answers.rows(q.shortName());
                if (rows.isPresent()) {
                    String table = tableName(q.table().table());
                    tables.computeIfAbsent(key(table), k -> new TableParts(table)).addRows(q, rows.get());
                }
            } else if (q.type() == QuestionType.CLASS) {
                classCall(q, answers, visibility).ifPresent(c -> calls.putIfAbsent(key(c.operation()), c));
            }
        }

        List<String> tableNames = tables.values().stream().map(p -> p.table).toList();
        List<String> operations = calls.values().stream().map(ClassCall::operation).toList();
        List<LoadStep> steps = new ArrayList<>();
        for (LoadOrder.Entry e : LoadOrder.order(catalogue, tableNames, operations)) {
            if (e.operation()) {
                steps.add(calls.get(key(e.name())));
            } else {
                steps.add(tables.get(key(e.name())).toStep(visibility));
            }
        }
        return new LoadPlan(steps);
    }

    private String tableName(String name) {
        return catalogue.table(name).map(TableMeta::name).orElse(name);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private Optional<ClassCall> classCall(Question q, Answers answers, Visibility visibility) {
        Map<String, String> given = answers.parameters(q.shortName());
        if (!q.operation().runs(q.required(), given)) {
            return Optional.empty();
        }
        Optional<ClassOperationMeta> op = catalogue.classOperation(q.operation().operation());
        Map<String, String> params = new LinkedHashMap<>();
        for (ClassParameter p : q.operation().parameters()) {
            Optional<ParameterMeta> meta = op.flatMap(o -> o.parameter(p.name()));
            String value = p.fixedValue() != null ? p.fixedValue()
                    : p.valueFrom() != null ? visibility.activeValue(p.valueFrom()).orElse(null)
                    : given.get(p.name());
            if (value != null && !value.isBlank()) {
                params.put(meta.map(ParameterMeta::name).orElse(p.name()),
                        fieldValues.normalise(value, meta.map(ParameterMeta::type).orElse(null)));
            }
        }
        return Optional.of(new ClassCall(op.map(ClassOperationMeta::name).orElse(q.operation().operation()), params,
                q.shortName()));
    }

    /** What the answers give for one table: a record from Field questions and/or rows from table questions. */
    private final class TableParts {
        final String table;
        final Map<String, String> fieldRecord = new LinkedHashMap<>();
        final List<Question> rowQuestions = new ArrayList<>();
        final List<RowSource> rowSources = new ArrayList<>();
        final List<String> questions = new ArrayList<>();
        boolean dixf;

        TableParts(String table) {
            this.table = table;
        }

        void addField(String field, String value, String question) {
            fieldRecord.put(field, value);
            questions.add(question);
        }

        void addRows(Question q, RowSource rows) {
            rowQuestions.add(q);
            rowSources.add(rows);
            questions.add(q.shortName());
            dixf |= q.type() == QuestionType.DATA_IMPORT_EXPORT;
        }

        TableLoad toStep(Visibility visibility) {
            Optional<TableMeta> meta = catalogue.table(table);
            Scope scope = meta.map(TableMeta::scope).orElse(Scope.COMPANY);
            Map<String, String> single = new LinkedHashMap<>();
            if (!fieldRecord.isEmpty()) {
                // parameter tables hold one record per company, keyed by Key = 0 (docs/ax-2012-tables.md)
                meta.flatMap(t -> t.field("Key")).filter(f -> f.key() && f.type().kind() == FieldType.Kind.INT)
                        .ifPresent(k -> single.put(k.name(), "0"));
                single.putAll(fieldRecord);
            }
            List<Question> qs = List.copyOf(rowQuestions);
            List<RowSource> sources = List.copyOf(rowSources);
            RowSource records = action -> {
                if (!single.isEmpty()) {
                    action.accept(java.util.Collections.unmodifiableMap(single));
                }
                for (int i = 0; i < qs.size(); i++) {
                    Question q = qs.get(i);
                    sources.get(i).forEach(row -> action.accept(record(meta.orElse(null),
                            visibility.effectiveRow(q.table(), row))));
                }
            };
            return new TableLoad(table, scope, dixf ? LoadMethod.DIXF : LoadMethod.DOCUMENT_SERVICE, records,
                    questions);
        }

        private Map<String, String> record(@Nullable TableMeta meta, Map<String, String> cells) {
            Map<String, String> out = new LinkedHashMap<>();
            cells.forEach((field, value) -> {
                Optional<FieldMeta> f = meta == null ? Optional.empty() : meta.field(field);
                out.put(f.map(FieldMeta::name).orElse(field),
                        fieldValues.normalise(value, f.map(FieldMeta::type).orElse(null)));
            });
            return java.util.Collections.unmodifiableMap(out);
        }
    }
}
