package se.regionkarta.elections;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an election's result into rows of the registry's {@code seats.csv} (docs/data-format.md,
 * section seats), so that an editor can store the computed seats as an assembly's seats for a
 * term, citing the votes as their source. The basis is {@code derived}: the seats are computed
 * from what the source states.
 */
public final class RegistrySeats {

    /** The header of a seats file. */
    public static final List<String> HEADER = List.of("body", "term", "party", "seats", "sources", "basis");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern TERM = Pattern.compile("(\\d{4})-(\\d{4})");

    private RegistrySeats() {
    }

    /**
     * Returns the rows: one per party with seats, most votes first.
     *
     * @param source a source id, optionally with {@code #where} in the source
     * @throws IllegalArgumentException naming the value that is not an id or a term
     */
    public static List<List<String>> rows(ElectionReport report, String body, String term, String source) {
        requireId("body", body);
        java.util.regex.Matcher t = TERM.matcher(term == null ? "" : term);
        if (!t.matches() || Integer.parseInt(t.group(2)) <= Integer.parseInt(t.group(1))) {
            throw new IllegalArgumentException("term must be written YYYY-YYYY, the first year before the second, got '" + term + "'");
        }
        String sourceId = source == null ? null : source.split("#", 2)[0];
        requireId("source", sourceId);
        List<List<String>> rows = new ArrayList<>();
        for (ElectionReport.PartyLine p : report.seated()) {
            rows.add(List.of(body, term, p.party(), String.valueOf(p.total()), source, "derived"));
        }
        return rows;
    }

    private static void requireId(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " must be an id of lower-case letters, digits, '.' and '-', got '" + id + "'");
        }
    }
}
