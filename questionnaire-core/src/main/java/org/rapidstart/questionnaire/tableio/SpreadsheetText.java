package org.rapidstart.questionnaire.tableio;

import java.util.regex.Pattern;

/**
 * Keeps exported answers from running as formulas when a spreadsheet opens them: a value that starts with
 * {@code = + - @}, a tab or a carriage return (after any apostrophes) gets one apostrophe in front, unless it is a
 * plain number such as {@code -5}. Reading a file removes exactly that apostrophe again, so an exported workbook
 * imported back gives the same values, and values a person typed (which never start with an apostrophe before one of
 * those characters, since a spreadsheet hides such an apostrophe) pass unchanged.
 */
public final class SpreadsheetText {

    private static final Pattern NEEDS_GUARD = Pattern.compile("'*[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern GUARDED = Pattern.compile("'+[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

    private SpreadsheetText() {
    }

    /** The value as it is written into an exported cell. */
    public static String neutralise(String value) {
        if (value.isEmpty() || "'=+-@\t\r".indexOf(value.charAt(0)) < 0) {
            return value;
        }
        if (NEEDS_GUARD.matcher(value).matches() && !NUMBER.matcher(value).matches()) {
            return "'" + value;
        }
        return value;
    }

    /** The value as it was before {@link #neutralise}. */
    public static String restore(String value) {
        if (value.length() < 2 || value.charAt(0) != '\'') {
            return value;
        }
        return GUARDED.matcher(value).matches() ? value.substring(1) : value;
    }
}
