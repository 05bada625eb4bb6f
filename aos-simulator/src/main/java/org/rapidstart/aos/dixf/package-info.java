/**
 * The Data Import/Export Framework: a job for one entity with a CSV file goes source -> staging (bulk
 * {@code COPY} into an unlogged staging table of its own) -> validate (set-based SQL, the same rules as the
 * document service) -> copy to target in N parallel batch tasks over ranges of staging lines. Every run is an
 * execution with status, counts and row errors; "rows with previous errors" re-runs only those rows, after the
 * related data is fixed or with a correction file that takes their place.
 */
@NullMarked
package org.rapidstart.aos.dixf;

import org.jspecify.annotations.NullMarked;
