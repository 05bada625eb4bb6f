package org.rapidstart.questionnaire.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.loadplan.LoadOrder;
import org.rapidstart.questionnaire.loadplan.LoadPlanException;
import org.rapidstart.questionnaire.metadata.ClassOperationMeta;
import org.rapidstart.questionnaire.metadata.FieldMeta;
import org.rapidstart.questionnaire.metadata.FieldType;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.metadata.ParameterMeta;
import org.rapidstart.questionnaire.metadata.TableMeta;
import org.rapidstart.questionnaire.model.ClassParameter;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.Control;
import org.rapidstart.questionnaire.model.Dependency;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Lookup;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.QuestionType;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.Validation;
import org.rapidstart.questionnaire.validation.FieldValues;
import org.rapidstart.questionnaire.validation.Lookups;

/**
 * The rules a template (or one functional area) must pass before configurators can use it:
 * <ul>
 * <li>at least one published functional area with at least one question group with at least one question;</li>
 * <li>a Base information area, if any, is the only one and comes first;</li>
 * <li>short names: 1 to 40 characters, none of {@code / | , .}, unique in the template ignoring case; area names
 * unique in the template, group names unique in their area;</li>
 * <li>every target table, field, column and class operation/parameter exists in the metadata catalogue, and every
 * mandatory field of a target table gets a value (a column, a question, or the automatic parameter key);</li>
 * <li>lookups resolve, dependencies and copied values ({@code valueFrom}) point at existing questions without a
 * cycle, fixed values, patterns and ranges are valid;</li>
 * <li>the tables the template loads have no cycle of references.</li>
 * </ul>
 */
public final class PublishCheck {

    public static final int MAX_SHORT_NAME = 40;
    private static final String FORBIDDEN = "/|,.";

    private final MetadataCatalogue catalogue;
    private final FieldValues fieldValues;

    public PublishCheck(MetadataCatalogue catalogue) {
        this.catalogue = catalogue;
        this.fieldValues = new FieldValues(catalogue);
    }

    /** Problems with publishing the template: its published areas are what configurators would get. */
    public List<PublishProblem> check(Template template) {
        List<PublishProblem> problems = new ArrayList<>();
        List<FunctionalArea> published = template.functionalAreas().stream().filter(FunctionalArea::published).toList();
        if (published.isEmpty()) {
            problems.add(new PublishProblem(template.name(),
                    "Publish at least one functional area with at least one question group with at least one"
                            + " question first."));
        }
        templateRules(template, problems);
        List<Question> scope = published.stream().flatMap(a -> a.questions().stream()).toList();
        for (FunctionalArea area : published) {
            areaRules(template, area, scope, problems);
        }
        tableRules(template, published, published, problems);
        return problems;
    }

    /** Problems with publishing one area; references may point into any area of the template. */
    public List<PublishProblem> checkArea(Template template, String areaName) {
        List<PublishProblem> problems = new ArrayList<>();
        Optional<FunctionalArea> area = template.functionalArea(areaName);
        if (area.isEmpty()) {
            problems.add(new PublishProblem(template.name(), "There is no functional area '" + areaName + "'."));
            return problems;
        }
        templateRules(template, problems);
        areaRules(template, area.get(), template.questions(), problems);
        // the area's tables may get mandatory fields from questions in other areas (Base information sets the
        // chart of accounts name that the General ledger area describes)
        tableRules(template, List.of(area.get()), template.functionalAreas(), problems);
        return problems;
    }

    // ---- template-wide ----

