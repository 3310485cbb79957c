package se.regionkarta.carechoice.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.regionkarta.App;
import se.regionkarta.bench.Reference;
import se.regionkarta.carechoice.compensation.Compensation;
import se.regionkarta.carechoice.compensation.Compensator;
import se.regionkarta.carechoice.compensation.HomeAreas;
import se.regionkarta.carechoice.compensation.ModelFile;
import se.regionkarta.carechoice.compensation.Population;
import se.regionkarta.carechoice.compensation.ProvidersCsv;
import se.regionkarta.carechoice.compensation.model.MonthSettlement;
import se.regionkarta.carechoice.compensation.model.ProviderPayment;

/**
 * The benchmark's input: a county from {@code generate-population} (seed 1, year 2025) in
 * {@code target/bench/carechoice/}, and the reference amounts of the month settled, per provider,
 * made by regionkarta's streaming engine. Both are made by a separate JVM ({@link #main}) when
 * missing, so that making them leaves no trace in the peak memory of the benchmark's processes.
 */
final class CompensationInput {

    static final Path DIR = Path.of("target", "bench", "carechoice");
    static final YearMonth MONTH = YearMonth.of(2025, 3);
    /** Holds results against the amounts our streaming engine wrote when the input was made, provider by provider. */
    static final Reference REFERENCE = new Reference(DIR, false, "the reference",
            "amounts identical to the öre for all %d providers (total %d öre)");

    final Path dir;
    final Path residents;
    final Path listings;
    final Path areas;
    final Path providers;
    final Path model;
    final Path reference;

    CompensationInput(int residentCount, long changes) {
        dir = DIR.resolve(residentCount + "-" + changes);
        residents = dir.resolve("residents.csv");
        listings = dir.resolve("listings.csv");
        areas = dir.resolve("areas.csv");
        providers = dir.resolve("providers.csv");
        model = dir.resolve("model.yaml");
        reference = dir.resolve("reference-" + MONTH + ".txt");
    }

    /** Makes the files and the reference if they are missing, in a child JVM on the same class path. */
    CompensationInput ensure(int residentCount, long changes) throws IOException, InterruptedException {
        if (Files.exists(reference)) {
            return this;
        }
        Files.createDirectories(dir);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), CompensationInput.class.getName(), Integer.toString(residentCount),
                Long.toString(changes)).inheritIO().start();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("making the benchmark input failed");
        }
        return this;
    }

    /** Settles the month from the files, end to end: what both engines' results are held against, and the end-to-end measure. */
    Compensation settle(int threads) throws IOException {
        HomeAreas homeAreas = HomeAreas.read(areas);
        Compensator engine = new Compensator(ModelFile.read(model), homeAreas, ProvidersCsv.read(providers), List.of());
        Population population = Population.read(residents, homeAreas, threads);
        return engine.settle(MONTH, population, listings, threads);
    }

    /** Returns the amounts per provider in öre. */
    static Map<String, Long> amounts(MonthSettlement settlement) {
        Map<String, Long> amounts = new TreeMap<>();
        for (ProviderPayment p : settlement.providers()) {
            amounts.put(p.provider(), p.amountOre());
        }
        return amounts;
    }

    Map<String, Long> reference() throws IOException {
        Map<String, Long> amounts = new TreeMap<>();
        for (String line : Files.readAllLines(reference, StandardCharsets.UTF_8)) {
            String[] f = line.split(" ");
            amounts.put(f[0], Long.parseLong(f[1]));
        }
        return amounts;
    }

    /** Writes the county and the reference amounts for {@code args[0]} residents and {@code args[1]} changes. */
    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        long changes = Long.parseLong(args[1]);
        CompensationInput input = new CompensationInput(count, changes);
        int code = App.commandLine().execute("generate-population", "--residents", args[0], "--changes", args[1], "--year", "2025",
                "--seed", "1", "--out", input.dir.toString());
        if (code != 0) {
            System.exit(code);
        }
        List<String> lines = new ArrayList<>();
        amounts(input.settle(2).settlement()).forEach((p, ore) -> lines.add(p + " " + ore));
        Files.write(input.reference, lines, StandardCharsets.UTF_8);
    }
}
