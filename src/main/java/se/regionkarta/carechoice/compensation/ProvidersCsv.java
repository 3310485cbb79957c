package se.regionkarta.carechoice.compensation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.regionkarta.carechoice.compensation.model.Provider;
import se.regionkarta.registry.model.Ownership;

/** Reads a providers file (docs/carechoice.md): each provider unit of a scheme and the days it is open. */
public final class ProvidersCsv {

    /** The providers file's header. */
    public static final String HEADER = "provider,scheme,ownership,valid_from,valid_until";

    private ProvidersCsv() {
    }

    /** Reads the file, whose problems name it as its path is written. */
    public static List<Provider> read(Path file) throws IOException {
        return read(file, file.toString());
    }

    /**
     * Reads the file; every bad row is reported with its line.
     *
     * @param name the name of the input ({@code areas.csv}, a request's field), which every problem names
     */
    public static List<Provider> read(Path file, String name) throws IOException {
        List<Provider> providers = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        Problems problems = new Problems();
        for (SmallCsv.Row row : SmallCsv.read(file, name, HEADER)) {
            try {
                Provider p = provider(row);
                Long earlier = seen.putIfAbsent(p.scheme() + "\u0000" + p.id(), row.line());
                if (earlier != null) {
                    problems.add(row.line(), "provider '" + p.id() + "' of scheme '" + p.scheme() + "' is given twice (first on line "
                            + earlier + ")");
                } else {
                    providers.add(p);
                }
            } catch (IllegalArgumentException e) {
                problems.add(row.line(), e.getMessage());
            }
        }
        Problems.throwIfAny(name, List.of(problems));
        return providers;
    }

    private static Provider provider(SmallCsv.Row row) {
        if (row.get(0).isEmpty() || row.get(1).isEmpty()) {
            throw new IllegalArgumentException("provider and scheme are needed");
        }
        return new Provider(row.get(0), row.get(1), ownership(row.get(2)), date(row.get(3), "valid_from"),
                date(row.get(4), "valid_until"));
    }

    /** Reads {@code region-run}, {@code private}, {@code joint} or {@code other-region}; empty is unknown. */
    static Ownership ownership(String text) {
        if (text.isEmpty()) {
            return null;
        }
        for (Ownership o : Ownership.values()) {
            if (code(o).equals(text)) {
                return o;
            }
        }
        throw new IllegalArgumentException("ownership must be region-run, private, joint or other-region (or empty), got '" + text + "'");
    }

    /** Returns how a file writes the ownership: {@code region-run}, {@code private}, … */
    public static String code(Ownership ownership) {
        return ownership == null ? "" : ownership.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static LocalDate date(String text, String column) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.length() != 10) {
                throw new DateTimeParseException("length", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " must be a day written YYYY-MM-DD, got '" + text + "'");
        }
    }
}
