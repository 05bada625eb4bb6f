/**
 * Web plumbing of the Customer Portal: sign-in and authorisation, the current actor (tenant and roles read fresh
 * on every request), agreements first, error pages, date formatting, and turning domain refusals into form errors.
 */
@NullMarked
package org.rapidstart.customer.web;

import org.jspecify.annotations.NullMarked;
