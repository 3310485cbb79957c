package se.regionkarta.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import se.regionkarta.SectionReaders;
import se.regionkarta.dataset.LoadResult;
import se.regionkarta.export.JsonExport;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.store.ClosingRefused;
import se.regionkarta.store.Store;
import se.regionkarta.store.StoreConfig;
import se.regionkarta.web.TestServer;

/**
 * Issue 13, item 3, fuzzing the data-file loader: the bundled data directory with one to three of
 * its files corrupted (bytes flipped, cut short, garbage and NUL bytes, lines doubled or dropped,
 * columns swapped, ids duplicated, impossible dates, huge numbers, other encodings, unknown keys,
 * deep nesting, a megabyte line). Reading it (what {@code validate} does) either accepts it or
 * refuses it with problems that each name a file, at least one also a line — never another
 * exception; and a load into a store that is refused leaves the store exactly as it was.
 */
class DataFileFuzzTest {

    static final int TRIES = 80; // × reliability.scale, see the property
    static final String[] MUTATIONS = {"flip", "truncate", "garbage", "duplicate-line", "drop-line", "swap-columns",
        "bad-date", "huge-number", "latin-1", "utf-16", "unknown-key", "duplicate-id", "deep-nesting", "long-line", "empty"};

    static Map<String, byte[]> bundled;
    static List<String> names;
    static Path work;
    static Store store;
    static final AtomicInteger TRIED = new AtomicInteger();
    static final AtomicInteger ACCEPTED = new AtomicInteger();
    static final AtomicInteger REFUSED = new AtomicInteger();
    static final AtomicInteger LOADED = new AtomicInteger();
    static final AtomicInteger LOAD_REFUSED = new AtomicInteger();
    static final AtomicInteger WITHOUT_LINE = new AtomicInteger();

    @BeforeContainer
    static void setUp() throws IOException {
        Path data = DataDirs.bundled();
        names = DataDirs.files(data);
        bundled = new LinkedHashMap<>();
        for (String n : names) {
            bundled.put(n, Files.readAllBytes(data.resolve(n)));
        }
        work = Files.createTempDirectory("reliability-data");
        store = Store.open(StoreConfig.embedded(work.resolve("store")), TestServer.CLOCK, SectionReaders.loader());
        store.sync(TestServer.BUNDLED, "regionkarta", "bundled data set");
        Figures.resetPeakHeap();
    }

    @AfterContainer
    static void tearDown() throws IOException {
        store.close();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("directoriesTried", TRIED.get());
        figures.put("accepted", ACCEPTED.get());
        figures.put("refusedWithProblems", REFUSED.get());
        figures.put("refusalsWithoutAnyLine", WITHOUT_LINE.get());
        figures.put("loadedIntoStore", LOADED.get());
        figures.put("loadsRefusedStoreUnchanged", LOAD_REFUSED.get());
        figures.put("peakHeapMiB", Figures.peakHeapMiB());
        figures.put("maxHeapMiB", Figures.maxHeapMiB());
        Figures.record("fuzz-data-files", figures);
        try (var walk = Files.walk(work)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Example
    @Label("a valid directory whose load would end too many facts is refused, and the store is exactly as before")
    void refusedLoad() throws IOException {
        Path dir = work.resolve("without-figures");
        DataDirs.copy(DataDirs.bundled(), dir);
        Files.delete(dir.resolve("regions/kalmar/kalmar.figures.csv"));
        LoadResult result = SectionReaders.loader().load(dir);
        assertThat(result.problems()).isEmpty();
        String before = fingerprint();
        try {
            store.load(result.dataset(), result::fileOf, "fuzz", dir.toString(), false);
            fail("a load ending every key figure of Kalmar was taken");
        } catch (ClosingRefused e) {
            LOAD_REFUSED.incrementAndGet();
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Property(seed = Figures.SEED, tries = TRIES, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    @Label("a corrupted data directory is accepted or refused with problems at a file and line; a refused load changes nothing")
    void corrupted(@ForAll @IntRange(min = 1, max = 3) int count, @ForAll long seed) throws IOException {
        // -Dreliability.scale=N runs N times as many directories: each try then corrupts N directories
        for (int round = 0; round < Figures.scale(); round++) {
            tryOne(count, seed + round);
        }
    }

    private void tryOne(int count, long seed) throws IOException {
        Random random = new Random(seed);
        Map<String, byte[]> files = new LinkedHashMap<>(bundled);
        StringBuilder what = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(MUTATIONS.length + 1) == 0) {
                files.remove(name); // a whole file gone: its facts would end, which a load refuses beyond a limit
                what.append("removal of ").append(name).append("; ");
                continue;
            }
            String mutation = MUTATIONS[random.nextInt(MUTATIONS.length)];
            files.computeIfPresent(name, (n, bytes) -> Mutations.apply(mutation, bytes, n.endsWith(".csv"), random));
            what.append(mutation).append(" of ").append(name).append("; ");
        }
        Path dir = work.resolve("data-" + TRIED.incrementAndGet());
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        try {
            LoadResult result;
            try {
                result = SectionReaders.loader().load(dir);
            } catch (BadInput e) {
                result = new LoadResult(null, e.problems(), 0, Map.of());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                fail("reading the data directory (" + what + ") threw " + e, e);
                return;
            }
            if (!result.problems().isEmpty()) {
                REFUSED.incrementAndGet();
                assertThat(result.problems()).as(what.toString()).allSatisfy(p -> assertThat(p.file()).as(p.toString()).isNotBlank());
                if (result.problems().stream().noneMatch(p -> p.line() > 0)) {
                    WITHOUT_LINE.incrementAndGet();
                    // only a problem with a file as a whole has no line: its encoding, or the file being empty
                    assertThat(result.problems()).as(what.toString()).allSatisfy(DataFileFuzzTest::wholeFile);
                }
                return;
            }
            ACCEPTED.incrementAndGet();
            String before = fingerprint();
            try {
                store.load(result.dataset(), result::fileOf, "fuzz", dir.toString(), false);
                LOADED.incrementAndGet();
            } catch (ClosingRefused | BadInput e) {
                LOAD_REFUSED.incrementAndGet();
                assertThat(fingerprint()).as("a refused load (%s) changed the store", what).isEqualTo(before);
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static boolean wholeFile(Problem p) {
        String m = p.message().toLowerCase(java.util.Locale.ROOT);
        return m.contains("utf-8") || m.contains("empty") || m.contains("encod") || m.contains("no data") || m.contains("bom");
    }

    /** The store as a whole: its change log's length and last number, and a hash of its JSON export. */
    static String fingerprint() {
        StringWriter out = new StringWriter();
        try {
            new JsonExport().write(new Snapshot(store.read()), out);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(out.toString().getBytes(StandardCharsets.UTF_8));
            return store.changeCount() + "/" + store.generation() + "/" + HexFormat.of().formatHex(hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
