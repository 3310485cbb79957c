package se.regionkarta.provenance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariants of periods. The dates are drawn from a few years only, so that periods often touch,
 * overlap or cover the same days written differently ("2019" and "2019-01-01"–"2019-12-31").
 */
class ValidityPropertyTest {

    @Property(tries = 2000)
    @Label("overlapping is symmetric")
    void overlapsIsSymmetric(@ForAll("periods") Validity a, @ForAll("periods") Validity b) {
        Statistics.label("overlap").collect(a.overlaps(b));

        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));

        Statistics.label("overlap").coverage(c -> {
            c.check(true).count((Integer n) -> n > 0);
            c.check(false).count((Integer n) -> n > 0);
        });
    }

    @Property(tries = 2000)
    @Label("two periods lie within each other exactly when they have the same first and last day")
    void mutualWithinIsSameSpan(@ForAll("periods") Validity a, @ForAll("periods") Validity b) {
        boolean sameSpan = a.firstDay().equals(b.firstDay()) && a.lastDay().equals(b.lastDay());
        Statistics.label("same span").collect(sameSpan);

        assertThat(a.within(b) && b.within(a)).isEqualTo(sameSpan);

        Statistics.label("same span").coverage(c -> c.check(true).count((Integer n) -> n > 0));
    }

    @Property(tries = 1000)
    @Label("a period lying within another overlaps it, and contains its own ends")
    void withinImpliesOverlap(@ForAll("periods") Validity a, @ForAll("periods") Validity b) {
        if (a.within(b)) {
            assertThat(a.overlaps(b)).isTrue();
        }
        if (a.from() != null) {
            assertThat(a.contains(a.firstDay())).isTrue();
            assertThat(a.contains(a.firstDay().minusDays(1))).isFalse();
        }
        if (a.until() != null) {
            assertThat(a.contains(a.lastDay())).isTrue();
            assertThat(a.contains(a.lastDay().plusDays(1))).isFalse();
        }
    }

    @Provide
    static Arbitrary<Validity> periods() {
        Arbitrary<PartialDate> end = dates().injectNull(0.2);
        return Combinators.combine(end, end)
                .filter((from, until) -> from == null || until == null || !from.firstDay().isAfter(until.lastDay()))
                .as(Validity::new);
    }

    /** Returns dates of every precision in 2019–2021, month ends included. */
    static Arbitrary<PartialDate> dates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(2019, 2021);
        Arbitrary<PartialDate> yearOnly = years.map(PartialDate::ofYear);
        Arbitrary<PartialDate> month = years.flatMap(y -> Arbitraries.integers().between(1, 12)
                .map(m -> new PartialDate(y, m, null)));
        Arbitrary<PartialDate> day = years.flatMap(y -> Arbitraries.integers().between(1, 12).flatMap(m -> {
            int length = YearMonth.of(y, m).lengthOfMonth();
            return Arbitraries.of(1, 2, 15, length - 1, length).map(d -> new PartialDate(y, m, d));
        }));
        return Arbitraries.oneOf(yearOnly, month, day);
    }
}
