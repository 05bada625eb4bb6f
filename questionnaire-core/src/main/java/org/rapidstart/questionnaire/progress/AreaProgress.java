package org.rapidstart.questionnaire.progress;

import java.util.List;

/** Progress of one functional area; {@code open} is false while Base information is not complete. */
public record AreaProgress(String functionalArea, boolean baseInformation, boolean open, List<GroupProgress> groups) {
    public AreaProgress {
        groups = List.copyOf(groups);
    }

    public int questions() {
        return groups.stream().mapToInt(GroupProgress::questions).sum();
    }

    public int answered() {
        return groups.stream().mapToInt(GroupProgress::answered).sum();
    }

    public int errors() {
        return groups.stream().mapToInt(GroupProgress::errors).sum();
    }

    public boolean complete() {
        return groups.stream().allMatch(GroupProgress::complete);
    }

    public int percent() {
        return Progress.percent(answered(), questions());
    }
}
