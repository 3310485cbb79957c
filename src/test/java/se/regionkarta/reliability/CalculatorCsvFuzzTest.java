package se.regionkarta.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import se.regionkarta.carechoice.compensation.Compensator;
import se.regionkarta.carechoice.compensation.HomeAreas;
import se.regionkarta.carechoice.compensation.ModelFile;
import se.regionkarta.carechoice.compensation.Population;
import se.regionkarta.carechoice.compensation.ProvidersCsv;
import se.regionkarta.carechoice.compensation.VisitsCsv;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.cooperation.settlement.PricesCsv;
import se.regionkarta.cooperation.settlement.Settler;
import se.regionkarta.cooperation.settlement.model.PriceLists;
import se.regionkarta.elections.Elections;
import se.regionkarta.elections.GroupsCsv;
import se.regionkarta.elections.VotesCsv;
import se.regionkarta.input.BadInput;

/**
 * Issue 13, item 3, fuzzing the calculators' CSV readers: the votes and groups of the elections,
 * the settlement's events and prices, and care choice's residents, listings, providers, visits and
 * home areas. Each starts from a valid example (which the engine takes: {@link #examplesAreValid})
 * corrupted as the data files are ({@link Mutations}), or is random bytes; the reader and its
 * engine give a result or {@link BadInput} with problems, never another exception, and never run
 * out of stack or heap.
 */
class CalculatorCsvFuzzTest {

    static final int TRIES = 400; // per reader kind, × reliability.scale
    static final String[] MUTATIONS = {"flip", "truncate", "garbage", "duplicate-line", "drop-line", "swap-columns",
        "bad-date", "huge-number", "latin-1", "utf-16", "unknown-key", "duplicate-id", "deep-nesting", "long-line", "empty"};
    static final String SCHEME = "example.vardval";

