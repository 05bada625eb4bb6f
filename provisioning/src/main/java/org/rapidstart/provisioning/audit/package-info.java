/**
 * The audit log: who did what and when, per partner and per customer.
 */
@NullMarked
package org.rapidstart.provisioning.audit;

import org.jspecify.annotations.NullMarked;
