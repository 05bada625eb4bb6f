package org.rapidstart.questionnaire.loadplan;

import java.util.List;

/** No load order exists: the tables to load refer to each other in a cycle. Names the tables in the cycle. */
public class LoadPlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> cycle;

    public LoadPlanException(List<String> cycle) {
        super("The tables to load refer to each other in a cycle (" + String.join(" -> ", cycle)
                + "), so no table can be loaded before the others. Remove one of these relations or one of the"
                + " tables from the template.");
        this.cycle = List.copyOf(cycle);
    }

    /** The tables in the cycle, the first repeated at the end (A, B, A). */
    public List<String> cycle() {
        return cycle;
    }
}
