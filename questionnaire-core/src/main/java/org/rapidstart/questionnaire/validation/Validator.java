package org.rapidstart.questionnaire.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
import org.rapidstart.questionnaire.model.ClassParameter;
import org.rapidstart.questionnaire.model.Control;
import org.rapidstart.questionnaire.model.Lookup;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.Validation;
import org.rapidstart.questionnaire.visibility.Visibility;

/**
 * Checks a project's answers against its template and the metadata catalogue: required answers, field types
 * (lengths from the catalogue unless the question sets a shorter one, whole numbers, numbers, ISO dates, enum
 * values in any letter case), patterns, ranges, allowed values, lookups, mandatory columns and repeated keys in
 * table rows. Only questions that apply (see {@link Visibility}) are checked; hidden questions carry designer
 * values, which the publish check covers. Table rows are read once each, so streamed DIXF answers stay streamed.
 */
public final class Validator {

    private final MetadataCatalogue catalogue;
    private final FieldValues fieldValues;

    public Validator(MetadataCatalogue catalogue) {
        this.catalogue = catalogue;
        this.fieldValues = new FieldValues(catalogue);
    }

    /** Every problem, in question order (rows in row order). Empty when the answers can load. */
    public List<ValidationError> validate(Template template, Answers answers) {
        return validate(template, answers, RowErrorsMemory.NONE);
    }

    /** As {@link #validate(Template, Answers)}, with the problems of unchanged rows remembered by {@code memory}. */
    public List<ValidationError> validate(Template template, Answers answers, RowErrorsMemory memory) {
        Visibility visibility = Visibility.of(template, answers);
        Lookups lookups = new Lookups(catalogue, template, visibility, answers);
        List<ValidationError> errors = new ArrayList<>();
        for (Question q : visibility.activeQuestions()) {
            validate(q, answers, visibility, lookups, memory, errors);
        }
        return errors;
    }

    private void validate(Question q, Answers answers, Visibility visibility, Lookups lookups, RowErrorsMemory memory,
                          List<ValidationError> errors) {
        switch (q.type()) {
            case FIELD:
                if (!q.hidden()) {
                    validateField(q, visibility, lookups, errors);
                }
                break;
            case NON_ACTIONABLE:
                if (!q.hidden()) {
                    validateChoice(q, visibility, errors);
                }
                break;
            case TABLE:
            case DATA_IMPORT_EXPORT:
                validateRows(q, answers, visibility, lookups, memory, errors);
                break;
            default:
                validateClass(q, answers, visibility, lookups, errors);
                break;
        }
    }

    private void validateField(Question q, Visibility visibility, Lookups lookups, List<ValidationError> errors) {
        Optional<String> value = visibility.effectiveValue(q.shortName());
        if (value.isEmpty()) {
            if (q.required()) {
                errors.add(ValidationError.of(q.shortName(), "An answer is required."));
            }
            return;
        }
        FieldMeta meta = catalogue.field(q.field().table(), q.field().field()).orElse(null);
        Validation rules = q.validationOrNone();
        if (q.control() == Control.LIST && !q.options().isEmpty() && rules.allowedValues().isEmpty()) {
            rules = new Validation(rules.maxLength(), rules.pattern(), rules.min(), rules.max(), q.options());
        }
        checkValue(q.shortName(), null, null, value.get(), meta == null ? null : meta.type(), rules, null,
                q.lookup(), meta, lookups, errors);
    }

    private void validateChoice(Question q, Visibility visibility, List<ValidationError> errors) {
        Optional<String> value = visibility.effectiveValue(q.shortName());
        if (value.isEmpty()) {
            if (q.required()) {
                errors.add(ValidationError.of(q.shortName(), "An answer is required."));
            }
            return;
        }
        List<String> choices = q.choices();
        if (!choices.isEmpty() && choices.stream().noneMatch(c -> c.equalsIgnoreCase(value.get()))) {
            errors.add(ValidationError.of(q.shortName(),
                    "'" + value.get() + "' is not one of the choices: " + String.join(", ", choices) + "."));
        }
    }

