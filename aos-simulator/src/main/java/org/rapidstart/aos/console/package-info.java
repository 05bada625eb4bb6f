/**
 * The read-only operator console ({@code /console}): companies, tables with record counts, a table's records
 * (paged, filtered) and the DIXF execution history with row errors, so an operator can see what a load did.
 * It needs the service-account credentials like the API, and only ever reads.
 */
@NullMarked
package org.rapidstart.aos.console;

import org.jspecify.annotations.NullMarked;