    private void templateRules(Template template, List<PublishProblem> problems) {
        List<FunctionalArea> areas = template.functionalAreas();
        List<FunctionalArea> base = areas.stream().filter(FunctionalArea::baseInformation).toList();
        if (base.size() > 1) {
            problems.add(new PublishProblem(template.name(), "Only one functional area can be the Base information;"
                    + " these are marked: " + String.join(", ", base.stream().map(FunctionalArea::name).toList()) + "."));
        }
        if (!base.isEmpty() && !areas.get(0).baseInformation()) {
            problems.add(new PublishProblem(base.get(0).name(), "The Base information area '" + base.get(0).name()
                    + "' must be the first functional area, because it is answered before any other."));
        }
        Set<String> areaNames = new HashSet<>();
        for (FunctionalArea a : areas) {
            if (!areaNames.add(a.name().toLowerCase(Locale.ROOT))) {
                problems.add(new PublishProblem(a.name(), "Two functional areas are named '" + a.name() + "'."));
            }
            Set<String> groupNames = new HashSet<>();
            for (QuestionGroup g : a.groups()) {
                if (!groupNames.add(g.name().toLowerCase(Locale.ROOT))) {
                    problems.add(new PublishProblem(a.name(), "Two question groups in '" + a.name()
                            + "' are named '" + g.name() + "'."));
                }
            }
        }
        shortNameRules(template, problems);
        dependencyCycles(template, problems);
    }

