package org.rapidstart.questionnaire.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.rapidstart.questionnaire.internal.Lists;

/**
 * An ordered set of question groups for one part of the business (General ledger, Accounts receivable ...). The
 * Base information area ({@code baseInformation}) comes first and must be complete before the others open. New
 * areas are unpublished; only published areas are answered in projects.
 */
public record FunctionalArea(String name, String description, boolean baseInformation, boolean published,
                             List<QuestionGroup> groups) {
    public FunctionalArea {
        Objects.requireNonNull(name, "name");
        description = Lists.nullToEmpty(description);
        groups = Lists.copy(groups);
    }

    /** A new, unpublished area. */
    public static FunctionalArea of(String name, QuestionGroup... groups) {
        return new FunctionalArea(name, "", false, false, List.of(groups));
    }

    /** A new, unpublished Base information area. */
    public static FunctionalArea baseInformation(String name, QuestionGroup... groups) {
        return new FunctionalArea(name, "", true, false, List.of(groups));
    }

    public FunctionalArea withGroups(List<QuestionGroup> gs) {
        return new FunctionalArea(name, description, baseInformation, published, gs);
    }

    public FunctionalArea withPublished(boolean p) {
        return new FunctionalArea(name, description, baseInformation, p, groups);
    }

    public FunctionalArea withDescription(String d) {
        return new FunctionalArea(name, d, baseInformation, published, groups);
    }

    public Optional<QuestionGroup> group(String groupName) {
        return groups.stream().filter(g -> g.name().equalsIgnoreCase(groupName)).findFirst();
    }

    public List<Question> questions() {
        return groups.stream().flatMap(g -> g.questions().stream()).toList();
    }
}
