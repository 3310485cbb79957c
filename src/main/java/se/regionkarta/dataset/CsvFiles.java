package se.regionkarta.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.input.BadInput;

/**
 * Reads the CSV data files, one fact per row: key figures ({@code figures.csv}, {@code *.figures.csv})
 * and seats ({@code seats.csv}, {@code *.seats.csv}). Each row is read as an {@link Entry} by the same
 * section reader as the YAML entries of that section (docs/data-format.md names the columns).
 */
final class CsvFiles {

    /**
     * The sections a CSV file may hold, with the columns allowed, those required, and those that
     * hold whole numbers (checked here, since a CSV file has no schema to say so).
     */
    private record Layout(FactKind section, Set<String> allowed, List<String> required, Set<String> wholeNumbers) {
    }

    private static final Layout FIGURES = new Layout(FactKind.FIGURE, Set.of("id", "unit", "metric", "value",
            "upper_value", "qualifier", "period", "as_of", "part_of", "category", "preferred", "reason", "note", "sources",
            "basis"), List.of("unit", "metric", "value", "sources"), Set.of());
    private static final Layout SEATS = new Layout(FactKind.SEAT, Set.of("body", "term", "party", "seats", "sources", "basis"),
            List.of("body", "term", "party", "seats", "sources"), Set.of("seats"));

    private CsvFiles() {
    }

    /** Returns the layout a CSV file holds by its name, or null when the name says none. */
    private static Layout layoutOf(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        if (name.equals("figures.csv") || name.endsWith(".figures.csv")) {
            return FIGURES;
        }
        if (name.equals("seats.csv") || name.endsWith(".seats.csv")) {
            return SEATS;
        }
        return null;
    }

    /** Returns the kind of fact a CSV file holds by its name, or null when the name says none. */
    static FactKind sectionOf(String fileName) {
        Layout layout = layoutOf(fileName);
        return layout == null ? null : layout.section();
    }

    static void read(String file, String text, DatasetLoader.EntryReader entries, Collector out) {
        Layout layout = layoutOf(file);
        if (layout == null) {
            out.problem(file, 0, "a CSV data file must be called figures.csv, seats.csv or end in .figures.csv or .seats.csv");
            out.unread().text(text);
            return;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').setTrim(true).get();
        try (Reader reader = new StringReader(text); CSVParser parser = parser(reader, format)) {
            if (parser == null) { // the first line is not a header: a column without a name, or one named twice
                out.problem(file, 1, "the first line must name each column once, as the header of " + layout.section()
                        + "; it has a column without a name or a name twice");
                out.unread().text(text);
                return;
            }
            if (!header(file, parser.getHeaderNames(), layout, out)) {
                out.unread().text(text);
                return;
            }
            for (CSVRecord row : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (!row.isConsistent()) {
                    out.problem(file, line, layout.section() + ": the row has " + row.size() + " cells, the header "
                            + parser.getHeaderNames().size());
                    out.unread().text(String.join(",", row.values()));
                    continue;
                }
                Entry entry = Entry.ofRow(row.toMap(), line);
                try {
                    layout.wholeNumbers().forEach(entry::optInt);
                } catch (BadInput e) {
                    out.refused(file, layout.section(), entry, e);
                    continue;
                }
                entries.read(file, layout.section(), entry, out);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            out.problem(file, 0, "not readable as CSV: " + e.getMessage());
            out.unread().text(text);
        }
    }

    /** Opens the parser, which reads the header line; null when that line cannot be a header. */
    private static CSVParser parser(Reader reader, CSVFormat format) throws IOException {
        try {
            return CSVParser.parse(reader, format);
        } catch (IllegalArgumentException e) { // commons-csv: a header name missing or repeated
            return null;
        }
    }

    private static boolean header(String file, List<String> header, Layout layout, Collector out) {
        Set<String> unknown = new LinkedHashSet<>(header);
        unknown.removeAll(layout.allowed());
        if (!unknown.isEmpty()) {
            out.problem(file, 1, "unknown column(s) " + unknown + "; allowed are " + layout.allowed());
        }
        Set<String> missing = new LinkedHashSet<>(layout.required());
        missing.removeAll(header);
        if (!missing.isEmpty()) {
            out.problem(file, 1, "missing column(s) " + missing);
        }
        return unknown.isEmpty() && missing.isEmpty();
    }
}
