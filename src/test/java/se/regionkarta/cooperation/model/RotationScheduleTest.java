package se.regionkarta.cooperation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Validity;

class RotationScheduleTest {

    static final List<RotationRule.Duty> BOTH = List.of(RotationRule.Duty.CHAIR, RotationRule.Duty.SECRETARY);

    static RotationRule rule(List<String> order, String start, List<RotationRule.Holding> observed) {
        return new RotationRule(BOTH, 2, order, start == null ? null : PartialDate.parse(start), observed);
    }

    @Test
    @DisplayName("the chair passes to the next region at the period boundary, not a day before or after")
    void periodBoundary() {
        RotationSchedule s = RotationSchedule.of(rule(List.of("a", "b", "c"), "2020-01-01", List.of())).orElseThrow();

        assertThat(holder(s, "2021-12-31")).isEqualTo("a");
        assertThat(holder(s, "2022-01-01")).isEqualTo("b");
        assertThat(holder(s, "2023-12-31")).isEqualTo("b");
        assertThat(holder(s, "2024-01-01")).isEqualTo("c");
        assertThat(holder(s, "2026-01-01")).isEqualTo("a"); // round again
        assertThat(holder(s, "2019-12-31")).isEqualTo("c"); // and backwards before the start
    }

    @Test
    @DisplayName("a rotation that starts on 29 February keeps to the calendar in common years")
    void leapDay() {
        RotationSchedule s = RotationSchedule.of(rule(List.of("a", "b"), "2024-02-29", List.of())).orElseThrow();

        assertThat(s.start(1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(s.end(0)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(s.start(2)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(holder(s, "2026-02-27")).isEqualTo("a");
        assertThat(holder(s, "2026-02-28")).isEqualTo("b");
        assertThat(holder(s, "2028-02-28")).isEqualTo("b");
        assertThat(holder(s, "2028-02-29")).isEqualTo("a");
    }

    @Test
    @DisplayName("a recorded holding anchors the order when the rule gives no start date")
    void anchoredByRecord() {
        RotationRule r = rule(List.of("ostergotland", "jonkoping", "kalmar"), null, List.of(
                new RotationRule.Holding(RotationRule.Duty.CHAIR, "jonkoping", new Validity(PartialDate.ofYear(2022), PartialDate.ofYear(2023)))));
        RotationSchedule s = RotationSchedule.of(r).orElseThrow();

        assertThat(s.on(RotationRule.Duty.CHAIR, LocalDate.of(2023, 6, 1)).orElseThrow())
                .satisfies(p -> {
                    assertThat(p.regionId()).isEqualTo("jonkoping");
                    assertThat(p.basis()).isEqualTo(RotationSchedule.Basis.RECORDED);
                });
        assertThat(holder(s, "2024-01-01")).isEqualTo("kalmar");
        assertThat(holder(s, "2026-01-01")).isEqualTo("ostergotland");
        assertThat(holder(s, "2020-06-01")).isEqualTo("ostergotland");
    }

    @Test
    @DisplayName("without an order only the recorded periods have a holder; the others are known by date")
    void unknownOrder() {
        RotationRule r = rule(List.of(), null, List.of(
                new RotationRule.Holding(RotationRule.Duty.CHAIR, "jonkoping", new Validity(PartialDate.ofYear(2022), PartialDate.ofYear(2023)))));
        RotationSchedule s = RotationSchedule.of(r).orElseThrow();

        List<RotationSchedule.Period> next = s.forYears(RotationRule.Duty.CHAIR, LocalDate.of(2022, 1, 1), 10);

        assertThat(next).hasSize(5);
        assertThat(next.get(0).regionId()).isEqualTo("jonkoping");
        assertThat(next.subList(1, 5)).allSatisfy(p -> {
            assertThat(p.regionId()).isNull();
            assertThat(p.basis()).isEqualTo(RotationSchedule.Basis.UNKNOWN);
        });
        assertThat(next.get(4).until()).isEqualTo(LocalDate.of(2031, 12, 31));
    }

    @Test
    @DisplayName("a rule with neither a start nor a recorded holding has no schedule")
    void noAnchor() {
        assertThat(RotationSchedule.of(rule(List.of("a", "b"), null, List.of()))).isEmpty();
    }

    @Property(tries = 300)
    void everyDayBelongsToExactlyOnePeriodAndPeriodsFollowWithoutGaps(@ForAll @IntRange(min = 0, max = 20_000) int dayOffset,
            @ForAll @IntRange(min = 1, max = 4) int years, @ForAll @IntRange(min = 0, max = 3650) int startOffset) {
        LocalDate start = LocalDate.of(2000, 1, 1).plusDays(startOffset);
        RotationRule r = new RotationRule(BOTH, years, List.of("a", "b", "c"), PartialDate.of(start), List.of());
        RotationSchedule s = RotationSchedule.of(r).orElseThrow();
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(dayOffset);

        int k = s.periodOf(day);

        assertThat(s.start(k)).isBeforeOrEqualTo(day);
        assertThat(s.end(k)).isAfterOrEqualTo(day);
        assertThat(s.end(k).plusDays(1)).isEqualTo(s.start(k + 1));
        assertThat(holder(s, day.toString())).isEqualTo(List.of("a", "b", "c").get(Math.floorMod(k, 3)));
    }

    @Test
    @DisplayName("a joint committee's seats are checked against 3 members and 3 substitutes from each region")
    void composition() {
        CompositionRule rule = new CompositionRule(3, 3, List.of());
        List<String> regions = List.of("ostergotland", "jonkoping", "kalmar");

        assertThat(CompositionCheck.violations(rule, regions, Map.of("ostergotland", new int[] {3, 3},
                "jonkoping", new int[] {3, 3}, "kalmar", new int[] {3, 3}))).isEmpty();
        assertThat(CompositionCheck.violations(rule, regions, Map.of("ostergotland", new int[] {4, 3},
                "jonkoping", new int[] {3, 3}, "halland", new int[] {1, 0})))
                .containsExactly("ostergotland has 4 members; the rule says 3", "kalmar has 0 members; the rule says 3",
                        "kalmar has 0 substitutes; the rule says 3", "halland has seats but is not a member region");
    }

    private static String holder(RotationSchedule s, String day) {
        return s.on(RotationRule.Duty.CHAIR, LocalDate.parse(day)).orElseThrow().regionId();
    }
}
