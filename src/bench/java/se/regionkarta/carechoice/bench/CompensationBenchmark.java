package se.regionkarta.carechoice.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
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
import se.regionkarta.carechoice.compensation.Compensation;
import se.regionkarta.carechoice.compensation.Compensator;
import se.regionkarta.carechoice.compensation.HomeAreas;
import se.regionkarta.carechoice.compensation.LoadedListings;
import se.regionkarta.carechoice.compensation.ModelFile;
import se.regionkarta.carechoice.compensation.Population;
import se.regionkarta.carechoice.compensation.ProvidersCsv;
import se.regionkarta.carechoice.compensation.model.CompensationModel;

/**
 * Issue 7's benchmark: the care-choice compensation of one month (March 2025) for a national
 * population, 10.5 million residents and 2 million listing changes from {@code generate-population},
 * by regionkarta's engine and by DuckDB, in the same run, on 2 threads each:
 * <ul>
 *   <li><b>in memory</b>: our engine over residents and listings already read into its columns,
 *   against DuckDB over tables already loaded: residents and listings with ENUM columns for the
 *   words (sex, area, scheme, provider), joined in the query; and, DuckDB's fastest layout, one table
 *   of listings already joined to their residents;</li>
 *   <li><b>end to end</b>: reading the model, areas, providers, residents and listings files and
 *   settling, against DuckDB's {@code read_csv} of the same files in one query.</li>
 * </ul>
 * JMH runs each benchmark in its own JVM (heap at most 512 MB), so each process's peak memory is
 * that benchmark's alone; it is printed when the benchmark ends (and kept in
 * {@code target/bench/carechoice/memory.txt}). Every fork requires its last result to equal, provider
 * by provider and to the öre, the reference amounts our streaming engine wrote when the input was
 * made; a difference stops the run.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class CompensationBenchmark {

    /** The input files and the reference amounts. */
    @State(Scope.Benchmark)
    public static class Input {
        @Param("10500000")
        public int residents;

        @Param("2000000")
        public long changes;

        CompensationInput files;
        Map<String, Long> reference;
        CompensationModel model;

        @Setup(Level.Trial)
        public void prepare() throws IOException, InterruptedException {
            files = new CompensationInput(residents, changes).ensure(residents, changes);
            reference = files.reference();
            model = ModelFile.read(files.model);
        }
    }

    /** Our engine's input already in memory. */
    @State(Scope.Benchmark)
    public static class OursLoaded {
        Compensator engine;
        Population population;
        LoadedListings listings;
        Compensation last;

        @Setup(Level.Trial)
        public void load(Input input) throws IOException {
            HomeAreas areas = HomeAreas.read(input.files.areas);
            engine = new Compensator(input.model, areas, ProvidersCsv.read(input.files.providers), List.of());
            population = Population.read(input.files.residents, areas, 2);
            listings = engine.load(population, input.files.listings, 2);
        }

        @TearDown(Level.Trial)
        public void check(Input input) throws IOException {
            CompensationInput.REFERENCE.finish(input.reference, CompensationInput.amounts(last.settlement()),
                    "regionkarta, in memory", ", " + population.size() + " residents and " + listings.size() + " listings held");
        }
    }

    /** Our engine's result when reading the files. */
    @State(Scope.Benchmark)
    public static class OursFile {
        Compensation last;

        @TearDown(Level.Trial)
        public void check(Input input) throws IOException {
            CompensationInput.REFERENCE.finish(input.reference, CompensationInput.amounts(last.settlement()),
                    "regionkarta, end to end", "");
        }
    }

    /** DuckDB with residents and listings in two tables (ENUM columns for the words), joined in the query. */
    @State(Scope.Benchmark)
    public static class DuckTables {
        DuckDbCompensation peer;
        Map<String, Long> last;

        @Setup(Level.Trial)
        public void load(Input input) throws SQLException {
            peer = new DuckDbCompensation(input.files, input.model.scheme(), CompensationInput.MONTH, version(input));
            peer.loadEnums(input.files);
        }

        @TearDown(Level.Trial)
        public void check(Input input) throws SQLException, IOException {
            CompensationInput.REFERENCE.finish(input.reference, last, "DuckDB, in memory (two tables, ENUM columns)",
                    peer.db());
        }
    }

    /** DuckDB with the listings already joined to their residents in one table. */
    @State(Scope.Benchmark)
    public static class DuckJoined {
        DuckDbCompensation peer;
        Map<String, Long> last;

        @Setup(Level.Trial)
        public void load(Input input) throws SQLException {
            peer = new DuckDbCompensation(input.files, input.model.scheme(), CompensationInput.MONTH, version(input));
            peer.loadJoined(input.files);
        }

        @TearDown(Level.Trial)
        public void check(Input input) throws SQLException, IOException {
            CompensationInput.REFERENCE.finish(input.reference, last, "DuckDB, in memory (one joined table)", peer.db());
        }
    }

    /** DuckDB reading the files in each query. */
    @State(Scope.Benchmark)
    public static class DuckFile {
        DuckDbCompensation peer;
        Map<String, Long> last;

        @Setup(Level.Trial)
        public void open(Input input) throws SQLException {
            peer = new DuckDbCompensation(input.files, input.model.scheme(), CompensationInput.MONTH, version(input));
        }

        @TearDown(Level.Trial)
        public void check(Input input) throws SQLException, IOException {
            CompensationInput.REFERENCE.finish(input.reference, last, "DuckDB, end to end", peer.db());
        }
    }

    private static se.regionkarta.carechoice.compensation.model.ModelVersion version(Input input) {
        return input.model.versionFor(CompensationInput.MONTH).orElseThrow();
    }

    @Benchmark
    public Compensation inMemoryRegionkarta(OursLoaded ours) throws IOException {
        ours.last = ours.engine.settle(CompensationInput.MONTH, ours.population, ours.listings, 2);
        return ours.last;
    }

    @Benchmark
    public Map<String, Long> inMemoryDuckDb(DuckTables duck) throws SQLException {
        duck.last = duck.peer.settleTables();
        return duck.last;
    }

    @Benchmark
    public Map<String, Long> inMemoryDuckDbJoined(DuckJoined duck) throws SQLException {
        duck.last = duck.peer.settleJoined();
        return duck.last;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Compensation endToEndRegionkarta(Input input, OursFile ours) throws IOException {
        ours.last = input.files.settle(2);
        return ours.last;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Map<String, Long> endToEndDuckDb(Input input, DuckFile duck) throws SQLException {
        duck.last = duck.peer.settleFiles(input.files);
        return duck.last;
    }
}
