/**
 * Preferences: a person's own language, time zone and date format, and an organization's defaults for its users
 * (set by a Customer administrator). What a page uses is the effective preference: the person's choice, else the
 * organization's default, else the portal's.
 */
@NullMarked
package org.rapidstart.provisioning.preference;

import org.jspecify.annotations.NullMarked;