    static final Map<String, byte[]> EXAMPLES = new LinkedHashMap<>();
    static final Map<String, AtomicInteger> TRIED = new ConcurrentHashMap<>();
    static final AtomicInteger REFUSED = new AtomicInteger();
    static final AtomicInteger ANSWERED = new AtomicInteger();
    static Path dir;
    static CompensationModel model;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("reliability-csv");
        EXAMPLES.put("votes.csv", resource("/elections/2022-ostergotland-votes.csv"));
        EXAMPLES.put("groups.csv", resource("/elections/committee-example.csv"));
        EXAMPLES.put("prices.csv", resource("/settlement/example-prices.csv"));
        EXAMPLES.put("events.csv", resource("/settlement/example-events.csv"));
        EXAMPLES.put("residents.csv", bytes("resident,birth_year,sex,home_area\n1,1980,F,A1\n2,2015,M,A2\n3,1950,F,A1\n4,1990,M,A2\n"));
        EXAMPLES.put("areas.csv", bytes("area,care_need_index\nA1,1.05\nA2,0.95\n"));
        EXAMPLES.put("listings.csv", bytes("resident,scheme,provider,from,until\n1," + SCHEME + ",p1,2024-01-01,\n2," + SCHEME
                + ",p2,2024-03-01,2025-06-30\n3," + SCHEME + ",p1,2025-01-01,\n4," + SCHEME + ",p2,2023-05-01,\n"));
        EXAMPLES.put("providers.csv", bytes("provider,scheme,ownership,valid_from,valid_until\np1," + SCHEME + ",private,2020-01-01,\np2,"
                + SCHEME + ",region-run,2020-01-01,\n"));
        EXAMPLES.put("visits.csv", bytes("scheme,provider,date,patient,visits\n" + SCHEME + ",p1,2025-01-15,listed,2\n" + SCHEME
                + ",p2,2025-01-20,other,1\n"));
        model = ModelFile.read("illustrative-model.yaml", resource("/carechoice/illustrative-model.yaml"));
        Figures.resetPeakHeap();
    }

    @AfterContainer
    static void tearDown() throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>();
        int all = TRIED.values().stream().mapToInt(AtomicInteger::get).sum();
        figures.put("inputsTried", all);
        TRIED.forEach((k, v) -> figures.put("tried." + k, v.get()));
        figures.put("answered", ANSWERED.get());
        figures.put("refusedWithProblems", REFUSED.get());
        figures.put("peakHeapMiB", Figures.peakHeapMiB());
        figures.put("maxHeapMiB", Figures.maxHeapMiB());
        Figures.record("fuzz-calculator-csv", figures);
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Example
    @Label("the examples the fuzzing starts from are taken by their engines")
    void examplesAreValid() throws IOException {
        for (String file : EXAMPLES.keySet()) {
            assertThat(run(file, EXAMPLES.get(file), 101)).as(file).isNotInstanceOf(BadInput.class);
        }
    }

    @Property(seed = Figures.SEED, tries = TRIES, shrinking = ShrinkingMode.OFF)
    @Label("a corrupted example or random bytes as any calculator's CSV: a result or bad input, nothing else")
    void corrupted(@ForAll @IntRange(min = 0, max = 8) int which, @ForAll @IntRange(min = 0, max = 3) int mutations,
            @ForAll @IntRange(min = 1, max = 400) int seats, @ForAll long seed) throws IOException {
        for (int round = 0; round < Figures.scale(); round++) {
            Random random = new Random(seed + round);
            String file = List.copyOf(EXAMPLES.keySet()).get(which);
            byte[] bytes = EXAMPLES.get(file);
            if (mutations == 0) {
                bytes = new byte[random.nextInt(2048)];
                random.nextBytes(bytes);
            }
            for (int i = 0; i < mutations; i++) {
                bytes = Mutations.apply(MUTATIONS[random.nextInt(MUTATIONS.length)], bytes, true, random);
            }
            TRIED.computeIfAbsent(file, f -> new AtomicInteger()).incrementAndGet();
            Object r;
            try {
                r = run(file, bytes, seats);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError | IOException e) {
                fail(file + " (" + bytes.length + " bytes, seed " + (seed + round) + ") threw " + e, e);
                return;
            }
            if (r instanceof BadInput b) {
                REFUSED.incrementAndGet();
                assertThat(b.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).isNotBlank());
            } else {
                ANSWERED.incrementAndGet();
            }
        }
    }

    /** Runs the engine that reads the file, the other files being the valid examples; returns its result or its refusal. */
    private static Object run(String file, byte[] bytes, int seats) throws IOException {
        Map<String, byte[]> inputs = new LinkedHashMap<>(EXAMPLES);
        inputs.put(file, bytes);
        try {
            switch (file) {
                case "votes.csv" -> {
                    return Elections.allocateSeats(VotesCsv.read(bytes, file), seats < 40 ? seats : 90 + seats % 40, null, null, 1);
                }
                case "groups.csv" -> {
                    return Elections.fillCommittee(GroupsCsv.read(bytes, file), Math.min(seats, 60), 1, 10);
                }
                case "prices.csv", "events.csv" -> {
                    PriceLists prices = PricesCsv.read(inputs.get("prices.csv"), "prices.csv");
                    return new Settler(List.of("kalmar", "ostergotland", "jonkoping"), prices, 100)
                            .settle(write("events.csv", inputs.get("events.csv")), "events.csv", null, 2);
                }
                default -> {
                    HomeAreas areas = HomeAreas.read(write("areas.csv", inputs.get("areas.csv")), "areas.csv");
                    Population population = Population.read(write("residents.csv", inputs.get("residents.csv")), "residents.csv",
                            areas, 2);
                    Compensator c = new Compensator(model, areas, ProvidersCsv.read(write("providers.csv", inputs.get("providers.csv")),
                            "providers.csv"), VisitsCsv.read(write("visits.csv", inputs.get("visits.csv")), "visits.csv"));
                    return c.settle(YearMonth.of(2025, 1), population, write("listings.csv", inputs.get("listings.csv")), "listings.csv", 2);
                }
            }
        } catch (BadInput e) {
            return e;
        }
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(Thread.currentThread().getId() + "-" + name);
        Files.write(p, bytes);
        return p;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = CalculatorCsvFuzzTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
