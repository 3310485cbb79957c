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
     * @throws IllegalArgumentException naming the value that is not an id or a term; callers check what
     *     a person gave first ({@link #isId}, {@link #isTerm}), so this is a fault of the caller
     */
    public static List<List<String>> rows(ElectionReport report, String body, String term, String source) {
        requireId("body", body);
        if (!isTerm(term)) {
            throw new IllegalArgumentException("term must be written YYYY-YYYY, the first year before the second, got '" + term + "'");
        }
        requireId("source", sourceId(source));
        List<List<String>> rows = new ArrayList<>();
        for (ElectionReport.PartyLine p : report.seated()) {
            rows.add(List.of(body, term, p.party(), String.valueOf(p.total()), source, "derived"));
        }
        return rows;
    }

    /** Tells whether a text is an id as the data files write them: lower-case letters, digits, '.' and '-'. */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Tells whether a text is a term of office, {@code YYYY-YYYY} with the first year before the second. */
    public static boolean isTerm(String term) {
        java.util.regex.Matcher t = TERM.matcher(term == null ? "" : term);
        return t.matches() && Integer.parseInt(t.group(2)) > Integer.parseInt(t.group(1));
    }

    /** Returns the source's id: the text before {@code #where}, or null. */
    public static String sourceId(String source) {
        return source == null ? null : source.split("#", 2)[0];
    }

    private static void requireId(String what, String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException(what + " must be an id of lower-case letters, digits, '.' and '-', got '" + id + "'");
        }
    }
}
