package se.regionkarta.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.politics.model.SeatCount;

/** Reads the CSV data files: key figures and seats, one fact per row. */
final class CsvSections {

    static final Set<String> FIGURE_COLUMNS = Set.of("id", "unit", "metric", "value", "upper_value", "qualifier",
            "period", "as_of", "part_of", "category", "preferred", "reason", "note", "sources", "basis");
    static final Set<String> SEAT_COLUMNS = Set.of("body", "term", "party", "seats", "sources", "basis");

    private CsvSections() {
    }

    /** Returns the section a CSV file holds by its name, or null when the name says none. */
    static String sectionOf(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        if (name.equals("figures.csv") || name.endsWith(".figures.csv")) {
            return "figures";
        }
        if (name.equals("seats.csv") || name.endsWith(".seats.csv")) {
            return "seats";
        }
        return null;
    }

    static void read(String file, String text, Collector out) {
        String section = sectionOf(file);
        if (section == null) {
            out.problem(file, 0, "a CSV data file must be called figures.csv, seats.csv or end in .figures.csv or .seats.csv");
            return;
        }
        Set<String> allowed = section.equals("figures") ? FIGURE_COLUMNS : SEAT_COLUMNS;
        List<String> required = section.equals("figures") ? List.of("unit", "metric", "value", "sources")
                : List.of("body", "term", "party", "seats", "sources");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').setTrim(true).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            if (!header(file, parser.getHeaderNames(), allowed, required, out)) {
                return;
            }
            for (CSVRecord row : parser) {
                int line = (int) parser.getCurrentLineNumber();
                try {
                    if (!row.isConsistent()) {
                        throw new IllegalArgumentException("the row has " + row.size() + " cells, the header "
                                + parser.getHeaderNames().size());
                    }
                    readRow(section, file, line, new FieldSource.OfRow(row.toMap()), out);
                } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
                    out.problem(file, line, section + ": " + e.getMessage());
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            out.problem(file, 0, "not readable as CSV: " + e.getMessage());
        }
    }

    private static boolean header(String file, List<String> header, Set<String> allowed, List<String> required,
            Collector out) {
        Set<String> unknown = new LinkedHashSet<>(header);
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            out.problem(file, 1, "unknown column(s) " + unknown + "; allowed are " + allowed);
        }
        Set<String> missing = new LinkedHashSet<>(required);
        missing.removeAll(header);
        if (!missing.isEmpty()) {
            out.problem(file, 1, "missing column(s) " + missing);
        }
        return unknown.isEmpty() && missing.isEmpty();
    }

    private static void readRow(String section, String file, int line, FieldSource row, Collector out) {
        if (section.equals("figures")) {
            out.add(FactKind.FIGURE, Figures.read(row), file, line);
            return;
        }
        String seats = row.get("seats");
        if (seats == null || !seats.matches("\\d+")) {
            throw new IllegalArgumentException("'seats' must be a whole number, got '" + seats + "'");
        }
        if (row.sources().isEmpty()) {
            throw new IllegalArgumentException("the row cites no source ('sources' is empty)");
        }
        Map.Entry<String, String> key = Map.entry(row.get("body"), row.get("term"));
        out.add(FactKind.SEAT, new SeatCount(key.getKey(), key.getValue(), row.get("party"), Integer.parseInt(seats),
                row.sources()), file, line);
    }
}
