/**
 * Web plumbing of the Partner Portal: sign-in and authorisation, error pages, date formatting, and turning domain
 * refusals into form errors.
 */
@NullMarked
package org.rapidstart.partner.web;

import org.jspecify.annotations.NullMarked;
