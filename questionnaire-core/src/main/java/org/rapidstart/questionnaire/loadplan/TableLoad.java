package org.rapidstart.questionnaire.loadplan;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.rapidstart.questionnaire.answers.RowSource;
import org.rapidstart.questionnaire.metadata.Scope;

/**
 * Load the records of one table. {@code records} maps each record's fields (catalogue spelling) to the text that
 * loads; it is computed from the answers as it is read, so a streamed DIXF answer is never held in memory whole.
 * {@code scope} says whether the records go to the chosen company or are shared across the AOS.
 * {@code questions} are the short names the records come from, for load results.
 */
public record TableLoad(String table, Scope scope, LoadMethod method, RowSource records, List<String> questions)
        implements LoadStep {
    public TableLoad {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(records, "records");
        questions = List.copyOf(questions);
    }

    /** All records in memory; for tests and small tables. */
    public List<Map<String, String>> recordList() {
        return records.toList();
    }
}
