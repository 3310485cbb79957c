package se.regionkarta.carechoice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.regionkarta.carechoice.compensation.Compensation;
import se.regionkarta.carechoice.compensation.CompensationInputException;
import se.regionkarta.carechoice.compensation.Compensator;
import se.regionkarta.carechoice.compensation.HomeAreas;
import se.regionkarta.carechoice.compensation.ModelFile;
import se.regionkarta.carechoice.compensation.Population;
import se.regionkarta.carechoice.compensation.Problem;
import se.regionkarta.carechoice.compensation.ProvidersCsv;
import se.regionkarta.carechoice.compensation.VisitsCsv;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.compensation.model.ModelVersion;
import se.regionkarta.carechoice.compensation.model.Provider;
import se.regionkarta.carechoice.compensation.model.VisitCount;
import se.regionkarta.carechoice.compensation.model.WhatIf;
import se.regionkarta.carechoice.compensation.model.WhatIfResult;

/**
 * Settles a month of a care-choice scheme from the texts of its input files rather than from files
 * (docs/carechoice.md): what the API's {@code POST /api/v1/compensations} does, with the engine and
 * readers of the {@code compensate} command. The engine reads files through a {@code FileChannel}, so
 * the texts are written to a temporary directory and settled from there; a request holds at most a
 * few megabytes, and one engine for every way in keeps the answers identical to the öre.
 */
public final class CareCompensation {

    /** The inputs by name, as the request calls them: {@code model} and the CSV files. */
    public static final List<String> INPUTS = List.of("model", "residents", "listings", "areas", "providers", "visits");

    private CareCompensation() {
    }

    /** The result: the model read, the month settled and, when asked, the what-if answer (else null). */
    public record Report(CompensationModel model, Compensation compensation, WhatIfResult whatIf) {
    }

    /**
     * Input that cannot be settled: the input it is in ({@code model}, {@code listings}, …, or
     * {@code month} / {@code whatIf}), its first problems with their lines, and how many there were.
     */
    public static final class BadInput extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String input;
        private final transient List<Problem> problems;
        private final long count;

        BadInput(String input, List<Problem> problems, long count) {
            super(input + ": " + problems);
            this.input = input;
            this.problems = List.copyOf(problems);
            this.count = count;
        }

        BadInput(String input, String message) {
            this(input, List.of(new Problem(0, message)), 1);
        }

        public String input() {
            return input;
        }

        public List<Problem> problems() {
            return problems;
        }

        public long count() {
            return count;
        }
    }

    /**
     * Settles the month.
     *
     * @param texts the inputs' bytes by name ({@link #INPUTS}); {@code model}, {@code residents} and
     *     {@code listings} are needed, the others may be absent
     * @param whatIf the what-if to answer, or null
     * @throws BadInput naming the input and its lines when something cannot be read or settled
     */
    public static Report compensate(Map<String, byte[]> texts, YearMonth month, WhatIf whatIf) {
        CompensationModel model = read("model", () -> ModelFile.read("model", texts.get("model")));
        ModelVersion version = model.versionFor(month).orElseThrow(() -> new BadInput("month",
                "the model " + model.id() + " has no version for " + month));
        if (version.careNeedWeighted() && texts.get("areas") == null) {
            throw new BadInput("areas", "is needed: the model's version from " + version.validFrom()
                    + " weights capitation by the home area's care need index");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("regionkarta-compensation-");
            Map<String, Path> files = new LinkedHashMap<>();
            for (String name : INPUTS.subList(1, INPUTS.size())) {
                if (texts.get(name) != null) {
                    files.put(name, Files.write(dir.resolve(name + ".csv"), texts.get(name)));
                }
            }
            return settle(files, model, month, whatIf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static Report settle(Map<String, Path> files, CompensationModel model, YearMonth month, WhatIf whatIf)
            throws IOException {
        HomeAreas areas = files.containsKey("areas") ? read(files, () -> HomeAreas.read(files.get("areas"))) : null;
        List<Provider> providers = files.containsKey("providers") ? read(files, () -> ProvidersCsv.read(files.get("providers"))) : null;
        List<VisitCount> visits = files.containsKey("visits") ? read(files, () -> VisitsCsv.read(files.get("visits"))) : List.of();
        Population population = read(files, () -> Population.read(files.get("residents"), areas, 1));
        Compensator engine = new Compensator(model, areas, providers, visits);
        try {
            if (whatIf == null) {
                return new Report(model, read(files, () -> engine.settle(month, population, files.get("listings"), 1)), null);
            }
            var loaded = read(files, () -> engine.load(population, files.get("listings"), 1));
            Compensation settled = engine.settle(month, population, loaded, 1);
            try {
                return new Report(model, settled, engine.whatIf(month, population, loaded, whatIf, 1));
            } catch (IllegalArgumentException e) {
                throw new BadInput("whatIf", e.getMessage());
            }
        } catch (ArithmeticException e) {
            throw new BadInput("model", "the amounts are too large to add up in öre");
        }
    }

    /** Something read from the inputs. */
    private interface Reading<T> {
        T read() throws IOException;
    }

    private static <T> T read(String input, Reading<T> reading) {
        try {
            return reading.read();
        } catch (CompensationInputException e) {
            throw new BadInput(input, e.problems(), e.count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads from the temporary files, naming a problem's input by the file it is in. */
    private static <T> T read(Map<String, Path> files, Reading<T> reading) throws IOException {
        try {
            return reading.read();
        } catch (CompensationInputException e) {
            String input = files.entrySet().stream().filter(f -> f.getValue().toString().equals(e.file()))
                    .map(Map.Entry::getKey).findFirst().orElse("listings");
            throw new BadInput(input, e.problems(), e.count());
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
