/**
 * The Support console in the Partner Portal (role SUPPORT).
 */
@NullMarked
package org.rapidstart.partner.support;

import org.jspecify.annotations.NullMarked;
