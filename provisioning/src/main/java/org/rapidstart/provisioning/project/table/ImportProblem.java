package org.rapidstart.provisioning.project.table;

import org.jspecify.annotations.Nullable;

/** One bad row of an import: its row in the file, the column's label (none for the whole row) and the reason. */
public record ImportProblem(@Nullable Long row, @Nullable String column, String message) {

}
