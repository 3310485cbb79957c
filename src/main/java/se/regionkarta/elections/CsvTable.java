package se.regionkarta.elections;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * A small CSV file with a fixed set of columns, read with Apache Commons CSV: the header is checked
 * (every required column, no unknown or repeated one, in any order), and every row keeps the line
 * it starts on, so that each later error can name it. Problems are collected, not thrown one by one.
 */
final class CsvTable {

    /** At most this many problems are reported; the rest are counted. */
    static final int MAX_PROBLEMS = 50;

    private static final Pattern CSV_LINE = Pattern.compile("line:? (\\d+)");

    /** One data row: the file it is in (its name, or null), its line and its values by column. */
    record Row(String file, int line, Map<String, String> values) {

        /** Returns the stripped value of a column; empty when the column is absent or blank. */
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }

        /** Returns a problem on this row's line. */
        Problem problem(String message) {
            return Problem.at(file, line, message);
        }
    }

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * Reads the text; the header must hold every required column and may hold the optional ones.
     *
     * @param file the name of the input, which every problem names (null when it has none)
     * @throws BadInput for an empty file, a bad header, no rows, or a row that is not CSV
     */
    static CsvTable read(String text, String file, List<String> required, List<String> optional) {
        String expected = String.join(",", required);
        if (text.isBlank()) {
            throw new BadInput(Problem.at(file, 0, "the file is empty; it must start with the header " + expected));
        }
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = header(records.next(), file, required, optional, expected);
            int cells = header.size();
            while (records.hasNext()) {
                CSVRecord r = records.next();
                int line = startLine(parser.getCurrentLineNumber(), r);
                if (r.size() != cells) {
                    problems.add(Problem.at(file, line, "expected " + cells + " values (" + String.join(",", header)
                            + "), found " + r.size()));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < cells; i++) {
                    values.put(header.get(i), r.get(i));
                }
                rows.add(new Row(file, line, values));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            problems.add(Problem.at(file, lineOf(e), "not valid CSV: " + rootMessage(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
        if (rows.isEmpty()) {
            throw new BadInput(Problem.at(file, 1, "the file has a header but no rows"));
        }
        return new CsvTable(rows);
    }

    private static List<String> header(CSVRecord first, String file, List<String> required, List<String> optional,
            String expected) {
        List<String> names = first.toList().stream().map(String::strip).toList();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                problems.add("column " + quoted(n) + " appears twice");
            } else if (!required.contains(n) && !optional.contains(n)) {
                problems.add("unknown column " + quoted(n));
            }
        }
        for (String r : required) {
            if (!seen.contains(r)) {
                problems.add("missing column " + r);
            }
        }
        if (!problems.isEmpty()) {
            String allowed = optional.isEmpty() ? "" : " (optional: " + String.join(",", optional) + ")";
            throw new BadInput(Problem.at(file, 1, String.join("; ", problems) + "; the header must be " + expected + allowed));
        }
        return names;
    }

    /** Returns the line a record starts on: Commons CSV tells where it ends, and a quoted value may hold line breaks. */
    private static int startLine(long endLine, CSVRecord r) {
        long breaks = r.stream().mapToLong(v -> v.chars().filter(c -> c == '\n').count()).sum();
        return (int) Math.max(1, endLine - breaks);
    }

    private static int lineOf(Exception e) {
        Matcher m = CSV_LINE.matcher(rootMessage(e));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** Quotes a name from the file for a message, shortened so that garbage is not echoed whole. */
    static String quoted(String value) {
        String v = value.codePointCount(0, value.length()) > 60 ? value.substring(0, value.offsetByCodePoints(0, 60)) + "…"
                : value;
        return "'" + v + "'";
    }
}
