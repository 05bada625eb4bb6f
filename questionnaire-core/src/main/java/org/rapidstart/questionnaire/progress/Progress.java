package org.rapidstart.questionnaire.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.rapidstart.questionnaire.answers.Answers;
import org.rapidstart.questionnaire.metadata.ClassOperationMeta;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.metadata.ParameterMeta;
import org.rapidstart.questionnaire.model.ClassParameter;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionGroup;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.validation.RowErrorsMemory;
import org.rapidstart.questionnaire.validation.ValidationError;
import org.rapidstart.questionnaire.validation.Validator;
import org.rapidstart.questionnaire.visibility.Visibility;

/**
 * Progress and completeness per question group, functional area and project, and whether an area is open: the
 * Base information area must be complete before any other area can be answered (complete on its own: a lookup of it
 * into a table another area answers does not close that area). Errors count only on questions
 * that have some input, so a fresh project shows no errors, only unanswered questions. A Class question whose
 * operation needs none of its answered parameters counts as answered from the start.
 */
public final class Progress {

    private final MetadataCatalogue catalogue;
    private final Validator validator;

    public Progress(MetadataCatalogue catalogue) {
        this.catalogue = catalogue;
        this.validator = new Validator(catalogue);
    }

    public ProjectProgress of(Template template, Answers answers) {
        return of(template, answers, RowErrorsMemory.NONE);
    }

    /** As {@link #of(Template, Answers)}, with the problems of unchanged rows remembered by {@code memory}. */
    public ProjectProgress of(Template template, Answers answers, RowErrorsMemory memory) {
        List<ValidationError> errors = validator.validate(template, answers, memory);
        List<AreaProgress> areas = areas(template, answers, errors);
        // Base information is complete on its own when only its lookups into other areas' tables fail (the company's
        // country/region missing from the Countries/regions answered under Addresses): those areas stay open, as that
        // is where such a mistake is put right; the error still shows on its question and the project is not complete
        boolean opens = baseComplete(areas) || (onlyErrorsKeepBaseIncomplete(areas) && othersOpen(template, answers));
        List<AreaProgress> withOpen = new ArrayList<>();
        for (AreaProgress a : areas) {
            withOpen.add(new AreaProgress(a.functionalArea(), a.baseInformation(), a.baseInformation() || opens,
                    a.groups()));
        }
        return new ProjectProgress(withOpen, errors);
    }

    /**
     * Whether the functional areas other than Base information are open: Base information is complete on its own,
     * with the rows of other areas' tables left out (a lookup into a table nothing answers yet checks nothing), so
     * only its own answers and the rows of its own tables count. Validates no other area's rows.
     */
    public boolean othersOpen(Template template, Answers answers) {
        Answers own = answers;
        for (FunctionalArea area : template.areasInUse()) {
            if (!area.baseInformation()) {
                for (Question q : area.questions()) {
                    if (q.type().isTable()) {
                        own = own.withoutRows(q.shortName());
                    }
                }
            }
        }
        return baseComplete(areas(template, own, validator.validate(template, own)));
    }

    private static boolean baseComplete(List<AreaProgress> areas) {
        return areas.stream().filter(AreaProgress::baseInformation).allMatch(AreaProgress::complete);
    }

    /**
     * Whether every required question of Base information is answered, so that only errors can keep it incomplete.
     * Leaving other areas' rows out ({@link #othersOpen}) changes neither which questions are shown (visibility reads
     * no rows) nor whether Base information's own are answered, only its errors: while a required answer is missing
     * (as in a fresh project) it stays incomplete, and the answers need no second validation to tell.
     */
    private static boolean onlyErrorsKeepBaseIncomplete(List<AreaProgress> areas) {
        return areas.stream().filter(AreaProgress::baseInformation)
                .flatMap(a -> a.groups().stream())
                .allMatch(g -> g.requiredAnswered() == g.required());
    }

    /** Every functional area's progress, all open (whether they are is decided by the caller). */
    private List<AreaProgress> areas(Template template, Answers answers, List<ValidationError> errors) {
        Visibility visibility = Visibility.of(template, answers);
        Map<String, Integer> errorsByQuestion = new HashMap<>();
        errors.forEach(e -> errorsByQuestion.merge(e.question().toLowerCase(Locale.ROOT), 1, Integer::sum));
        List<AreaProgress> out = new ArrayList<>();
        for (FunctionalArea area : template.areasInUse()) {
            List<GroupProgress> groups = new ArrayList<>();
            for (QuestionGroup g : area.groups()) {
                groups.add(group(area, g, visibility, answers, errorsByQuestion));
            }
            out.add(new AreaProgress(area.name(), area.baseInformation(), true, groups));
        }
        return out;
    }

    /** Whether configurators can answer the area yet: Base information always, others once it is complete. */
    public boolean isOpen(Template template, String areaName, Answers answers) {
        return of(template, answers).functionalArea(areaName).map(AreaProgress::open).orElse(false);
    }

    private GroupProgress group(FunctionalArea area, QuestionGroup g, Visibility visibility, Answers answers,
                                       Map<String, Integer> errorsByQuestion) {
        int questions = 0;
        int answered = 0;
        int required = 0;
        int requiredAnswered = 0;
        int errors = 0;
        for (Question q : g.questions()) {
            // a question nobody has touched yet is unanswered, not wrong: its "required" message is not an error here
            if (visibility.isActive(q.shortName()) && hasInput(q, answers)) {
                errors += errorsByQuestion.getOrDefault(q.shortName().toLowerCase(Locale.ROOT), 0);
            }
            if (!visibility.isShown(q) || !q.isAnswerable()) {
                continue;
            }
            boolean isAnswered = isAnswered(q, visibility, answers);
            questions++;
            answered += isAnswered ? 1 : 0;
            if (q.required()) {
                required++;
                requiredAnswered += isAnswered ? 1 : 0;
            }
        }
        return new GroupProgress(area.name(), g.name(), questions, answered, required, requiredAnswered, errors);
    }

    private boolean isAnswered(Question q, Visibility visibility, Answers answers) {
        switch (q.type()) {
            case FIELD:
            case NON_ACTIONABLE:
                return visibility.effectiveValue(q.shortName()).isPresent();
            case TABLE:
            case DATA_IMPORT_EXPORT:
                return answers.rows(q.shortName()).map(r -> !r.isEmpty()).orElse(false);
            default: {
                // answered once every parameter the operation cannot run without has a value
                Map<String, String> given = answers.parameters(q.shortName());
                Optional<ClassOperationMeta> op = catalogue.classOperation(q.operation().operation());
                return q.operation().answeredParameters().stream().map(ClassParameter::name)
                        .filter(p -> op.flatMap(o -> o.parameter(p)).map(ParameterMeta::mandatory).orElse(true))
                        .allMatch(p -> Optional.ofNullable(given.get(p)).filter(v -> !v.isBlank()).isPresent());
            }
        }
    }

    private static boolean hasInput(Question q, Answers answers) {
        return answers.value(q.shortName()).isPresent() || answers.rows(q.shortName()).isPresent()
                || !answers.parameters(q.shortName()).isEmpty();
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 100 : (int) Math.floor(100.0 * part / whole);
    }
}
