package se.regionkarta.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.DatasetRules;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.history.model.ChangeKind;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/**
 * The data the as-of benchmark measures (issue 5) are a valid registry: the rules accept every
 * event and interval, and the data have the size and shape the benchmark reports.
 */
class SyntheticHistoryTest {

    static final int EVENTS_PER_MONTH = 170;

    @Test
    @DisplayName("the benchmark's registry of about 100 000 units and ten years of changes passes every rule")
    void benchmarkDataAreValid() {
        SyntheticHistory.Result r = SyntheticHistory.generate(SyntheticHistory.SEED, EVENTS_PER_MONTH);
        Dataset d = r.dataset();

        assertThat(DatasetRules.check(d)).as("rule violations").isEmpty();
        assertThat(d.all(Unit.class)).hasSizeBetween(100_000, 120_000);
        assertThat(r.eventCount()).isBetween(15_000, 25_000);
        Map<ChangeKind, Long> kinds = d.all(ChangeEvent.class).stream().collect(Collectors.groupingBy(ChangeEvent::kind, Collectors.counting()));
        assertThat(kinds.keySet()).contains(ChangeKind.FORMATION, ChangeKind.CLOSURE, ChangeKind.MOVE, ChangeKind.RENAME,
                ChangeKind.MERGER);
        assertThat(kinds.values()).allMatch(n -> n > 500);
        Snapshot s = new Snapshot(d);
        LocalDate today = LocalDate.of(2026, 1, 15);
        int largest = s.subtree(r.largestRegion(), today).size();
        assertThat(largest).as("the large region").isBetween(12_000, 18_000);
        assertThat(s.ancestry(s.subtree(r.largestRegion(), today).get(largest - 1).id(), today)).hasSize(5);
        assertThat(s.dataset().all(Unit.class).stream().map(Unit::id).collect(Collectors.toMap(Function.identity(), x -> 1, Integer::sum)))
                .allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    @DisplayName("the same seed gives the same registry")
    void deterministic() {
        assertThat(SyntheticHistory.generate(7, 20).dataset()).isEqualTo(SyntheticHistory.generate(7, 20).dataset());
    }
}
