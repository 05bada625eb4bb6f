/**
 * Customers and prospects a partner enrolls, found in VOICE or created as prospects on a trial.
 */
@NullMarked
package org.rapidstart.provisioning.customer;

import org.jspecify.annotations.NullMarked;
