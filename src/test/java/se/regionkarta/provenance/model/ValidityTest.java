package se.regionkarta.provenance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ValidityTest {

    private static Validity period(String from, String until) {
        return new Validity(from == null ? null : PartialDate.parse(from), until == null ? null : PartialDate.parse(until));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    @DisplayName("a period holds from the first day of 'from' to the last day of 'until', both included")
    void containsBothEnds() {
        // given
        Validity v = period("2019-03", "2020");

        // then
        assertThat(v.contains(day("2019-03-01"))).isTrue();
        assertThat(v.contains(day("2020-12-31"))).isTrue();
        assertThat(v.contains(day("2019-02-28"))).isFalse();
        assertThat(v.contains(day("2021-01-01"))).isFalse();
    }

    @Test
    @DisplayName("an open end reaches as far as any date")
    void openEnds() {
        assertThat(period("2019", null).contains(LocalDate.MAX)).isTrue();
        assertThat(period("2019", null).contains(day("2018-12-31"))).isFalse();
        assertThat(period(null, "2019").contains(LocalDate.MIN)).isTrue();
        assertThat(period(null, "2019").contains(day("2020-01-01"))).isFalse();
        assertThat(Validity.ALWAYS.contains(day("1066-10-14"))).isTrue();
        assertThat(Validity.ALWAYS.firstDay()).isEqualTo(LocalDate.MIN);
        assertThat(Validity.ALWAYS.lastDay()).isEqualTo(LocalDate.MAX);
    }

    @Test
    @DisplayName("a period that ends before it starts is rejected, naming both ends")
    void untilBeforeFrom() {
        assertThatIllegalArgumentException().isThrownBy(() -> period("2020", "2019-06"))
                .withMessageContaining("2019-06").withMessageContaining("2020");
        assertThatIllegalArgumentException().isThrownBy(() -> period("2019-06-02", "2019-06-01"));
    }

    @Test
    @DisplayName("a period within one year written by its year at both ends is valid, and so is a single day")
    void samePrecisionBothEnds() {
        assertThatCode(() -> period("2019", "2019")).doesNotThrowAnyException();
        assertThat(period("2019", "2019").lastDay()).isEqualTo(day("2019-12-31"));
        assertThat(period("2019-06-15", "2019-06-15").contains(day("2019-06-15"))).isTrue();
    }

    @Test
    @DisplayName("a year at one end and a month of that year at the other is valid")
    void mixedPrecision() {
        assertThatCode(() -> period("2019-06", "2019")).doesNotThrowAnyException();
        assertThatCode(() -> period("2019", "2019-03")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("periods that share a single day overlap; adjacent periods do not")
    void overlaps() {
        assertThat(period("2019", "2020").overlaps(period("2020-12-31", null))).isTrue();
        assertThat(period("2019", "2020").overlaps(period("2021", null))).isFalse();
        assertThat(period(null, "2018").overlaps(period("2019", null))).isFalse();
        assertThat(period("2019-06", "2019-06").overlaps(period("2019", "2019"))).isTrue();
    }

    @Test
    @DisplayName("an open period overlaps every other")
    void alwaysOverlaps() {
        assertThat(Validity.ALWAYS.overlaps(period("1900", "1900"))).isTrue();
        assertThat(period(null, "2019").overlaps(period(null, "1990"))).isTrue();
        assertThat(period("2019", null).overlaps(period("2030", null))).isTrue();
    }

    @Test
    @DisplayName("a period lies within another when both its ends do")
    void within() {
        assertThat(period("2019-03", "2019-05").within(period("2019", "2019"))).isTrue();
        assertThat(period("2019", "2019").within(period("2019", "2019"))).isTrue();
        assertThat(period("2019", "2020").within(period("2019", "2019"))).isFalse();
        assertThat(period("2018-12", "2019-05").within(period("2019", "2019"))).isFalse();
    }

    @Test
    @DisplayName("everything lies within an open period, and an open end lies only within an open end")
    void withinOpen() {
        assertThat(period("2019", "2020").within(Validity.ALWAYS)).isTrue();
        assertThat(period("2019", null).within(period("2018", null))).isTrue();
        assertThat(period("2019", null).within(period("2018", "2100"))).isFalse();
        assertThat(Validity.ALWAYS.within(period("2019", null))).isFalse();
    }

    @Test
    @DisplayName("a period between two days keeps them as days")
    void between() {
        // when
        Validity v = Validity.between(day("2022-10-15"), day("2026-10-14"));

        // then
        assertThat(v.from().precision()).isEqualTo(PartialDate.Precision.DAY);
        assertThat(v.firstDay()).isEqualTo(day("2022-10-15"));
        assertThat(v.lastDay()).isEqualTo(day("2026-10-14"));
        assertThat(Validity.between(null, null)).isEqualTo(Validity.ALWAYS);
    }

    @Test
    @DisplayName("a period is written from–until, with an open start as …")
    void written() {
        assertThat(period("2019", "2020-06")).hasToString("2019–2020-06");
        assertThat(period("2019-01-01", null)).hasToString("2019-01-01–");
        assertThat(period(null, "2020")).hasToString("…–2020");
    }
}
