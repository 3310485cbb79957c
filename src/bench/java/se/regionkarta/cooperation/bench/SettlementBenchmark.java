package se.regionkarta.cooperation.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.regionkarta.cooperation.settlement.Settler;
import se.regionkarta.cooperation.settlement.model.Settlement;

/**
 * Issue 6's benchmark: settling 10 million generated care events (docs/settlement.md) by
 * regionkarta's engine and by DuckDB, in the same run, on 2 threads each:
 * <ul>
 *   <li><b>in memory</b>: our engine over events already read into its columns, against DuckDB over
 *   a table already loaded (with ENUM columns, its best layout, and with plain VARCHAR columns);</li>
 *   <li><b>end to end</b>: our reader and engine over the CSV file, against DuckDB's {@code read_csv}
 *   and the same query.</li>
 * </ul>
 * JMH runs each benchmark in its own JVM (heap at most 512 MB), so each process's peak memory is that
 * benchmark's alone; it is printed when the benchmark ends (and kept in
 * {@code target/bench/settlement/memory.txt}). Every fork first settles the file with our
 * streaming engine and, at the end, requires its own result to equal it on every pair of regions
 * and month, to the öre; a difference stops the run.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class SettlementBenchmark {

    /** The input files and the reference totals. */
    @State(Scope.Benchmark)
    public static class Input {
        @Param("10000000")
        public long events;

        SettlementInput files;
        Settler settler;
        Map<String, Long> reference;

        @Setup(Level.Trial)
        public void prepare() throws IOException, InterruptedException {
            files = new SettlementInput(events).ensure(events);
            settler = new Settler(files.regionIds(), files.priceLists(), 20);
            reference = Totals.of(settler.settle(files.events, null, 2));
        }
    }

    /** Our engine's input already in memory. */
    @State(Scope.Benchmark)
    public static class OursLoaded {
        Settler.Loaded loaded;
        Settlement last;

        @Setup(Level.Trial)
        public void load(Input input) throws IOException {
            loaded = input.settler.load(input.files.events, null, 2);
        }

        @TearDown(Level.Trial)
        public void check(Input input) throws IOException {
            Totals.REFERENCE.finish(input.reference, Totals.of(last), "regionkarta, in memory",
                    ", " + loaded.events() + " events held");
        }
    }

    /** Our engine's result when reading the file. */
    @State(Scope.Benchmark)
    public static class OursFile {
        Settlement last;

        @TearDown(Level.Trial)
        public void check(Input input) throws IOException {
            Totals.REFERENCE.finish(input.reference, Totals.of(last), "regionkarta, end to end", "");
        }
    }

    /** DuckDB with the events in a table of ENUM columns. */
    @State(Scope.Benchmark)
    public static class DuckEnums {
        DuckDbPeer peer;
        Map<String, Long> last;

        @Setup(Level.Trial)
        public void load(Input input) throws SQLException {
            peer = new DuckDbPeer(input.files.prices);
            peer.loadEnums(input.files.events);
        }

        @TearDown(Level.Trial)
        public void check(Input input) throws SQLException, IOException {
            Totals.REFERENCE.finish(input.reference, last, "DuckDB, in memory (ENUM columns)", peer.db());
        }
    }

    /** DuckDB with the events in a table of VARCHAR columns, as read_csv gives them. */
    @State(Scope.Benchmark)
    public static class DuckPlain {
        DuckDbPeer peer;
        Map<String, Long> last;

        @Setup(Level.Trial)
        public void load(Input input) throws SQLException {
            peer = new DuckDbPeer(input.files.prices);
            peer.loadPlain(input.files.events);
        }

        @TearDown(Level.Trial)
        public void check(Input input) throws SQLException, IOException {
            Totals.REFERENCE.finish(input.reference, last, "DuckDB, in memory (VARCHAR columns)", peer.db());
        }
    }

    /** DuckDB reading the file in each query. */
    @State(Scope.Benchmark)
    public static class DuckFile {
        DuckDbPeer peer;
        Map<String, Long> last;

        @Setup(Level.Trial)
        public void open(Input input) throws SQLException {
            peer = new DuckDbPeer(input.files.prices);
        }

        @TearDown(Level.Trial)
        public void check(Input input) throws SQLException, IOException {
            Totals.REFERENCE.finish(input.reference, last, "DuckDB, end to end", peer.db());
        }
    }

    @Benchmark
    public Settlement inMemoryRegionkarta(Input input, OursLoaded ours) {
        ours.last = input.settler.settle(ours.loaded, 2);
        return ours.last;
    }

    @Benchmark
    public Map<String, Long> inMemoryDuckDb(DuckEnums duck) throws SQLException {
        duck.last = duck.peer.settleEnums();
        return duck.last;
    }

    @Benchmark
    public Map<String, Long> inMemoryDuckDbVarchar(DuckPlain duck) throws SQLException {
        duck.last = duck.peer.settlePlain();
        return duck.last;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Settlement endToEndRegionkarta(Input input, OursFile ours) throws IOException {
        ours.last = input.settler.settle(input.files.events, null, 2);
        return ours.last;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Map<String, Long> endToEndDuckDb(Input input, DuckFile duck) throws SQLException {
        duck.last = duck.peer.settleFile(input.files.events);
        return duck.last;
    }
}
