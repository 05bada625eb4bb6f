package org.rapidstart.questionnaire.loadplan;

import java.util.List;
import java.util.Optional;

/** The ordered steps that push a project's answers into the AOS. */
public record LoadPlan(List<LoadStep> steps) {
    public LoadPlan {
        steps = List.copyOf(steps);
    }

    /** The steps as names in order ("Currency", "CreateFiscalCalendar()", "Ledger" ...), for logs and tests. */
    public List<String> order() {
        return steps.stream().map(s -> s instanceof TableLoad t ? t.table()
                : ((ClassCall) s).operation() + "()").toList();
    }

    public Optional<TableLoad> table(String name) {
        return steps.stream().filter(s -> s instanceof TableLoad t && t.table().equalsIgnoreCase(name))
                .map(TableLoad.class::cast).findFirst();
    }

    public Optional<ClassCall> classCall(String operation) {
        return steps.stream().filter(s -> s instanceof ClassCall c && c.operation().equalsIgnoreCase(operation))
                .map(ClassCall.class::cast).findFirst();
    }
}
