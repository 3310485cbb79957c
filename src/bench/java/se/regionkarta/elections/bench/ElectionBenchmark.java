package se.regionkarta.elections.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import se.regionkarta.elections.model.ElectionInput;
import se.regionkarta.elections.model.ElectionResult;
import se.regionkarta.elections.model.RegionalElection;

/**
 * Issue 4's benchmark: allocating every seat of a 149-seat, 12-constituency region, and 10 000
 * what-if variations of it (each moving some votes between two parties in one constituency), by
 * {@link RegionalElection} (exact fractions, ties by lot, seat order, margins) and by the simple
 * double-arithmetic peer {@link SimpleAllocation}, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ElectionBenchmark {

    static final int VARIATIONS = 10_000;

    SyntheticRegion region;
    ElectionInput input;
    List<SyntheticRegion> whatIfs;
    List<ElectionInput> whatIfInputs;

    @Setup(Level.Trial)
    public void setUp() {
        region = SyntheticRegion.of(2026);
        input = region.input();
        SplittableRandom random = new SplittableRandom(4);
        whatIfs = new ArrayList<>(VARIATIONS);
        whatIfInputs = new ArrayList<>(VARIATIONS);
        for (int i = 0; i < VARIATIONS; i++) {
            SyntheticRegion r = region.moved(random);
            whatIfs.add(r);
            whatIfInputs.add(r.input());
        }
        int same = 0;
        for (int i = 0; i < VARIATIONS; i++) {
            same += sameTotals(RegionalElection.allocate(whatIfInputs.get(i), 1), SimpleAllocation.allocate(whatIfs.get(i))) ? 1 : 0;
        }
        System.out.println("peer agrees with the exact allocation on every party's total in " + same + " of " + VARIATIONS
                + " variations");
    }

    private boolean sameTotals(ElectionResult exact, int[] simple) {
        for (ElectionResult.PartyResult p : exact.parties()) {
            if (p.total() != simple[region.parties().indexOf(p.party())]) {
                return false;
            }
        }
        return true;
    }

    @Benchmark
    public ElectionResult allocateRegion() {
        return RegionalElection.allocate(input, 1);
    }

    @Benchmark
    public int[] allocateRegionPeer() {
        return SimpleAllocation.allocate(region);
    }

    @Benchmark
    public void whatIf10000(Blackhole bh) {
        for (ElectionInput in : whatIfInputs) {
            bh.consume(RegionalElection.allocate(in, 1));
        }
    }

    @Benchmark
    public void whatIf10000Peer(Blackhole bh) {
        for (SyntheticRegion r : whatIfs) {
            bh.consume(SimpleAllocation.allocate(r));
        }
    }
}
