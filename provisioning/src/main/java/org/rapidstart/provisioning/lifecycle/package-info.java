/**
 * The trial lifecycle of prospects (reminders, inactive at the end of the trial, purge after the retention
 * period, reactivation by a VOICE account number) and Support's view of a customer's lifecycle.
 */
@NullMarked
package org.rapidstart.provisioning.lifecycle;

import org.jspecify.annotations.NullMarked;
