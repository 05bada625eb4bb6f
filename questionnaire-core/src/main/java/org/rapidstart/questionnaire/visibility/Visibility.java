package org.rapidstart.questionnaire.visibility;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.Dependency;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.TableTarget;
import org.rapidstart.questionnaire.model.Template;

/**
 * Which questions apply to a project given its answers, and the values they carry.
 *
 * <p>A question is <em>active</em> when it has no dependency, or its parent is active and the parent's value is one
 * of the dependency's values; so a child of a parent that does not apply does not apply either, however deep the
 * chain. An active question is <em>shown</em> unless the designer hid it; a hidden active question still loads its
 * fixed value (or the value of the question it copies, when that one applies). Only the areas in use count (see
 * {@link Template#areasInUse()}). A dependency cycle (refused at publish) makes the questions in it inactive, and so
 * does a dependency on a hidden question that copies the dependent one.
 */
public final class Visibility {

    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Answers answers;
    private final Map<String, Boolean> active = new HashMap<>();

    private Visibility(Template template, Answers answers) {
        this.answers = answers;
        for (Question q : template.questionsInUse()) {
            questions.putIfAbsent(key(q.shortName()), q);
        }
    }

    public static Visibility of(Template template, Answers answers) {
        return new Visibility(template, answers);
    }

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the question applies: its answer counts, is validated and loads. */
    public boolean isActive(String shortName) {
        return isActive(shortName, new HashSet<>());
    }

    // one set of what is being worked out, for both recursions: a dependency on a hidden question that copies its
    // value from the dependent question is a cycle too, and must end (inactive, no value) instead of recursing
    private boolean isActive(String shortName, Set<String> visiting) {
        String k = key(shortName);
        Boolean known = active.get(k);
        if (known != null) {
            return known;
        }
        Question q = questions.get(k);
        boolean result;
        if (q == null || !visiting.add("active " + k)) {
            // unknown question, or a dependency cycle: neither can apply
            result = false;
        } else {
            Dependency d = q.dependency();
            if (d == null) {
                result = true;
            } else {
                result = isActive(d.question(), visiting)
                        && effectiveValue(d.question(), visiting).map(d::isSatisfiedBy).orElse(false);
            }
            visiting.remove("active " + k);
        }
        active.put(k, result);
        return result;
    }

    /** Whether the question is shown on the answering page: active and not hidden by the designer. */
    public boolean isShown(String shortName) {
        Question q = questions.get(key(shortName));
        return q != null && !q.hidden() && isActive(shortName);
    }

    public boolean isShown(Question q) {
        return isShown(q.shortName());
    }

    /** The shown questions of the template, in order. */
    public List<Question> shownQuestions() {
        return questions.values().stream().filter(this::isShown).toList();
    }

    /** The shown questions of one group, in order. */
    public List<Question> shownQuestions(QuestionGroup group) {
        return group.questions().stream().filter(this::isShown).toList();
    }

    /** The active questions of the template, in order (shown ones and hidden ones that load a value). */
    public List<Question> activeQuestions() {
        return questions.values().stream().filter(q -> isActive(q.shortName())).toList();
    }

    public Optional<Question> question(String shortName) {
        return Optional.ofNullable(questions.get(key(shortName)));
    }

    /**
     * The value a single-value question carries: the fixed value of a hidden question, or the value of the question it
     * copies when that one applies, else the configurator's answer, trimmed. Empty when there is none. Does not look at
     * whether the question itself is active.
     */
    public Optional<String> effectiveValue(String shortName) {
        return effectiveValue(shortName, new HashSet<>());
    }

    private Optional<String> effectiveValue(String shortName, Set<String> visiting) {
        String k = key(shortName);
        Question q = questions.get(k);
        if (q == null || !visiting.add("value " + k)) {
            return Optional.empty();
        }
        Optional<String> v;
        if (q.hidden()) {
            // an answer left behind by a question that no longer applies is not copied (as for hidden columns)
            v = q.fixedValue() != null ? Optional.of(q.fixedValue())
                    : q.valueFrom() != null && isActive(q.valueFrom(), visiting)
                    ? effectiveValue(q.valueFrom(), visiting) : Optional.empty();
        } else {
            v = answers.value(q.shortName());
        }
        visiting.remove("value " + k);
        return v.map(String::trim).filter(s -> !s.isEmpty());
    }

    /** The value of a question another setting copies ({@code valueFrom}), empty when that question does not apply. */
    public Optional<String> activeValue(String shortName) {
        return isActive(shortName) ? effectiveValue(shortName) : Optional.empty();
    }

    /**
     * What a hidden column holds in every row, as it loads: its fixed value, or the value of the question it copies
     * when that one applies; null when it has neither (not trimmed; a visible column holds what each row enters).
     */
    public @Nullable String hiddenValue(Column column) {
        return column.fixedValue() != null ? column.fixedValue()
                : column.valueFrom() != null ? activeValue(column.valueFrom()).orElse(null) : null;
    }

    /**
     * A row as it loads: the entered cells of visible columns (trimmed, blanks dropped, keys as the columns' field
     * names) plus the values of hidden columns. Cells of unknown columns are dropped.
     */
    public Map<String, String> effectiveRow(TableTarget target, Map<String, String> row) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Column c : target.columns()) {
            @Nullable String v = c.hidden() ? hiddenValue(c) : cell(row, c.field());
            if (v != null && !v.isBlank()) {
                out.put(c.field(), v.trim());
            }
        }
        return out;
    }

    /**
     * A row's cell by field name: rows come keyed by field name as a rule, and any letter case is accepted (designers
     * may spell a column's field differently; checked per row, in bulk).
     */
    public static @Nullable String cell(Map<String, String> row, String field) {
        String v = row.get(field);
        if (v != null) {
            return v;
        }
        for (Map.Entry<String, String> e : row.entrySet()) {
            if (e.getKey().equalsIgnoreCase(field)) {
                return e.getValue();
            }
        }
        return null;
    }
}
