package se.regionkarta.cooperation.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import se.regionkarta.cooperation.settlement.model.CareEvent;
import se.regionkarta.cooperation.settlement.model.CareKind;
import se.regionkarta.cooperation.settlement.model.PairMonth;
import se.regionkarta.cooperation.settlement.model.Settlement;
import se.regionkarta.cooperation.settlement.model.Settlements;
import se.regionkarta.cooperation.settlement.model.Unpriced;

/**
 * Properties of the fast settlement over random events: it agrees with the plain rule-by-rule
 * settlement ({@link Settlements}), its totals are the sums of its lines, and an event's day within
 * its month does not change any amount.
 */
class SettlementPropertyTest {

    private static final LocalDate FIRST = LocalDate.of(2023, 12, 1);

    @Property(tries = 200)
    @Label("the fast engine gives the same settlement as the rules applied one event at a time, with 1 or 2 threads")
    void agreesWithTheRules(@ForAll @Size(max = 60) List<@From("event") CareEvent> drawn, @ForAll @IntRange(min = 1, max = 2) int threads,
            @ForAll boolean oneMonth) throws IOException {
        List<CareEvent> events = numbered(drawn);
        YearMonth month = oneMonth && !events.isEmpty() ? YearMonth.from(events.get(0).date()) : null;
        Settlement fast = settle(events, month, threads);
        Settlement rules = Settlements.settle(events, Fixture.PRICES_LISTS, Set.copyOf(Fixture.REGIONS), month, 100);

        assertThat(fast.pairs()).isEqualTo(rules.pairs());
        assertThat(List.of(fast.totalOre(), fast.rows(), fast.priced(), fast.outsideMonth()))
                .isEqualTo(List.of(rules.totalOre(), rules.rows(), rules.priced(), rules.outsideMonth()));
        assertThat(fast.unpriced().byReason()).isEqualTo(rules.unpriced().byReason());
        assertThat(fast.unpriced().first()).extracting(Unpriced::line, Unpriced::reason)
                .isEqualTo(rules.unpriced().first().stream().map(u -> org.assertj.core.groups.Tuple.tuple(u.line(), u.reason())).toList());
    }

    @Property(tries = 200)
    @Label("the report's total is the sum of its pairs, and each pair's amount the sum of its lines")
    void totalsAreSumsOfLines(@ForAll @Size(max = 60) List<@From("event") CareEvent> drawn) throws IOException {
        Settlement s = settle(numbered(drawn), null, 2);

        long lines = s.pairs().stream().flatMap(p -> p.lines().stream()).mapToLong(l -> l.amountOre()).sum();
        long pairs = s.pairs().stream().mapToLong(PairMonth::amountOre).sum();
        long events = s.pairs().stream().flatMap(p -> p.lines().stream()).mapToLong(l -> l.count()).sum();
        assertThat(lines).isEqualTo(s.totalOre());
        assertThat(pairs).isEqualTo(s.totalOre());
        assertThat(events).isEqualTo(s.priced());
        assertThat(s.priced() + s.unpriced().count()).isEqualTo(s.rows());
    }

    @Property(tries = 200)
    @Label("moving an event to another day of its month changes no amount of that month")
    void dayWithinMonth(@ForAll @Size(min = 1, max = 40) List<@From("event") CareEvent> drawn, @ForAll @IntRange(min = 0, max = 39) int which,
            @ForAll @IntRange(min = 1, max = 31) int day) throws IOException {
        List<CareEvent> events = numbered(drawn);
        CareEvent e = events.get(which % events.size());
        YearMonth month = YearMonth.from(e.date());
        LocalDate moved = month.atDay(Math.min(day, month.lengthOfMonth()));
        List<CareEvent> after = new ArrayList<>(events);
        after.set(which % events.size(), new CareEvent(e.line(), e.homeRegion(), e.providerRegion(), e.providerUnit(), moved,
                e.kind(), e.code(), e.quantity()));

        assertThat(settle(after, null, 1).pairs()).isEqualTo(settle(events, null, 1).pairs());
    }

    @Provide
    Arbitrary<CareEvent> event() {
        Arbitrary<String> regions = Arbitraries.of("kalmar", "ostergotland", "jonkoping", "gotland");
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 800).map(FIRST::plusDays);
        Arbitrary<CareKind> kinds = Arbitraries.of(CareKind.values());
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 99);
        return Combinators.combine(regions, regions, pick, dates, kinds, pick, Arbitraries.integers().between(1, 60))
                .as((home, provider, unit, date, kind, code, n) -> new CareEvent(0, home, provider,
                        unit < 90 ? provider + ".us" : unit < 95 ? provider : "kalmar.x", date, kind, code(kind, code),
                        quantity(kind, n, code)));
    }

    private static String code(CareKind kind, int pick) {
        List<String> codes = switch (kind) {
            case VISIT -> List.of("kardiologi", "kardiologi", "hudsjukvard", "allergologi");
            case DAY -> List.of("", "intensivvard", "ortopedi", "ortopedi");
            case DRG -> List.of("F62C", "I03B", "", "F62C");
        };
        return codes.get(pick % codes.size());
    }

    private static long quantity(CareKind kind, int n, int pick) {
        if (pick == 0) {
            return kind.maxQuantity();
        }
        return kind.perPoint() ? (long) n * 2_477 % kind.maxQuantity() + 1 : n;
    }

    private static List<CareEvent> numbered(List<CareEvent> events) {
        List<CareEvent> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            CareEvent e = events.get(i);
            out.add(new CareEvent(i + 2, e.homeRegion(), e.providerRegion(), e.providerUnit(), e.date(), e.kind(), e.code(),
                    e.quantity()));
        }
        return out;
    }

    /** Writes the events as CSV (line i + 2 for event i) and settles the file. */
    static Settlement settle(List<CareEvent> events, YearMonth month, int threads) throws IOException {
        StringBuilder csv = new StringBuilder(Fixture.HEADER);
        for (CareEvent e : events) {
            csv.append(e.homeRegion()).append(',').append(e.providerRegion()).append(',').append(e.providerUnit()).append(',')
                    .append(e.date()).append(',').append(e.kind().code()).append(',').append(e.code()).append(',')
                    .append(e.kind().formatQuantity(e.quantity())).append('\n');
        }
        Path file = Files.createTempFile("events", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return new Settler(Fixture.REGIONS, Fixture.PRICES_LISTS, 100).settle(file, month, threads);
        } finally {
            Files.delete(file);
        }
    }
}
