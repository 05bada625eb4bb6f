package org.rapidstart.questionnaire.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.rapidstart.questionnaire.internal.Lists;

/**
 * A questionnaire template: functional areas of question groups of questions, all ordered. Immutable: every edit
 * returns a new template, so the portal can keep the stored JSON document and the engine's view in step.
 *
 * <p>Edits are guarded the way RapidStart guarded them: a published template cannot be edited (unpublish it first,
 * see {@code org.rapidstart.questionnaire.publish.Publisher}), and the content of a published functional area
 * cannot be edited either. Publishing itself goes through the Publisher, which runs the publish checks.
 */
public record Template(String name, String description, TemplateType type, String targetErpVersion,
                       boolean published, List<FunctionalArea> functionalAreas) {

    public static final String DEFAULT_TARGET = "Dynamics AX 2012 R3";

    public Template {
        Objects.requireNonNull(name, "name");
        description = Lists.nullToEmpty(description);
        type = type == null ? TemplateType.CUSTOM : type;
        targetErpVersion = targetErpVersion == null || targetErpVersion.isBlank() ? DEFAULT_TARGET : targetErpVersion;
        functionalAreas = Lists.copy(functionalAreas);
    }

    /** A new, unpublished template targeting Dynamics AX 2012 R3. */
    public static Template of(String name, TemplateType type, FunctionalArea... areas) {
        return new Template(name, "", type, DEFAULT_TARGET, false, List.of(areas));
    }

    // ---- reading ----

    /** Every question in order (areas, groups, questions). */
    @JsonIgnore
    public List<Question> questions() {
        return functionalAreas.stream().flatMap(a -> a.questions().stream()).toList();
    }

    public Optional<Question> question(String shortName) {
        return questions().stream().filter(q -> q.shortName().equalsIgnoreCase(shortName)).findFirst();
    }

    public Optional<FunctionalArea> functionalArea(String areaName) {
        return functionalAreas.stream().filter(a -> a.name().equalsIgnoreCase(areaName)).findFirst();
    }

    /** The area that holds the question. */
    public Optional<FunctionalArea> areaOf(String shortName) {
        return functionalAreas.stream()
                .filter(a -> a.questions().stream().anyMatch(q -> q.shortName().equalsIgnoreCase(shortName)))
                .findFirst();
    }

    /** The group that holds the question. */
    public Optional<QuestionGroup> groupOf(String shortName) {
        return functionalAreas.stream().flatMap(a -> a.groups().stream())
                .filter(g -> g.indexOf(shortName) >= 0).findFirst();
    }

    /**
     * The areas a project answers: the published ones. An unpublished template is being designed, so all its
     * areas are in use (the Designer's preview runs the same engine services).
     */
    @JsonIgnore
    public List<FunctionalArea> areasInUse() {
        return published ? functionalAreas.stream().filter(FunctionalArea::published).toList() : functionalAreas;
    }

    /** The questions of {@link #areasInUse()}, in order. */
    @JsonIgnore
    public List<Question> questionsInUse() {
        return areasInUse().stream().flatMap(a -> a.questions().stream()).toList();
    }

    // ---- copies that do not count as edits of the content ----

    public Template withPublished(boolean p) {
        return new Template(name, description, type, targetErpVersion, p, functionalAreas);
    }

    /** Sets one area's published flag (the Publisher checks the rules before calling this). */
    public Template withAreaPublished(String areaName, boolean p) {
        FunctionalArea area = area(areaName);
        return replaceArea(area, area.withPublished(p));
    }

    // ---- editing (the Designer) ----

    public Template withName(String n) {
        requireEditable();
        return new Template(n, description, type, targetErpVersion, published, functionalAreas);
    }

    public Template withDescription(String d) {
        requireEditable();
        return new Template(name, d, type, targetErpVersion, published, functionalAreas);
    }

    public Template withType(TemplateType t) {
        requireEditable();
        return new Template(name, description, t, targetErpVersion, published, functionalAreas);
    }

    public Template withTargetErpVersion(String v) {
        requireEditable();
        return new Template(name, description, type, v, published, functionalAreas);
    }

    public Template addFunctionalArea(FunctionalArea area) {
        requireEditable();
        if (functionalArea(area.name()).isPresent()) {
            throw new TemplateEditException("The template already has a functional area '" + area.name() + "'.");
        }
        List<FunctionalArea> copy = new ArrayList<>(functionalAreas);
        // a new area is unpublished, whatever the caller built
        copy.add(area.withPublished(false));
        return withAreas(copy);
    }

    public Template removeFunctionalArea(String areaName) {
        requireEditable();
        FunctionalArea area = area(areaName);
        requireEditable(area);
        List<FunctionalArea> copy = new ArrayList<>(functionalAreas);
        copy.remove(area);
        return withAreas(copy);
    }

    public Template moveFunctionalAreaUp(String areaName) {
        return moveArea(areaName, -1);
    }

    public Template moveFunctionalAreaDown(String areaName) {
        return moveArea(areaName, +1);
    }

    public Template updateFunctionalArea(String areaName, UnaryOperator<FunctionalArea> change) {
        requireEditable();
        FunctionalArea area = area(areaName);
        requireEditable(area);
        return replaceArea(area, change.apply(area));
    }

    public Template addQuestionGroup(String areaName, QuestionGroup group) {
        return editArea(areaName, area -> {
            if (area.group(group.name()).isPresent()) {
                throw new TemplateEditException("The functional area '" + area.name()
                        + "' already has a question group '" + group.name() + "'.");
            }
            List<QuestionGroup> gs = new ArrayList<>(area.groups());
            gs.add(group);
            return area.withGroups(gs);
        });
    }

    public Template removeQuestionGroup(String areaName, String groupName) {
        return editArea(areaName, area -> {
            List<QuestionGroup> gs = new ArrayList<>(area.groups());
            gs.remove(group(area, groupName));
            return area.withGroups(gs);
        });
    }

    public Template moveQuestionGroupUp(String areaName, String groupName) {
        return moveGroup(areaName, groupName, -1);
    }

    public Template moveQuestionGroupDown(String areaName, String groupName) {
        return moveGroup(areaName, groupName, +1);
    }

    public Template addQuestion(String areaName, String groupName, Question question) {
        if (question(question.shortName()).isPresent()) {
            throw new ShortNameTakenException(question.shortName());
        }
        return editArea(areaName, area -> {
            QuestionGroup g = group(area, groupName);
            List<Question> qs = new ArrayList<>(g.questions());
            qs.add(question);
            return replaceGroup(area, g, g.withQuestions(qs));
        });
    }

    /** Replaces the question with that short name (the new one may have another short name). */
    public Template replaceQuestion(String shortName, Question replacement) {
        if (!replacement.shortName().equalsIgnoreCase(shortName) && question(replacement.shortName()).isPresent()) {
            throw new ShortNameTakenException(replacement.shortName());
        }
        return editQuestionGroup(shortName, g -> {
            List<Question> qs = new ArrayList<>(g.questions());
            qs.set(g.indexOf(shortName), replacement);
            return g.withQuestions(qs);
        });
    }

    public Template removeQuestion(String shortName) {
        return editQuestionGroup(shortName, g -> {
            List<Question> qs = new ArrayList<>(g.questions());
            qs.remove(g.indexOf(shortName));
            return g.withQuestions(qs);
        });
    }

    public Template moveQuestionUp(String shortName) {
        return editQuestionGroup(shortName, g -> {
            int i = g.indexOf(shortName);
            return i == 0 ? g : g.moved(i, i - 1);
        });
    }

    public Template moveQuestionDown(String shortName) {
        return editQuestionGroup(shortName, g -> {
            int i = g.indexOf(shortName);
            return i == g.questions().size() - 1 ? g : g.moved(i, i + 1);
        });
    }

    // ---- internals ----

    private void requireEditable() {
        if (published) {
            throw new TemplateEditException("The template '" + name + "' is published. Unpublish it before editing.");
        }
    }

    private static void requireEditable(FunctionalArea area) {
        if (area.published()) {
            throw new TemplateEditException("The functional area '" + area.name()
                    + "' is published. Unpublish it before editing.");
        }
    }

    private FunctionalArea area(String areaName) {
        return functionalArea(areaName).orElseThrow(() ->
                new TemplateEditException("The template has no functional area '" + areaName + "'."));
    }

    private static QuestionGroup group(FunctionalArea area, String groupName) {
        return area.group(groupName).orElseThrow(() -> new TemplateEditException(
                "The functional area '" + area.name() + "' has no question group '" + groupName + "'."));
    }

    private Template withAreas(List<FunctionalArea> areas) {
        return new Template(name, description, type, targetErpVersion, published, areas);
    }

    private Template replaceArea(FunctionalArea old, FunctionalArea replacement) {
        List<FunctionalArea> copy = new ArrayList<>(functionalAreas);
        copy.set(copy.indexOf(old), replacement);
        return withAreas(copy);
    }

    private static FunctionalArea replaceGroup(FunctionalArea area, QuestionGroup old, QuestionGroup replacement) {
        List<QuestionGroup> gs = new ArrayList<>(area.groups());
        gs.set(gs.indexOf(old), replacement);
        return area.withGroups(gs);
    }

    private Template editArea(String areaName, UnaryOperator<FunctionalArea> change) {
        return updateFunctionalArea(areaName, change);
    }

    private Template editQuestionGroup(String shortName, UnaryOperator<QuestionGroup> change) {
        FunctionalArea area = areaOf(shortName).orElseThrow(() ->
                new TemplateEditException("The template has no question '" + shortName + "'."));
        return editArea(area.name(), a -> {
            QuestionGroup g = a.groups().stream().filter(x -> x.indexOf(shortName) >= 0).findFirst().orElseThrow();
            return replaceGroup(a, g, change.apply(g));
        });
    }

    private Template moveArea(String areaName, int delta) {
        requireEditable();
        FunctionalArea area = area(areaName);
        List<FunctionalArea> copy = new ArrayList<>(functionalAreas);
        int i = copy.indexOf(area);
        int j = i + delta;
        if (j < 0 || j >= copy.size()) {
            return this;
        }
        copy.add(j, copy.remove(i));
        return withAreas(copy);
    }

    private Template moveGroup(String areaName, String groupName, int delta) {
        return editArea(areaName, area -> {
            QuestionGroup g = group(area, groupName);
            int i = area.groups().indexOf(g);
            int j = i + delta;
            if (j < 0 || j >= area.groups().size()) {
                return area;
            }
            List<QuestionGroup> gs = new ArrayList<>(area.groups());
            gs.add(j, gs.remove(i));
            return area.withGroups(gs);
        });
    }
}
