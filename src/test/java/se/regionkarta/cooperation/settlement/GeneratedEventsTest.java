package se.regionkarta.cooperation.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.cooperation.settlement.model.CareEvent;
import se.regionkarta.cooperation.settlement.model.CareKind;
import se.regionkarta.cooperation.settlement.model.PairMonth;
import se.regionkarta.cooperation.settlement.model.PriceLists;
import se.regionkarta.cooperation.settlement.model.Points;
import se.regionkarta.cooperation.settlement.model.Settlement;
import se.regionkarta.cooperation.settlement.model.Settlements;

/** 100 000 synthetic events: the generator's mix, and the same settlement however the file is read. */
class GeneratedEventsTest {

    static final CareGeography GEOGRAPHY = new CareGeography(List.of(
            new CareGeography.Region("ostergotland", 472_446, List.of("ostergotland.universitetssjukhus")),
            new CareGeography.Region("jonkoping", 368_856, List.of("jonkoping.sjukhus")),
            new CareGeography.Region("kalmar", 246_667, List.of("kalmar.lanssjukhuset-kalmar", "kalmar.vasterviks-sjukhus")),
            new CareGeography.Region("skane", 1_421_781, List.of("skane.universitetssjukhus")),
            new CareGeography.Region("blekinge", 157_973, List.of("blekinge.sjukhus")),
            new CareGeography.Region("halland", 340_243, List.of("halland.hallands-sjukhus.halmstad"))),
            List.of(new CareGeography.Area("sydostra", List.of("ostergotland", "jonkoping", "kalmar"), List.of("ostergotland")),
                    new CareGeography.Area("sodra", List.of("skane", "blekinge", "halland"), List.of("skane"))));
    static final List<String> REGIONS = GEOGRAPHY.regions().stream().map(CareGeography.Region::id).toList();

    @TempDir
    static Path dir;
    static Path events;
    static PriceLists prices;

    @BeforeAll
    static void generate() throws IOException {
        CareEventGenerator generator = new CareEventGenerator(GEOGRAPHY);
        events = dir.resolve("events.csv");
        try (OutputStream out = Files.newOutputStream(events)) {
            generator.write(out, 100_000, 2025, 1);
        }
        prices = generator.priceLists(2025);
    }

    @Test
    @DisplayName("100 000 generated events settle identically with one thread, two threads, and held in memory")
    void threads() throws IOException {
        Settler settler = new Settler(REGIONS, prices, 20);
        Settlement one = settler.settle(events, null, 1);
        Settlement two = settler.settle(events, null, 2);
        Settlement loaded = settler.settle(settler.load(events, null, 2), 2);

        assertThat(one.rows()).isEqualTo(100_000);
        assertThat(one.priced()).isEqualTo(100_000);
        assertThat(two).isEqualTo(one);
        assertThat(loaded).isEqualTo(one);
    }

    @Test
    @DisplayName("the generated events settle as the rules applied one event at a time say")
    void agreesWithTheRules() throws IOException {
        List<CareEvent> parsed = new ArrayList<>();
        List<String> lines = Files.readAllLines(events);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            CareKind kind = CareKind.parse(f[4]).orElseThrow();
            long quantity = kind.perPoint() ? Points.parse(f[6]) : Long.parseLong(f[6]);
            parsed.add(new CareEvent(i + 1, f[0], f[1], f[2], LocalDate.parse(f[3]), kind, f[5], quantity));
        }
        Settlement rules = Settlements.settle(parsed, prices, Set.copyOf(REGIONS), null, 20);

        assertThat(new Settler(REGIONS, prices, 20).settle(events, null, 2)).isEqualTo(rules);
    }

    @Test
    @DisplayName("the mix: no care within a region, most of it at the university hospital region, all kinds of care")
    void mix() throws IOException {
        Settlement s = new Settler(REGIONS, prices, 20).settle(events, null, 2);
        Map<String, Long> byProvider = new HashMap<>();
        for (PairMonth p : s.pairs()) {
            assertThat(p.home()).isNotEqualTo(p.provider());
            if (p.home().equals("kalmar")) {
                byProvider.merge(p.provider(), p.count(), Long::sum);
            }
        }
        long fromKalmar = byProvider.values().stream().mapToLong(Long::longValue).sum();
        assertThat(byProvider.get("ostergotland")).isGreaterThan(fromKalmar * 6 / 10);
        assertThat(s.pairs()).extracting(PairMonth::month).extracting(m -> m.getYear()).containsOnly(2025);
        assertThat(s.pairs().stream().flatMap(p -> p.lines().stream()).map(l -> l.tariff().kind()).distinct())
                .containsExactlyInAnyOrder(CareKind.values());
    }

    @Test
    @DisplayName("the same seed writes the same file, another seed another")
    void deterministic() throws IOException {
        CareEventGenerator generator = new CareEventGenerator(GEOGRAPHY);
        Path again = dir.resolve("again.csv");
        Path other = dir.resolve("other.csv");
        try (OutputStream a = Files.newOutputStream(again); OutputStream b = Files.newOutputStream(other)) {
            generator.write(a, 100_000, 2025, 1);
            generator.write(b, 100_000, 2025, 2);
        }
        assertThat(Files.mismatch(events, again)).isEqualTo(-1);
        assertThat(Files.mismatch(events, other)).isNotEqualTo(-1);
    }
}
