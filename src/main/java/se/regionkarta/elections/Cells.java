package se.regionkarta.elections;

import java.util.List;
import java.util.regex.Pattern;
import se.regionkarta.input.Problem;

/** Reads the whole numbers and names of a CSV row, adding a problem that names the line and column for each bad one. */
final class Cells {

    /** No count in an election comes near this (Sweden has about 7.8 million voters); larger is a mistake. */
    static final long MAX_COUNT = 1_000_000_000L;

    private static final Pattern WHOLE = Pattern.compile("[+]?[0-9]+");
    private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+");

    private Cells() {
    }

    /** Returns a count (0 to {@link #MAX_COUNT}), null when empty and allowed to be; adds a problem otherwise. */
    static Long count(CsvTable.Row row, String column, boolean optional, List<Problem> problems) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (!optional) {
                problems.add(row.problem(column + " is empty; give a whole number"));
            }
            return null;
        }
        if (NEGATIVE.matcher(text).matches()) {
            problems.add(row.problem(column + " cannot be negative, got " + text));
            return null;
        }
        if (!WHOLE.matcher(text).matches()) {
            problems.add(row.problem(column + " must be a whole number, got " + CsvTable.quoted(text)));
            return null;
        }
        String digits = text.replaceFirst("^[+]?0*(?=.)", "");
        if (digits.length() > 10 || Long.parseLong(digits) > MAX_COUNT) {
            problems.add(row.problem(column + " must be at most " + MAX_COUNT + ", got " + CsvTable.quoted(text)));
            return null;
        }
        return Long.parseLong(digits);
    }

    /** Returns a name, or null with a problem when it is empty. */
    static String name(CsvTable.Row row, String column, List<Problem> problems) {
        String text = row.get(column);
        if (text.isEmpty()) {
            problems.add(row.problem(column + " is empty; every row needs one"));
            return null;
        }
        return text;
    }
}
