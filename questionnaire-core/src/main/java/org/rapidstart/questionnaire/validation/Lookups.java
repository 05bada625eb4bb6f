package org.rapidstart.questionnaire.validation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.metadata.FieldMeta;
import org.rapidstart.questionnaire.metadata.FieldType;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.metadata.TableMeta;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.Lookup;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.TableTarget;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.visibility.Visibility;

/**
 * Resolves lookups against one project's answers: the list values the answering page offers and the validator
 * checks against. A TABLE lookup whose table no question of the template answers is not checked (its records may
 * already be in the AOS; the AOS checks the relation at load). Values are collected once per lookup and cached, so
 * a million customer rows check against their customer groups without re-reading the groups.
 */
public final class Lookups {

    private final MetadataCatalogue catalogue;
    private final Template template;
    private final Visibility visibility;
    private final Answers answers;
    private final Map<CacheKey, Optional<LookupValues>> cache = new HashMap<>();

    /** What a lookup's values depend on; a record, so a million checks do not build a million key strings. */
    private record CacheKey(Lookup lookup, @Nullable String target, @Nullable FieldType type) {
    }

    public Lookups(MetadataCatalogue catalogue, Template template, Answers answers) {
        this(catalogue, template, Visibility.of(template, answers), answers);
    }

    Lookups(MetadataCatalogue catalogue, Template template, Visibility visibility, Answers answers) {
        this.catalogue = catalogue;
        this.template = template;
        this.visibility = visibility;
        this.answers = answers;
    }

    /**
     * What a single-value question's list offers: Yes/No or its options, else its lookup's values, else the values
     * of its field's enum. Empty when the answer is free text.
     */
    public List<String> choicesFor(Question q) {
        if (!q.choices().isEmpty()) {
            return q.choices();
        }
        FieldMeta target = q.field() == null ? null : catalogue.field(q.field().table(), q.field().field()).orElse(null);
        return choices(q.lookup(), target);
    }

    /** What a table question's column offers in the grid: its lookup's values, else its field's enum values. */
    public List<String> choicesFor(Question q, Column column) {
        FieldMeta target = q.table() == null ? null
                : catalogue.field(q.table().table(), column.field()).orElse(null);
        return choices(column.lookup(), target);
    }

    private List<String> choices(@Nullable Lookup lookup, @Nullable FieldMeta target) {
        if (lookup != null) {
            Optional<LookupValues> v = values(lookup, target, target == null ? null : target.type());
            if (v.isPresent()) {
                return v.get().values();
            }
        }
        if (target != null && target.type().kind() == FieldType.Kind.ENUM) {
            return catalogue.enumeration(target.type().enumName()).map(e -> e.values()).orElse(List.of());
        }
        return List.of();
    }

    /**
     * The allowed values of a lookup set on a value whose target field is {@code target} (null for class
     * parameters and Non-actionable questions); empty when the lookup cannot be checked.
     */
    public Optional<LookupValues> values(Lookup lookup, @Nullable FieldMeta target, @Nullable FieldType type) {
        return cache.computeIfAbsent(new CacheKey(lookup, target == null ? null : target.name(), type),
                k -> compute(lookup, target, type));
    }

    private Optional<LookupValues> compute(Lookup lookup, @Nullable FieldMeta target, @Nullable FieldType type) {
        switch (lookup.source()) {
            case ENUM: {
                FieldType t = type != null ? type : target != null ? target.type() : null;
                if (t == null || t.kind() != FieldType.Kind.ENUM) {
                    return Optional.empty();
                }
                return catalogue.enumeration(t.enumName())
                        .map(e -> new LookupValues(new LinkedHashSet<>(e.values()), e.name()));
            }
            case TABLE:
                return tableValues(lookup, target);
            default:
                return questionValues(lookup);
        }
    }

    /** The key field a TABLE lookup reads: the one named, the one the target field relates to, or the last key. */
    public static Optional<String> lookupField(MetadataCatalogue catalogue, Lookup lookup,
                                               @Nullable FieldMeta target) {
        if (lookup.field() != null) {
            return Optional.of(lookup.field());
        }
        if (target != null && target.relation() != null && target.relation().table().equalsIgnoreCase(lookup.table())) {
            return Optional.of(target.relation().field());
        }
        return catalogue.table(lookup.table()).map(TableMeta::keyFields)
                .filter(k -> !k.isEmpty()).map(k -> k.get(k.size() - 1).name());
    }

    private Optional<LookupValues> tableValues(Lookup lookup, @Nullable FieldMeta target) {
        Optional<String> field = lookupField(catalogue, lookup, target);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        String table = lookup.table();
        List<Question> sources = template.questionsInUse().stream().filter(q -> targets(q, table)).toList();
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (Question q : sources) {
            if (!visibility.isActive(q.shortName())) {
                continue;
            }
            if (q.field() != null) {
                if (q.field().field().equalsIgnoreCase(field.get())) {
                    visibility.effectiveValue(q.shortName()).ifPresent(values::add);
                }
            } else if (q.table() != null) {
                addColumn(q, q.table(), field.get(), values);
            }
        }
        return Optional.of(new LookupValues(values, sourceName(sources.get(0))));
    }

    private static boolean targets(Question q, String table) {
        return (q.field() != null && q.field().table().equalsIgnoreCase(table))
                || (q.table() != null && q.table().table().equalsIgnoreCase(table));
    }

    private Optional<LookupValues> questionValues(Lookup lookup) {
        Optional<Question> source = template.questionsInUse().stream()
                .filter(q -> q.shortName().equalsIgnoreCase(lookup.question())).findFirst();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Question q = source.get();
        LinkedHashSet<String> values = new LinkedHashSet<>();
        if (visibility.isActive(q.shortName())) {
            if (q.table() != null) {
                String column = lookup.column() != null ? lookup.column() : defaultColumn(q.table());
                addColumn(q, q.table(), column, values);
            } else {
                visibility.effectiveValue(q.shortName()).ifPresent(values::add);
            }
        }
        return Optional.of(new LookupValues(values, sourceName(q)));
    }

    private String defaultColumn(TableTarget target) {
        return catalogue.table(target.table()).map(TableMeta::keyFields).filter(k -> !k.isEmpty())
                .map(k -> k.get(k.size() - 1).name())
                .orElse(target.columns().isEmpty() ? "" : target.columns().get(0).field());
    }

    private void addColumn(Question q, TableTarget target, String field, LinkedHashSet<String> values) {
        Optional<RowSource> rows = answers.rows(q.shortName());
        if (rows.isEmpty()) {
            return;
        }
        rows.get().forEach(row -> {
            String v = Visibility.cell(visibility.effectiveRow(target, row), field);
            if (v != null) {
                values.add(v);
            }
        });
    }

    /** The group that answers the values is the name configurators know ("Customer groups"). */
    private String sourceName(Question q) {
        return template.groupOf(q.shortName()).map(QuestionGroup::name).orElse(q.shortName());
    }
}
