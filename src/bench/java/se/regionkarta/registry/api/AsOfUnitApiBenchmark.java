package se.regionkarta.registry.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.time.LocalDate;
import java.util.Optional;
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
import se.regionkarta.history.SyntheticHistory;
import se.regionkarta.history.bench.AsOfBenchmark;
import se.regionkarta.json.Json;
import se.regionkarta.snapshot.Snapshot;

/**
 * Issue 5: the API's unit read ({@code GET /api/v1/units/{id}?asOf=}) over the snapshot, answer
 * built and written as JSON bytes, today and five years back, on the registry of {@link AsOfBenchmark}.
 * In this package because the queries are package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AsOfUnitApiBenchmark {

    @Param({"2026-01-15", "2021-01-15"})
    public String day;

    Snapshot snapshot;
    String division;
    String section;
    LocalDate on;
    final ObjectWriter json = Json.mapper().writer();

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticHistory.Result history = SyntheticHistory.generate(SyntheticHistory.SEED, AsOfBenchmark.EVENTS_PER_MONTH);
        snapshot = new Snapshot(history.dataset());
        division = history.division();
        section = history.section();
        on = LocalDate.parse(day);
    }

    @Benchmark
    public byte[] unitRead() throws JsonProcessingException {
        return json.writeValueAsBytes(new UnitAnswers(snapshot).unit(division, on, Optional.empty()).orElseThrow());
    }

    @Benchmark
    public byte[] sectionRead() throws JsonProcessingException {
        return json.writeValueAsBytes(new UnitAnswers(snapshot).unit(section, on, Optional.empty()).orElseThrow());
    }
}
