/**
 * Table answers as files: CSV and Excel (.xlsx) templates to download, uploaded files read as rows (CSV files
 * streamed, so a million postal codes never sit in memory), exported answers, and table loads written as DIXF
 * source files.
 */
@NullMarked
package org.rapidstart.questionnaire.tableio;

import org.jspecify.annotations.NullMarked;
