package org.rapidstart.questionnaire.progress;

import java.util.List;
import java.util.Optional;

import org.rapidstart.questionnaire.validation.ValidationError;

/**
 * Progress of a whole project (its template's areas in use); complete means ready to load. Carries the validation
 * errors it was computed from, so the answering page and the progress report need one validation run.
 */
public record ProjectProgress(List<AreaProgress> functionalAreas, List<ValidationError> errors) {
    public ProjectProgress {
        functionalAreas = List.copyOf(functionalAreas);
        errors = List.copyOf(errors);
    }

    public int questions() {
        return functionalAreas.stream().mapToInt(AreaProgress::questions).sum();
    }

    public int answered() {
        return functionalAreas.stream().mapToInt(AreaProgress::answered).sum();
    }

    public boolean complete() {
        return functionalAreas.stream().allMatch(AreaProgress::complete);
    }

    public int percent() {
        return Progress.percent(answered(), questions());
    }

    public Optional<AreaProgress> functionalArea(String name) {
        return functionalAreas.stream().filter(a -> a.functionalArea().equalsIgnoreCase(name)).findFirst();
    }

    public Optional<GroupProgress> group(String area, String group) {
        return functionalArea(area).flatMap(a -> a.groups().stream()
                .filter(g -> g.group().equalsIgnoreCase(group)).findFirst());
    }
}
