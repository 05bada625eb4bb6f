package org.rapidstart.questionnaire.tableio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.model.Column;
import org.rapidstart.questionnaire.model.TableTarget;

/**
 * Maps a file's header cells to a table question's columns: by label or by field name, in any order and letter case.
 * A blank header cell is ignored; an unknown or repeated one refuses the file, since its values would otherwise be
 * lost without notice.
 */
final class ColumnHeaders {

    private ColumnHeaders() {
    }

    /** For each header cell, the column's field, or empty for a blank cell. */
    static List<Optional<String>> map(List<String> headerCells, TableTarget target) {
        List<Optional<String>> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : headerCells) {
            String n = name.strip().replace("\uFEFF", "");
            Optional<Column> column = target.columns().stream().filter(c -> !c.hidden())
                    .filter(c -> c.label().equalsIgnoreCase(n) || c.field().equalsIgnoreCase(n)).findFirst();
            if (n.isEmpty()) {
                fields.add(Optional.empty());
            } else if (column.isEmpty()) {
                unknown.add(n);
                fields.add(Optional.empty());
            } else if (!seen.add(column.get().field().toLowerCase(Locale.ROOT))) {
                throw new TableImportException("The file has the column '" + column.get().label() + "' twice.");
            } else {
                fields.add(Optional.of(column.get().field()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new TableImportException("The file has columns this question does not have: "
                    + String.join(", ", unknown) + ". The columns are: " + String.join(", ", labels(target)) + ".");
        }
        if (fields.stream().allMatch(Optional::isEmpty)) {
            throw new TableImportException("The file's first row holds no column names; it needs a header row with: "
                    + String.join(", ", labels(target)) + ".");
        }
        return fields;
    }

    /** For each header cell, the position of its column in the target's columns, or -1 for a blank cell. */
    static int[] positions(List<Optional<String>> fields, TableTarget target) {
        int[] positions = new int[fields.size()];
        List<Column> columns = target.columns();
        for (int i = 0; i < positions.length; i++) {
            positions[i] = -1;
            Optional<String> field = fields.get(i);
            for (int c = 0; c < columns.size() && field.isPresent(); c++) {
                if (columns.get(c).field().equals(field.get())) {
                    positions[i] = c;
                    break;
                }
            }
        }
        return positions;
    }

    /** A handler of maps fed from rows of cells by column: field to text, in column order, without empty cells. */
    static TableCellsHandler asMaps(TableTarget target, TableRowHandler rows) {
        List<Column> columns = target.columns();
        return new TableCellsHandler() {
            @Override
            public void row(long rowNumber, @Nullable String[] cells) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    String v = cells[i];
                    if (v != null) {
                        row.put(columns.get(i).field(), v);
                    }
                }
                rows.row(rowNumber, row);
            }

            @Override
            public void expectedRows(long count) {
                rows.expectedRows(count);
            }
        };
    }

    static List<Column> visibleColumns(TableTarget target) {
        return target.columns().stream().filter(c -> !c.hidden()).toList();
    }

    static List<String> labels(TableTarget target) {
        return visibleColumns(target).stream().map(Column::label).toList();
    }
}
