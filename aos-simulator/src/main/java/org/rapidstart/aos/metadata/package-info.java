/**
 * What the AOS knows about itself: the companies (DataAreaId) and the catalogue of AX 2012 tables, fields,
 * enums and relations from {@code docs/ax-2012-tables.md}. The catalogue lives in code because it is the
 * product's fixed schema; the questionnaire Designer refreshes its own copy from the metadata service here.
 */
@NullMarked
package org.rapidstart.aos.metadata;

import org.jspecify.annotations.NullMarked;
