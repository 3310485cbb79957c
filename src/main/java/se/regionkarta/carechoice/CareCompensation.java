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
import se.regionkarta.carechoice.compensation.Compensator;
import se.regionkarta.carechoice.compensation.HomeAreas;
import se.regionkarta.carechoice.compensation.ModelFile;
import se.regionkarta.carechoice.compensation.Population;
import se.regionkarta.carechoice.compensation.ProvidersCsv;
import se.regionkarta.carechoice.compensation.VisitsCsv;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.compensation.model.Provider;
import se.regionkarta.carechoice.compensation.model.VisitCount;
import se.regionkarta.carechoice.compensation.model.WhatIf;
import se.regionkarta.carechoice.compensation.model.WhatIfResult;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

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

    /**
     * The most lines of each CSV input one request to the API takes (docs/security.md); the command
     * line takes any size. The body's 5 MB bounds them first in practice; these keep a request's work
     * bounded should that ever be raised.
     */
    public static final Map<String, Integer> MAX_LINES = Map.of("residents", 250_000, "listings", 500_000, "areas", 10_000,
            "providers", 10_000, "visits", 250_000);

    private CareCompensation() {
    }

    /** Returns the first input over its limit of lines for one request, if any. */
    public static java.util.Optional<se.regionkarta.input.Excess> excess(Map<String, byte[]> texts) {
        for (String name : INPUTS.subList(1, INPUTS.size())) {
            long lines = se.regionkarta.input.Excess.lines(texts.get(name));
            if (lines > MAX_LINES.get(name)) {
                return java.util.Optional.of(new se.regionkarta.input.Excess(name, "lines", MAX_LINES.get(name), lines,
                        "compensate"));
            }
        }
        return java.util.Optional.empty();
    }

    /** The result: the model read, the month settled and, when asked, the what-if answer (else null). */
    public record Report(CompensationModel model, Compensation compensation, WhatIfResult whatIf) {
    }

    /**
     * Settles the month.
     *
     * @param texts the inputs' bytes by name ({@link #INPUTS}); {@code model}, {@code residents} and
     *     {@code listings} are needed, the others may be absent
     * @param whatIf the what-if to answer, or null
     * @throws BadInput naming the input (its field: {@code model}, {@code listings}, …, {@code month},
     *     {@code whatIf}) and its lines when something cannot be read or settled
     */
    public static Report compensate(Map<String, byte[]> texts, YearMonth month, WhatIf whatIf) {
        CompensationModel model = ModelFile.read("model", texts.get("model"));
        Compensator.requirePayable(model, month, texts.get("areas") != null, "month", "areas");
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

    /** Settles from the temporary files, each read under the name of its input, which its problems name. */
    private static Report settle(Map<String, Path> files, CompensationModel model, YearMonth month, WhatIf whatIf)
            throws IOException {
        HomeAreas areas = files.containsKey("areas") ? HomeAreas.read(files.get("areas"), "areas") : null;
        List<Provider> providers = files.containsKey("providers") ? ProvidersCsv.read(files.get("providers"), "providers") : null;
        List<VisitCount> visits = files.containsKey("visits") ? VisitsCsv.read(files.get("visits"), "visits") : List.of();
        Population population = Population.read(files.get("residents"), "residents", areas, 1);
        Compensator engine = new Compensator(model, areas, providers, visits);
        try {
            if (whatIf == null) {
                return new Report(model, engine.settle(month, population, files.get("listings"), "listings", 1), null);
            }
            var loaded = engine.load(population, files.get("listings"), "listings", 1);
            Compensation settled = engine.settle(month, population, loaded, 1);
            return new Report(model, settled, engine.whatIf(month, population, loaded, whatIf, "whatIf", 1));
        } catch (ArithmeticException e) {
            // sums are exact 64-bit öre, and overflow only with amounts in the model no real scheme pays
            throw new BadInput(Problem.at("model", 0, "the amounts are too large to add up in öre"));
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
