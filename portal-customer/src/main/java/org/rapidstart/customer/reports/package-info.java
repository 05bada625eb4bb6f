/**
 * Reports of Configure: Project status detail and Question groups status, as pages and as .xlsx downloads, over the
 * projects and question groups the signed-in user may see.
 */
@NullMarked
package org.rapidstart.customer.reports;

import org.jspecify.annotations.NullMarked;
