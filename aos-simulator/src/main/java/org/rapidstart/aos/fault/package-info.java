/**
 * Fault injection for tests and demos: added latency, a random error rate and a maintenance mode that
 * answers 503, on the AOS API ({@code /aos/**}) but never on the admin switches that turn them off.
 * Start-up state from {@code rapidstart.aos.faults.*}, changed at run time through {@code /aos/admin/faults}.
 */
@NullMarked
package org.rapidstart.aos.fault;

import org.jspecify.annotations.NullMarked;
