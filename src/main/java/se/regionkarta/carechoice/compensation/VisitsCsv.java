package se.regionkarta.carechoice.compensation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.regionkarta.carechoice.compensation.model.VisitCount;
import se.regionkarta.fastcsv.FieldBytes;

/** Reads a visits file (docs/carechoice.md): visits per provider, day and kind of patient, counts only. */
public final class VisitsCsv {

    /** The visits file's header. */
    public static final String HEADER = "scheme,provider,date,patient,visits";

    private VisitsCsv() {
    }

    /** Reads the file, whose problems name it as its path is written. */
    public static List<VisitCount> read(Path file) throws IOException {
        return read(file, file.toString());
    }

    /**
     * Reads the file; every bad row is reported with its line.
     *
     * @param name the name of the input ({@code areas.csv}, a request's field), which every problem names
     */
    public static List<VisitCount> read(Path file, String name) throws IOException {
        List<VisitCount> visits = new ArrayList<>();
        Problems problems = new Problems();
        for (SmallCsv.Row row : SmallCsv.read(file, name, HEADER)) {
            try {
                LocalDate date = ProvidersCsv.date(row.get(2), "date");
                if (date == null || row.get(0).isEmpty() || row.get(1).isEmpty()) {
                    throw new IllegalArgumentException("scheme, provider and date are needed");
                }
                VisitCount.Patient patient = VisitCount.Patient.parse(row.get(3)).orElseThrow(() ->
                        new IllegalArgumentException("patient must be listed or other, got '" + row.get(3) + "'"));
                int n = FieldBytes.digits(row.get(4).getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, row.get(4).length(), 7);
                if (n < 1 || n > VisitCount.MAX_VISITS || !row.get(4).chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new IllegalArgumentException("visits must be a whole number from 1 to " + VisitCount.MAX_VISITS + ", got '"
                            + row.get(4) + "'");
                }
                visits.add(new VisitCount(row.get(0), row.get(1), date, patient, n));
            } catch (IllegalArgumentException e) {
                problems.add(row.line(), e.getMessage());
            }
        }
        Problems.throwIfAny(name, List.of(problems));
        return visits;
    }
}
