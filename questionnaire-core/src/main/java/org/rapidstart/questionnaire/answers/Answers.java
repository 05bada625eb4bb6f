package org.rapidstart.questionnaire.answers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.internal.JsonSupport;
import tools.jackson.core.JacksonException;

/**
 * The answers of one configuration project, keyed by question short name (case-insensitively, as short names are
 * unique that way): a text value for Field and Non-actionable questions, rows for Table and Data Import/Export
 * questions, and parameter values for the answered parameters of Class questions. Values are the text the
 * configurator entered; typing (numbers, dates, enum values) follows the target field and happens in validation and
 * in the load plan. Immutable: {@code with...} returns a copy.
 */
public final class Answers {

    public static final String FORMAT = "rapidstart-answers";
    public static final int VERSION = 1;
    private static final Answers EMPTY = new Answers(Map.of(), Map.of(), Map.of());

    private final Map<String, String> values;
    private final Map<String, RowSource> tables;
    private final Map<String, Map<String, String>> parameters;

    private Answers(Map<String, String> values, Map<String, RowSource> tables,
                    Map<String, Map<String, String>> parameters) {
        this.values = Collections.unmodifiableMap(ci(values));
        this.tables = Collections.unmodifiableMap(ci(tables));
        this.parameters = Collections.unmodifiableMap(ci(parameters));
    }

    private static <T> Map<String, T> ci(Map<String, T> m) {
        Map<String, T> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        out.putAll(m);
        return out;
    }

    public static Answers empty() {
        return EMPTY;
    }

    /** The answer of a Field or Non-actionable question; a blank value removes the answer. */
    public Answers with(String question, @Nullable String value) {
        Map<String, String> v = ci(values);
        if (value == null || value.isBlank()) {
            v.remove(question);
        } else {
            v.put(question, value);
        }
        return new Answers(v, tables, parameters);
    }

    public Answers withRows(String question, List<Map<String, String>> rows) {
        return withRows(question, RowSource.of(rows));
    }

    /** The rows of a Table or Data Import/Export question (streamed for large data). */
    public Answers withRows(String question, RowSource rows) {
        Map<String, RowSource> t = ci(tables);
        t.put(question, rows);
        return new Answers(values, t, parameters);
    }

    public Answers withoutRows(String question) {
        Map<String, RowSource> t = ci(tables);
        t.remove(question);
        return new Answers(values, t, parameters);
    }

    /** One answered parameter of a Class question; a blank value removes it. */
    public Answers withParameter(String question, String parameter, @Nullable String value) {
        Map<String, Map<String, String>> p = ci(parameters);
        Map<String, String> forQuestion = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        forQuestion.putAll(p.getOrDefault(question, Map.of()));
        if (value == null || value.isBlank()) {
            forQuestion.remove(parameter);
        } else {
            forQuestion.put(parameter, value);
        }
        p.put(question, Collections.unmodifiableMap(forQuestion));
        return new Answers(values, tables, p);
    }

    /** These answers with every answer of {@code other} laid over them (other's win). */
    public Answers overriddenBy(Answers other) {
        Map<String, String> v = ci(values);
        v.putAll(other.values);
        Map<String, RowSource> t = ci(tables);
        t.putAll(other.tables);
        Map<String, Map<String, String>> p = ci(parameters);
        p.putAll(other.parameters);
        return new Answers(v, t, p);
    }

    public Optional<String> value(String question) {
        return Optional.ofNullable(values.get(question));
    }

    public Optional<RowSource> rows(String question) {
        return Optional.ofNullable(tables.get(question));
    }

    public Map<String, String> parameters(String question) {
        return parameters.getOrDefault(question, Map.of());
    }

    public Map<String, String> values() {
        return values;
    }

    public Map<String, RowSource> tables() {
        return tables;
    }

    public Map<String, Map<String, String>> allParameters() {
        return parameters;
    }

    // ---- JSON (materialises rows: for projects of ordinary size; stream DIXF rows separately) ----

    public String toJson() {
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        tables.forEach((q, r) -> rows.put(q, r.toList()));
        return JsonSupport.MAPPER.writeValueAsString(new Document(FORMAT, VERSION, values, rows, parameters));
    }

    public static Answers fromJson(String json) {
        try {
            Document d = JsonSupport.MAPPER.readValue(json, Document.class);
            if (!FORMAT.equals(d.format())) {
                throw new IllegalArgumentException("This is not a RapidStart answers document (format '"
                        + d.format() + "', expected '" + FORMAT + "').");
            }
            if (d.version() > VERSION) {
                throw new IllegalArgumentException("These answers were made by a newer RapidStart (format version "
                        + d.version() + "); this installation reads version " + VERSION + ".");
            }
            Map<String, RowSource> t = new LinkedHashMap<>();
            if (d.tables() != null) {
                d.tables().forEach((q, r) -> t.put(q, RowSource.of(r)));
            }
            return new Answers(d.values() == null ? Map.of() : d.values(), t,
                    d.parameters() == null ? Map.of() : d.parameters());
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The answers cannot be read: " + JsonSupport.describe(e), e);
        }
    }

    record Document(String format, int version, Map<String, String> values,
                    Map<String, List<Map<String, String>>> tables, Map<String, Map<String, String>> parameters) {
    }

    /** Equal when values, parameters and (materialised) rows are equal; meant for tests and small answers. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Answers a)) {
            return false;
        }
        if (!values.equals(a.values) || !parameters.equals(a.parameters) || !tables.keySet().equals(a.tables.keySet())) {
            return false;
        }
        for (Map.Entry<String, RowSource> e : tables.entrySet()) {
            RowSource theirs = a.tables.get(e.getKey());
            // answers derived from one another (a value changed) share their rows: not read, a table may be large
            if (e.getValue() != theirs && !e.getValue().toList().equals(theirs.toList())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, parameters.keySet(), tables.keySet());
    }

    @Override
    public String toString() {
        return "Answers[values=" + values + ", tables=" + tables.keySet() + ", parameters=" + parameters + "]";
    }
}
