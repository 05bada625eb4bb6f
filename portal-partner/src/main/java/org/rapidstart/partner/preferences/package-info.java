/**
 * A Partner Portal person's own preferences: the time zone and date format of every page.
 */
@NullMarked
package org.rapidstart.partner.preferences;

import org.jspecify.annotations.NullMarked;
