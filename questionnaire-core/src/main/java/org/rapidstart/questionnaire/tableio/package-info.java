/**
 * Table answers as files: CSV templates to download, uploaded CSV files read as (streamed) rows, exported answers,
 * and table loads written as DIXF source files. Excel workbooks are not supported yet.
 */
@NullMarked
package org.rapidstart.questionnaire.tableio;

import org.jspecify.annotations.NullMarked;
