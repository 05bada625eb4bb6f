package org.rapidstart.questionnaire.model;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.internal.Lists;

/**
 * One question. Which of {@code field}, {@code table} and {@code operation} is set follows from {@code type}; one
 * record (rather than a class per type) keeps the JSON document flat and lets the Designer switch a question's
 * type without rebuilding it.
 *
 * <p>{@code hidden} questions are not shown but still load: a hidden Field question pushes its {@code fixedValue},
 * or the answer of the question named by {@code valueFrom}. {@code options} are the choices of a LIST control
 * (and of a Non-actionable question); a YES_NO control always offers Yes and No. {@code validation} and
 * {@code lookup} apply to single-value questions; table columns and class parameters carry their own.
 */
public record Question(String shortName, String text, String description, QuestionType type, boolean required,
                       boolean hidden, @Nullable String fixedValue, @Nullable String valueFrom,
                       @Nullable Dependency dependency, @Nullable Control control, List<String> options,
                       @Nullable Validation validation, @Nullable Lookup lookup, @Nullable FieldTarget field,
                       @Nullable TableTarget table, @Nullable ClassOperation operation) {

    public static final List<String> YES_NO = List.of("Yes", "No");

    public Question {
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(type, "type");
        text = Lists.nullToEmpty(text);
        description = Lists.nullToEmpty(description);
        fixedValue = Lists.blankToNull(fixedValue);
        valueFrom = Lists.blankToNull(valueFrom);
        options = Lists.copy(options);
        validation = Validation.orNull(validation);
        switch (type) {
            case FIELD:
                require(field != null, shortName, "a Field question needs its target table and field");
                table = null;
                operation = null;
                control = control == null ? Control.TEXT_BOX : control;
                break;
            case TABLE:
            case DATA_IMPORT_EXPORT:
                require(table != null, shortName, "a table question needs its target table and columns");
                field = null;
                operation = null;
                control = null;
                break;
            case CLASS:
                require(operation != null, shortName, "a Class question needs its operation");
                field = null;
                table = null;
                control = null;
                break;
            default:
                field = null;
                table = null;
                operation = null;
                control = control == null ? (options.isEmpty() ? Control.YES_NO : Control.LIST) : control;
                break;
        }
    }

    private static void require(boolean ok, String name, String what) {
        if (!ok) {
            throw new IllegalArgumentException("Question '" + name + "': " + what + ".");
        }
    }

    // ---- factories: the short forms tests, built-in content and the Designer start from ----

    public static Question field(String shortName, String text, String table, String field) {
        return new Question(shortName, text, "", QuestionType.FIELD, false, false, null, null, null, null,
                List.of(), null, null, new FieldTarget(table, field), null, null);
    }

    public static Question table(String shortName, String text, String table, Column... columns) {
        return new Question(shortName, text, "", QuestionType.TABLE, false, false, null, null, null, null,
                List.of(), null, null, null, new TableTarget(table, List.of(columns)), null);
    }

    public static Question dataImportExport(String shortName, String text, String table, Column... columns) {
        return new Question(shortName, text, "", QuestionType.DATA_IMPORT_EXPORT, false, false, null, null, null,
                null, List.of(), null, null, null, new TableTarget(table, List.of(columns)), null);
    }

    public static Question classOperation(String shortName, String text, String operation,
                                          ClassParameter... parameters) {
        return new Question(shortName, text, "", QuestionType.CLASS, false, false, null, null, null, null,
                List.of(), null, null, null, null, new ClassOperation(operation, List.of(parameters)));
    }

    /** A Non-actionable yes/no question. */
    public static Question choice(String shortName, String text) {
        return new Question(shortName, text, "", QuestionType.NON_ACTIONABLE, false, false, null, null, null,
                Control.YES_NO, List.of(), null, null, null, null, null);
    }

    /** A Non-actionable question with a list of options. */
    public static Question choice(String shortName, String text, String... options) {
        return new Question(shortName, text, "", QuestionType.NON_ACTIONABLE, false, false, null, null, null,
                Control.LIST, List.of(options), null, null, null, null, null);
    }

    // ---- copy methods ----

    public Question withShortName(String n) {
        return new Question(n, text, description, type, required, hidden, fixedValue, valueFrom, dependency,
                control, options, validation, lookup, field, table, operation);
    }

    public Question withDescription(String d) {
        return new Question(shortName, text, d, type, required, hidden, fixedValue, valueFrom, dependency,
                control, options, validation, lookup, field, table, operation);
    }

    public Question withRequired(boolean r) {
        return new Question(shortName, text, description, type, r, hidden, fixedValue, valueFrom, dependency,
                control, options, validation, lookup, field, table, operation);
    }

    public Question asRequired() {
        return withRequired(true);
    }

    /** Not shown; loads the fixed value. */
    public Question hiddenWithFixedValue(String value) {
        return new Question(shortName, text, description, type, required, true, value, null, dependency,
                control, options, validation, lookup, field, table, operation);
    }

    /** Not shown; loads the answer of another question. */
    public Question hiddenWithValueFrom(String question) {
        return new Question(shortName, text, description, type, required, true, null, question, dependency,
                control, options, validation, lookup, field, table, operation);
    }

    public Question shown() {
        return new Question(shortName, text, description, type, required, false, null, null, dependency,
                control, options, validation, lookup, field, table, operation);
    }

    public Question withDependency(@Nullable Dependency d) {
        return new Question(shortName, text, description, type, required, hidden, fixedValue, valueFrom, d,
                control, options, validation, lookup, field, table, operation);
    }

    public Question dependingOn(String parent, String... values) {
        return withDependency(Dependency.on(parent, values));
    }

    public Question withControl(Control c, String... choices) {
        return new Question(shortName, text, description, type, required, hidden, fixedValue, valueFrom,
                dependency, c, choices.length == 0 ? options : List.of(choices), validation, lookup, field, table,
                operation);
    }

    public Question withValidation(@Nullable Validation v) {
        return new Question(shortName, text, description, type, required, hidden, fixedValue, valueFrom,
                dependency, control, options, v, lookup, field, table, operation);
    }

    public Question withLookup(@Nullable Lookup l) {
        return new Question(shortName, text, description, type, required, hidden, fixedValue, valueFrom,
                dependency, control, options, validation, l, field, table, operation);
    }

    // ---- derived ----

    @JsonIgnore
    public boolean isVisible() {
        return !hidden;
    }

    /** The choices offered: Yes/No for a YES_NO control, else the options. */
    @JsonIgnore
    public List<String> choices() {
        return control == Control.YES_NO ? YES_NO : options;
    }

    public Validation validationOrNone() {
        return validation == null ? Validation.NONE : validation;
    }

    /** Whether a configurator answers anything here (a Class question only when it has answered parameters). */
    @JsonIgnore
    public boolean isAnswerable() {
        if (hidden) {
            return false;
        }
        return type != QuestionType.CLASS || (operation != null && !operation.answeredParameters().isEmpty());
    }
}
