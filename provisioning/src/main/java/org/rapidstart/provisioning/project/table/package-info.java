/**
 * Rows of Table and Data Import/Export questions: stored per question as a row set, each row one text of its cells
 * ({@link org.rapidstart.provisioning.project.table.Cells}; a large import's set in a partition of its own,
 * {@link org.rapidstart.provisioning.project.table.RowStore}), read as a streamed {@code RowSource}
 * ({@link org.rapidstart.provisioning.project.table.TableAnswers}), changed one row at a time with the engine's row
 * rules and an optimistic version per row ({@link org.rapidstart.provisioning.project.table.TableGrid}), imported from
 * CSV files and workbooks in the background with COPY into a new row set that replaces or extends the saved rows in
 * one short transaction ({@link org.rapidstart.provisioning.project.table.TableImports}), and written as template and export
 * workbooks ({@link org.rapidstart.provisioning.project.table.TableFiles}); all answers as one workbook and back
 * ({@link org.rapidstart.provisioning.project.table.AnswerWorkbooks}), imported in the background
 * ({@link org.rapidstart.provisioning.project.table.AnswerImports}).
 */
@NullMarked
package org.rapidstart.provisioning.project.table;

import org.jspecify.annotations.NullMarked;
