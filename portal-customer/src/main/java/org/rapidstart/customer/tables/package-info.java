/**
 * The pages of a project's table questions ({@code /rapidstart/projects/{projectId}/tables/...}): the paged grid
 * to add, edit and delete rows, Download template, Upload workbook and CSV upload with a progress bar, cancel and
 * the list of bad rows, and the saved rows as CSV.
 */
@NullMarked
package org.rapidstart.customer.tables;

import org.jspecify.annotations.NullMarked;
