/**
 * Preferences: each user's language, time zone and date format, and the organization's defaults (Customer
 * administrators only). Every page's dates and language follow the effective ones.
 */
@NullMarked
package org.rapidstart.customer.preferences;

import org.jspecify.annotations.NullMarked;
