package se.regionkarta.provenance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Partial dates read back what they write, at every precision. */
class PartialDatePropertyTest {

    @Property
    @Label("parsing what a partial date writes gives the same date back")
    void roundTrip(@ForAll("partialDates") PartialDate date) {
        // when
        PartialDate again = PartialDate.parse(date.toString());

        // then
        assertThat(again).isEqualTo(date);
        assertThat(again.precision()).isEqualTo(date.precision());
    }

    @Property
    @Label("a partial date's first day is never after its last, and both lie in its year")
    void firstDayNotAfterLastDay(@ForAll("partialDates") PartialDate date) {
        assertThat(date.firstDay()).isBeforeOrEqualTo(date.lastDay());
        assertThat(date.firstDay().getYear()).isEqualTo(date.year());
        assertThat(date.lastDay().getYear()).isEqualTo(date.year());
    }

    /** Returns dates of every precision over the four-digit years, leap days included. */
    @Provide
    static Arbitrary<PartialDate> partialDates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1000, 9999);
        Arbitrary<PartialDate> yearOnly = years.map(PartialDate::ofYear);
        Arbitrary<PartialDate> month = years.flatMap(y -> Arbitraries.integers().between(1, 12)
                .map(m -> new PartialDate(y, m, null)));
        Arbitrary<PartialDate> day = years.flatMap(y -> Arbitraries.integers().between(1, 12)
                .flatMap(m -> Arbitraries.integers().between(1, YearMonth.of(y, m).lengthOfMonth())
                        .map(d -> new PartialDate(y, m, d))));
        return Arbitraries.oneOf(yearOnly, month, day);
    }
}