    private void shortNameRules(Template template, List<PublishProblem> problems) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (FunctionalArea a : template.functionalAreas()) {
            for (QuestionGroup g : a.groups()) {
                for (Question q : g.questions()) {
                    String where = where(a, g, q);
                    String n = q.shortName();
                    shortNameForm(n).forEach(m -> problems.add(new PublishProblem(where, m)));
                    if (!n.isBlank()) {
                        byName.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(where);
                    }
                }
            }
        }
        byName.forEach((n, places) -> {
            if (places.size() > 1) {
                problems.add(new PublishProblem(places.get(1), usedMoreThanOnce(n, places)));
            }
        });
    }

    /**
     * What the short-name rules say about one short name of the template (its length and characters, and that no
     * other question uses it), in the words publishing uses; empty when it passes. The Designer refuses a question
     * saved with such a short name instead of reporting it.
     */
    public static List<String> shortNameProblems(Template template, String shortName) {
        List<String> problems = new ArrayList<>(shortNameForm(shortName));
        List<String> places = new ArrayList<>();
        for (FunctionalArea a : template.functionalAreas()) {
            for (QuestionGroup g : a.groups()) {
                for (Question q : g.questions()) {
                    if (!shortName.isBlank() && q.shortName().equalsIgnoreCase(shortName)) {
                        places.add(where(a, g, q));
                    }
                }
            }
        }
        if (places.size() > 1) {
            problems.add(usedMoreThanOnce(shortName.toLowerCase(Locale.ROOT), places));
        }
        return problems;
    }

    /** The rules of one short name on its own: present, at most 40 characters, none of / | , . */
    private static List<String> shortNameForm(String n) {
        if (n.isBlank()) {
            return List.of("A question has no short name; give it one of 1 to " + MAX_SHORT_NAME + " characters.");
        }
        List<String> problems = new ArrayList<>();
        if (n.length() > MAX_SHORT_NAME) {
            problems.add("The short name '" + n + "' is " + n.length() + " characters long; the maximum is "
                    + MAX_SHORT_NAME + ".");
        }
        for (char c : FORBIDDEN.toCharArray()) {
            if (n.indexOf(c) >= 0) {
                problems.add("The short name '" + n + "' contains '" + c + "'; short names cannot contain / | , or .");
            }
        }
        return problems;
    }

    private static String usedMoreThanOnce(String lowerCaseName, List<String> places) {
        return "The short name '" + lowerCaseName + "' is used by " + places.size() + " questions ("
                + String.join("; ", places) + "); short names must be unique in the template, ignoring letter case.";
    }

    /**
     * Dependencies that go round in a circle, so that none of their questions could ever be shown. A hidden question
     * that copies another one ({@code valueFrom}) counts as depending on it: a question that depends on a copy of
     * itself is such a circle too.
     */
    private void dependencyCycles(Template template, List<PublishProblem> problems) {
        Map<String, List<String>> dependsOn = new LinkedHashMap<>();
        for (Question q : template.questions()) {
            List<String> on = new ArrayList<>();
            if (q.dependency() != null) {
                on.add(q.dependency().question().toLowerCase(Locale.ROOT));
            }
            if (q.hidden() && q.valueFrom() != null) {
                on.add(q.valueFrom().toLowerCase(Locale.ROOT));
            }
            if (!on.isEmpty()) {
                dependsOn.put(q.shortName().toLowerCase(Locale.ROOT), on);
            }
        }
        Set<String> done = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String start : dependsOn.keySet()) {
            findCycles(start, new ArrayList<>(), dependsOn, done, reported, problems);
        }
    }

    private static void findCycles(String question, List<String> path, Map<String, List<String>> dependsOn,
                                   Set<String> done, Set<String> reported, List<PublishProblem> problems) {
        int at = path.indexOf(question);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(question);
            if (cycle.stream().noneMatch(reported::contains)) {
                reported.addAll(cycle);
                problems.add(new PublishProblem(question, "These questions depend on each other in a cycle, so none"
                        + " of them would ever be shown: " + String.join(" -> ", cycle) + "."));
            }
            return;
        }
        if (!done.add(question)) {
            return;
        }
        path.add(question);
        for (String next : dependsOn.getOrDefault(question, List.of())) {
            findCycles(next, path, dependsOn, done, reported, problems);
        }
        path.remove(path.size() - 1);
    }

    // ---- per area and question ----

    private void areaRules(Template template, FunctionalArea area, List<Question> scope, List<PublishProblem> problems) {
        if (area.groups().isEmpty()) {
            problems.add(new PublishProblem(area.name(), "The functional area '" + area.name()
                    + "' has no question group; add at least one group with at least one question."));
        }
        for (QuestionGroup g : area.groups()) {
            if (g.questions().isEmpty()) {
                problems.add(new PublishProblem(area.name() + " › " + g.name(), "The question group '" + g.name()
                        + "' has no questions; add at least one."));
            }
            for (Question q : g.questions()) {
                questionRules(new Context(template, scope, where(area, g, q)), q, problems);
            }
        }
    }

    private record Context(Template template, List<Question> scope, String where) {
        Optional<Question> find(String shortName) {
            return scope.stream().filter(q -> q.shortName().equalsIgnoreCase(shortName)).findFirst();
        }
    }

    private void questionRules(Context ctx, Question q, List<PublishProblem> problems) {
        String w = ctx.where();
        switch (q.type()) {
            case FIELD: {
                Optional<FieldMeta> f = targetField(q.field().table(), q.field().field(), w, problems);
                FieldType type = f.map(FieldMeta::type).orElse(null);
                valueRules(ctx, q.validationOrNone(), q.lookup(), f.orElse(null), type, "The question", problems);
                if (q.control() == Control.LIST && q.options().isEmpty() && q.lookup() == null
                        && (type == null || type.kind() != FieldType.Kind.ENUM)) {
                    problems.add(new PublishProblem(w, "A list needs options, a lookup, or an enum field."));
                }
                hiddenValueRules(ctx, q, type, problems);
                break;
            }
            case NON_ACTIONABLE:
                if (q.choices().isEmpty()) {
                    problems.add(new PublishProblem(w, "A Non-actionable question needs its choices (or a yes/no"
                            + " control)."));
                }
                hiddenValueRules(ctx, q, null, problems);
                break;
            case TABLE:
            case DATA_IMPORT_EXPORT:
                tableQuestionRules(ctx, q, problems);
                break;
            default:
                classRules(ctx, q, problems);
                break;
        }
        Dependency d = q.dependency();
        if (d != null) {
            Optional<Question> parent = ctx.find(d.question());
            if (d.question().equalsIgnoreCase(q.shortName())) {
                problems.add(new PublishProblem(w, "The question cannot depend on itself."));
            } else if (parent.isEmpty()) {
                problems.add(new PublishProblem(w, "The question depends on '" + d.question()
                        + "', which is not a question of this template."));
            } else if (!parent.get().type().isSingleValue()) {
                problems.add(new PublishProblem(w, "The question depends on '" + d.question()
                        + "', which is not a Field or Non-actionable question, so it has no single answer."));
            } else {
                if (d.values().isEmpty()) {
                    problems.add(new PublishProblem(w, "The dependency on '" + d.question()
                            + "' needs at least one answer that shows this question."));
                }
                List<String> choices = parent.get().choices();
                for (String v : d.values()) {
                    if (!choices.isEmpty() && choices.stream().noneMatch(c -> c.equalsIgnoreCase(v))) {
                        problems.add(new PublishProblem(w, "The dependency on '" + d.question() + "' waits for '" + v
                                + "', which is not one of its choices: " + String.join(", ", choices) + "."));
                    }
                }
            }
        }
    }

    private void hiddenValueRules(Context ctx, Question q, @Nullable FieldType type, List<PublishProblem> problems) {
        if (!q.hidden()) {
            return;
        }
        if (q.fixedValue() == null && q.valueFrom() == null) {
            if (q.required()) {
                problems.add(new PublishProblem(ctx.where(), "A hidden required question needs a fixed value or a"
                        + " question to take its value from."));
            }
        } else if (q.fixedValue() != null) {
            fieldValues.check(q.fixedValue(), type, q.validationOrNone(), "The fixed value")
                    .ifPresent(m -> problems.add(new PublishProblem(ctx.where(), m)));
        } else {
            valueFromRules(ctx, q.valueFrom(), problems);
        }
    }

    private void valueFromRules(Context ctx, String source, List<PublishProblem> problems) {
        Optional<Question> s = ctx.find(source);
        if (s.isEmpty()) {
            problems.add(new PublishProblem(ctx.where(), "The value comes from '" + source
                    + "', which is not a question of this template."));
        } else if (!s.get().type().isSingleValue()) {
            problems.add(new PublishProblem(ctx.where(), "The value comes from '" + source
                    + "', which is not a Field or Non-actionable question."));
        }
    }

    private void tableQuestionRules(Context ctx, Question q, List<PublishProblem> problems) {
        String w = ctx.where();
        Optional<TableMeta> table = catalogue.table(q.table().table());
        if (table.isEmpty()) {
            problems.add(new PublishProblem(w, "The table '" + q.table().table()
                    + "' is not in the metadata catalogue."));
            return;
        }
        if (q.table().columns().isEmpty()) {
            problems.add(new PublishProblem(w, "A table question needs at least one column."));
        }
        Set<String> seen = new HashSet<>();
        for (Column c : q.table().columns()) {
            String cw = w + " › " + c.label();
            if (!seen.add(c.field().toLowerCase(Locale.ROOT))) {
                problems.add(new PublishProblem(cw, "The field '" + c.field() + "' has two columns."));
            }
            Optional<FieldMeta> f = table.get().field(c.field());
            if (f.isEmpty()) {
                problems.add(new PublishProblem(cw, "The field '" + table.get().name() + "." + c.field()
                        + "' is not in the metadata catalogue."));
                continue;
            }
            Context cc = new Context(ctx.template(), ctx.scope(), cw);
            valueRules(cc, c.validationOrNone(), c.lookup(), f.get(), f.get().type(), "The column", problems);
            if (c.hidden()) {
                if (c.fixedValue() != null) {
                    fieldValues.check(c.fixedValue(), f.get().type(), c.validationOrNone(), "The fixed value")
                            .ifPresent(m -> problems.add(new PublishProblem(cw, m)));
                } else if (c.valueFrom() != null) {
                    valueFromRules(cc, c.valueFrom(), problems);
                } else {
                    problems.add(new PublishProblem(cw, "A hidden column needs a fixed value or a question to take"
                            + " its value from."));
                }
            }
        }
        for (FieldMeta f : table.get().fields()) {
            if (f.mandatory() && q.table().column(f.name()).isEmpty()) {
                problems.add(new PublishProblem(w, "The mandatory field '" + table.get().name() + "." + f.name()
                        + "' has no column, so no record could be loaded."));
            }
        }
    }

    private void classRules(Context ctx, Question q, List<PublishProblem> problems) {
        String w = ctx.where();
        Optional<ClassOperationMeta> op = catalogue.classOperation(q.operation().operation());
        if (op.isEmpty()) {
            problems.add(new PublishProblem(w, "The class operation '" + q.operation().operation()
                    + "' is not in the metadata catalogue."));
            return;
        }
        for (ClassParameter p : q.operation().parameters()) {
            String pw = w + " › " + p.name();
            Optional<ParameterMeta> meta = op.get().parameter(p.name());
            if (meta.isEmpty()) {
                problems.add(new PublishProblem(pw, "The operation '" + op.get().name() + "' has no parameter '"
                        + p.name() + "'."));
                continue;
            }
            Context pc = new Context(ctx.template(), ctx.scope(), pw);
            valueRules(pc, p.validationOrNone(), p.lookup(), null, meta.get().type(), "The parameter", problems);
            if (p.fixedValue() != null) {
                fieldValues.check(p.fixedValue(), meta.get().type(), p.validationOrNone(), "The fixed value")
                        .ifPresent(m -> problems.add(new PublishProblem(pw, m)));
            } else if (p.valueFrom() != null) {
                valueFromRules(pc, p.valueFrom(), problems);
            }
        }
        for (ParameterMeta m : op.get().parameters()) {
            if (m.mandatory() && q.operation().parameters().stream().noneMatch(p -> p.name().equalsIgnoreCase(m.name()))) {
                problems.add(new PublishProblem(w, "The mandatory parameter '" + m.name() + "' of '"
                        + op.get().name() + "' gets no value; answer it, fix it or take it from a question."));
            }
        }
    }

    private Optional<FieldMeta> targetField(String tableName, String fieldName, String w,
                                            List<PublishProblem> problems) {
        Optional<TableMeta> table = catalogue.table(tableName);
        if (table.isEmpty()) {
            problems.add(new PublishProblem(w, "The table '" + tableName + "' is not in the metadata catalogue."));
            return Optional.empty();
        }
        Optional<FieldMeta> f = table.get().field(fieldName);
        if (f.isEmpty()) {
            problems.add(new PublishProblem(w, "The field '" + table.get().name() + "." + fieldName
                    + "' is not in the metadata catalogue."));
        }
        return f;
    }

    private void valueRules(Context ctx, Validation v, @Nullable Lookup lookup, @Nullable FieldMeta target,
                            @Nullable FieldType type, String what, List<PublishProblem> problems) {
        String w = ctx.where();
        if (v.pattern() != null) {
            try {
                Pattern.compile(v.pattern());
            } catch (PatternSyntaxException e) {
                problems.add(new PublishProblem(w, "The pattern '" + v.pattern()
                        + "' is not a valid regular expression: " + e.getDescription() + "."));
            }
        }
        for (String bound : new String[] {v.min(), v.max()}) {
            if (bound == null) {
                continue;
            }
            if (!FieldValues.isRangeBound(bound, type)) {
                problems.add(new PublishProblem(w, "The range bound '" + bound + "' is not a "
                        + (type != null && type.kind() == FieldType.Kind.DATE ? "date (yyyy-MM-dd)" : "number") + "."));
            }
        }
        if (lookup == null) {
            return;
        }
        switch (lookup.source()) {
            case ENUM:
                if (type == null || type.kind() != FieldType.Kind.ENUM) {
                    problems.add(new PublishProblem(w, what + " has an enum lookup but its field is not an enum."));
                } else if (catalogue.enumeration(type.enumName()).isEmpty()) {
                    problems.add(new PublishProblem(w, "The enum '" + type.enumName()
                            + "' is not in the metadata catalogue."));
                }
                break;
            case TABLE: {
                Optional<TableMeta> t = catalogue.table(lookup.table());
                if (t.isEmpty()) {
                    problems.add(new PublishProblem(w, "The lookup table '" + lookup.table()
                            + "' is not in the metadata catalogue."));
                    break;
                }
                String field = Lookups.lookupField(catalogue, lookup, target).orElse(null);
                if (field == null || t.get().field(field).isEmpty()) {
                    problems.add(new PublishProblem(w, "The lookup field '" + t.get().name() + "." + field
                            + "' is not in the metadata catalogue."));
                }
                break;
            }
            default: {
                Optional<Question> source = ctx.find(lookup.question());
                if (source.isEmpty()) {
                    problems.add(new PublishProblem(w, "The lookup takes its values from '" + lookup.question()
                            + "', which is not a question of this template."));
                } else if (source.get().table() != null) {
                    if (lookup.column() != null && source.get().table().column(lookup.column()).isEmpty()) {
                        problems.add(new PublishProblem(w, "The lookup takes its values from the column '"
                                + lookup.column() + "' of '" + lookup.question() + "', which has no such column."));
                    }
                } else if (!source.get().type().isSingleValue()) {
                    problems.add(new PublishProblem(w, "The lookup takes its values from '" + lookup.question()
                            + "', which has no answer to take values from."));
                } else if (lookup.column() != null) {
                    problems.add(new PublishProblem(w, "The lookup names the column '" + lookup.column() + "' but '"
                            + lookup.question() + "' is not a table question."));
                }
                break;
            }
        }
    }

    // ---- tables the areas load ----

    private void tableRules(Template template, List<FunctionalArea> areas, List<FunctionalArea> fieldSources,
                            List<PublishProblem> problems) {
        Map<String, Set<String>> fieldsByTable = new LinkedHashMap<>();
        Map<String, String> firstSetter = new HashMap<>();
        Set<String> tables = new LinkedHashSet<>();
        Set<String> operations = new LinkedHashSet<>();
        for (FunctionalArea a : fieldSources) {
            for (Question q : a.questions()) {
                if (q.type() == QuestionType.FIELD) {
                    catalogue.table(q.field().table()).ifPresent(t -> fieldsByTable
                            .computeIfAbsent(t.name(), k -> new HashSet<>())
                            .add(q.field().field().toLowerCase(Locale.ROOT)));
                }
            }
        }
        Set<String> checkedTables = new LinkedHashSet<>();
        for (FunctionalArea a : areas) {
            for (QuestionGroup g : a.groups()) {
                for (Question q : g.questions()) {
                    if (q.type() == QuestionType.FIELD) {
                        Optional<TableMeta> t = catalogue.table(q.field().table());
                        if (t.isEmpty()) {
                            continue;
                        }
                        tables.add(t.get().name());
                        String f = q.field().field().toLowerCase(Locale.ROOT);
                        String key = t.get().name() + "." + f;
                        checkedTables.add(t.get().name());
                        // two questions may set one field when dependencies choose between them
                        String earlier = q.dependency() != null ? null : firstSetter.putIfAbsent(key, q.shortName());
                        if (earlier != null) {
                            problems.add(new PublishProblem(where(a, g, q), "The field '" + t.get().name() + "."
                                    + q.field().field() + "' is already set by the question '" + earlier + "'."));
                        }
                    } else if (q.table() != null) {
                        catalogue.table(q.table().table()).ifPresent(t -> tables.add(t.name()));
                    } else if (q.operation() != null) {
                        catalogue.classOperation(q.operation().operation()).ifPresent(o -> operations.add(o.name()));
                    }
                }
            }
        }
        fieldsByTable.forEach((table, fields) -> {
            if (!checkedTables.contains(table)) {
                return;
            }
            for (FieldMeta f : catalogue.table(table).map(TableMeta::fields).orElse(List.of())) {
                boolean automaticKey = f.key() && f.name().equals("Key") && f.type().kind() == FieldType.Kind.INT;
                if (f.mandatory() && !automaticKey && !fields.contains(f.name().toLowerCase(Locale.ROOT))) {
                    problems.add(new PublishProblem(table, "The mandatory field '" + table + "." + f.name()
                            + "' is not set by any question, so the " + table + " record could not be loaded."));
                }
            }
        });
        try {
            LoadOrder.order(catalogue, tables, operations);
        } catch (LoadPlanException e) {
            problems.add(new PublishProblem(template.name(), "The tables of this template refer to each other in a"
                    + " cycle: " + String.join(" -> ", e.cycle()) + ". No load order exists."));
        }
    }

    private static String where(FunctionalArea a, QuestionGroup g, Question q) {
        return a.name() + " › " + g.name() + " › " + q.shortName();
    }
}
