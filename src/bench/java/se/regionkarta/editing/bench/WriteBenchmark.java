package se.regionkarta.editing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import se.regionkarta.App;
import se.regionkarta.SectionReaders;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.store.Edit;
import se.regionkarta.store.Store;
import se.regionkarta.store.StoreConfig;
import se.regionkarta.store.Why;
import se.regionkarta.web.LiveRegistry;

/**
 * Issue 12: what changing one fact costs the server, besides HTTP, on the bundled registry in an
 * embedded store. An edit (one version-checked write, then the instance serves it) is compared with
 * the way a fact was changed before editing existed: loading the whole data set with that one fact
 * changed. Both end with the registry served again; {@code refresh} alone is what every other
 * instance pays when it sees the change. docs/benchmarks.md gives the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WriteBenchmark {

    private static final String UNIT = "kalmar.hsf";

    Path home;
    Store store;
    LiveRegistry live;
    Dataset bundled;
    Unit unit;
    int round;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        home = Files.createTempDirectory("regionkarta-bench");
        Clock clock = Clock.system(App.SWEDEN);
        store = Store.open(StoreConfig.embedded(home), clock, SectionReaders.loader());
        bundled = SectionReaders.loader().loadBundled().dataset();
        store.sync(bundled, "bench", "bundled data set");
        live = new LiveRegistry(store, clock);
        unit = bundled.all(Unit.class).stream().filter(u -> u.id().equals(UNIT)).findFirst().orElseThrow();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        store.close();
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The unit with another English name each time, so that every write changes it. */
    private Unit next() {
        round++;
        return new Unit(unit.id(), unit.name(), "Health care " + round, unit.formerNames(), unit.kind(), unit.parents(),
                unit.validity(), unit.ownership(), unit.location(), unit.identifiers(), unit.description(),
                unit.descriptionEn(), unit.note(), unit.sources());
    }

    /** An edit: one fact written, checked by the rules, then served by this instance. */
    @Benchmark
    public long edit() {
        Unit changed = next();
        var written = store.write(List.of(Edit.put(changed, store.version(FactKind.UNIT, UNIT))),
                new Why("bench", "kalmar-deck", null, null));
        live.refresh();
        live.current().search(); // the whole rebuild, search index included
        return written.generation();
    }

    /** The peer: the whole data set loaded with that one fact changed, then served. */
    @Benchmark
    public long load() {
        Unit changed = next();
        Dataset dataset = bundled.with(Unit.class, bundled.all(Unit.class).stream().map(u -> u.id().equals(UNIT) ? changed : u).toList());
        store.sync(dataset, "bench", "bench data set");
        live.refresh();
        live.current().search();
        return store.generation();
    }

    /** What another instance pays when it sees a change: read the store and build the snapshot to serve. */
    @Benchmark
    public Object refresh() {
        live.publish(store.contents());
        return live.current().search();
    }
}