    private void validateRows(Question q, Answers answers, Visibility visibility, Lookups lookups,
                              RowErrorsMemory memory, List<ValidationError> errors) {
        Optional<RowSource> rows = answers.rows(q.shortName());
        if (rows.isEmpty() || rows.get().isEmpty()) {
            if (q.required()) {
                errors.add(ValidationError.of(q.shortName(), "Add at least one row."));
            }
            return;
        }
        RowChecker checker = new RowChecker(this, q, visibility, lookups);
        errors.addAll(memory.rowErrors(q.shortName(), checker.checkedAgainst(), () -> {
            List<ValidationError> found = new ArrayList<>();
            Map<String, Integer> seenKeys = new HashMap<>();
            int[] rowNumber = {0};
            rows.get().forEach(raw -> {
                int row = ++rowNumber[0];
                found.addAll(checker.check(row, raw));
                checker.key(raw).ifPresent(key -> {
                    Integer first = seenKeys.putIfAbsent(key, row);
                    if (first != null) {
                        found.add(checker.repeatedKey(row, first, raw));
                    }
                });
            });
            return Collections.unmodifiableList(found);
        }));
    }

    /**
     * Checks rows of one table question one at a time, with the same rules as {@link #validate}: for a grid that
     * saves a single row, or an import that streams a large file and keeps repeated keys in its own structure.
     */
    public RowChecker rowChecker(Template template, Answers answers, String question) {
        Visibility visibility = Visibility.of(template, answers);
        Question q = template.question(question).filter(x -> x.table() != null).orElseThrow(
                () -> new IllegalArgumentException("The template has no table question '" + question + "'."));
        return new RowChecker(this, q, visibility, new Lookups(catalogue, template, visibility, answers));
    }

    MetadataCatalogue catalogue() {
        return catalogue;
    }

    private void validateClass(Question q, Answers answers, Visibility visibility, Lookups lookups,
                               List<ValidationError> errors) {
        Map<String, String> given = answers.parameters(q.shortName());
        if (!q.operation().runs(q.required(), given)) {
            // an optional operation nobody filled in is simply not run
            return;
        }
        Optional<ClassOperationMeta> op = catalogue.classOperation(q.operation().operation());
        for (ClassParameter p : q.operation().parameters()) {
            ParameterMeta meta = op.flatMap(o -> o.parameter(p.name())).orElse(null);
            boolean mandatory = meta != null && meta.mandatory();
            Optional<String> value;
            if (p.fixedValue() != null) {
                continue;
            } else if (p.valueFrom() != null) {
                value = visibility.activeValue(p.valueFrom());
                if (value.isEmpty() && mandatory) {
                    errors.add(new ValidationError(q.shortName(), null, p.name(), p.label()
                            + " takes its value from the question '" + p.valueFrom() + "', which has no answer."));
                }
                continue;
            } else {
                value = Optional.ofNullable(given.get(p.name())).map(String::trim).filter(s -> !s.isEmpty());
            }
            if (value.isEmpty()) {
                if (mandatory) {
                    errors.add(new ValidationError(q.shortName(), null, p.name(), p.label() + " must be filled in."));
                }
                continue;
            }
            checkValue(q.shortName(), null, p.name(), value.get(), meta == null ? null : meta.type(),
                    p.validationOrNone(), p.label(), p.lookup(), null, lookups, errors);
        }
    }

    /** "Customer groups" reads "customer groups" inside a sentence; "ZIP codes" keeps its capitals. */
    private static String inSentence(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    void checkValue(String question, @Nullable Integer row, @Nullable String column, String value,
                            @Nullable FieldType type, Validation rules, @Nullable String subject,
                            @Nullable Lookup lookup, @Nullable FieldMeta target, Lookups lookups,
                            List<ValidationError> errors) {
        checkValue(question, row, column, value, type, rules, subject,
                lookup == null ? Optional.empty() : lookups.values(lookup, target, type), errors);
    }

    /** As above, with the lookup's values already resolved (a row checker resolves them once per column). */
    void checkValue(String question, @Nullable Integer row, @Nullable String column, String value,
                    @Nullable FieldType type, Validation rules, @Nullable String subject,
                    Optional<LookupValues> allowed, List<ValidationError> errors) {
        Optional<String> problem = fieldValues.check(value, type, rules, subject);
        if (problem.isPresent()) {
            errors.add(new ValidationError(question, row, column, problem.get()));
            return;
        }
        // nothing answered in the source yet is not an error: Base information refers to countries/regions that
        // the Addresses area answers later, and must be completable first; the check applies once there are values
        if (allowed.isPresent() && !allowed.get().values().isEmpty() && !allowed.get().contains(value)) {
            String what = subject == null ? "The value" : subject;
            errors.add(new ValidationError(question, row, column, what + " '" + value.trim() + "' is not one of the "
                    + inSentence(allowed.get().source()) + " answered in '" + allowed.get().source() + "'."));
        }
    }
}
