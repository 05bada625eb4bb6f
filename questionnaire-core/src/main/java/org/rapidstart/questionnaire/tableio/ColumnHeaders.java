package org.rapidstart.questionnaire.tableio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    static List<Column> visibleColumns(TableTarget target) {
        return target.columns().stream().filter(c -> !c.hidden()).toList();
    }

    static List<String> labels(TableTarget target) {
        return visibleColumns(target).stream().map(Column::label).toList();
    }
}
