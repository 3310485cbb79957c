package se.regionkarta.history.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import se.regionkarta.history.SyntheticHistory;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/**
 * Issue 5's acceptance: reads as of a day five years back against the same reads today, on a
 * made-up registry of about 100 000 units with ten years of changes ({@link SyntheticHistory}, checked
 * valid by {@code SyntheticHistoryTest}). The day is a parameter, so JMH runs each read for both days
 * in the same run; docs/benchmarks.md gives the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AsOfBenchmark {

    /** Changes on the first day of each month: about 20 000 events over the ten years. */
    public static final int EVENTS_PER_MONTH = 170;

    /** Today (after the last change) and five years before. */
    @Param({"2026-01-15", "2021-01-15"})
    public String day;

    Snapshot snapshot;
    SyntheticHistory.Result history;
    LocalDate on;

    @Setup(Level.Trial)
    public void setUp() {
        history = SyntheticHistory.generate(SyntheticHistory.SEED, EVENTS_PER_MONTH);
        snapshot = new Snapshot(history.dataset());
        on = LocalDate.parse(day);
        System.out.println(history.dataset().all(Unit.class).size() + " units, " + history.eventCount() + " events; "
                + history.largestRegion() + " has " + snapshot.subtree(history.largestRegion(), on).size() + " units on " + on);
    }

    /** The organisation tree of the largest region (about 15 000 units), depth first in tree order. */
    @Benchmark
    public List<Unit> regionTree() {
        return snapshot.subtree(history.largestRegion(), on);
    }

    /** What a unit's page needs from the tree: its ancestry, its children and its key figures (a division). */
    @Benchmark
    public void unitPage(Blackhole bh) {
        bh.consume(snapshot.ancestry(history.division(), on));
        bh.consume(snapshot.children(history.division(), on));
        bh.consume(se.regionkarta.figures.FigureQueries.of(snapshot).of(history.division(), on));
    }

    /** The same for a section, whose units are formed, closed, moved, renamed and merged over the years. */
    @Benchmark
    public void sectionPage(Blackhole bh) {
        bh.consume(snapshot.ancestry(history.section(), on));
        bh.consume(snapshot.children(history.section(), on));
        bh.consume(se.regionkarta.figures.FigureQueries.of(snapshot).of(history.section(), on));
    }
}
