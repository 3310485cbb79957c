package se.regionkarta.provenance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    @DisplayName("a year stands for every day from 1 January to 31 December")
    void year() {
        // when
        PartialDate d = PartialDate.parse("2019");

        // then
        assertThat(d.precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(d.year()).isEqualTo(2019);
        assertThat(d.month()).isNull();
        assertThat(d.firstDay()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    @DisplayName("a month stands for every day of that month")
    void month() {
        // when
        PartialDate d = PartialDate.parse("2019-06");

        // then
        assertThat(d.precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(d.firstDay()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2019, 6, 30));
    }

    @Test
    @DisplayName("a day stands for itself only")
    void day() {
        // when
        PartialDate d = PartialDate.parse("2019-06-15");

        // then
        assertThat(d.precision()).isEqualTo(PartialDate.Precision.DAY);
        assertThat(d.firstDay()).isEqualTo(LocalDate.of(2019, 6, 15));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2019, 6, 15));
    }

    @ParameterizedTest(name = "February {0} ends on the {1}th")
    @MethodSource("februaries")
    @DisplayName("February ends on the 29th in leap years only")
    void leapYears(String month, int lastDay) {
        // when
        PartialDate d = PartialDate.parse(month);

        // then
        assertThat(d.lastDay().getDayOfMonth()).isEqualTo(lastDay);
        assertThat(d.firstDay().getDayOfMonth()).isEqualTo(1);
    }

    static Stream<Arguments> februaries() {
        return Stream.of(
                Arguments.of("2019-02", 28),
                Arguments.of("2020-02", 29),
                Arguments.of("1900-02", 28),
                Arguments.of("2000-02", 29));
    }

    @Test
    @DisplayName("29 February is a date in a leap year and not in another")
    void leapDay() {
        assertThat(PartialDate.parse("2020-02-29").lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2019-02-29"))
                .withMessageContaining("2019-02-29");
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(strings = {"2019-02-30", "2019-13", "2019-00", "2019-04-31", "19", "2019-1", "2019-1-5", "2019/06",
        "juni 2019", "", "0999"})
    @DisplayName("what is not a date, or not a whole year, month or day, is rejected")
    void rejects(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text));
    }

    @Test
    @DisplayName("the rejection says what was written and how to write a date")
    void rejectionMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("19"))
                .withMessageContaining("'19'").withMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2019-02-30"))
                .withMessageContaining("'2019-02-30'");
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2019-13"))
                .withMessageContaining("'2019-13'");
    }

    @Test
    @DisplayName("surrounding spaces are ignored")
    void strips() {
        assertThat(PartialDate.parse(" 2019-06 ")).isEqualTo(PartialDate.parse("2019-06"));
    }

    @Test
    @DisplayName("a day without a month cannot be made")
    void dayNeedsMonth() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PartialDate(2019, null, 5))
                .withMessageContaining("month");
    }

    @Test
    @DisplayName("a date is written back as precisely as it was given")
    void writtenAsGiven() {
        assertThat(PartialDate.parse("2019")).hasToString("2019");
        assertThat(PartialDate.parse("2019-06")).hasToString("2019-06");
        assertThat(PartialDate.parse("2019-06-05")).hasToString("2019-06-05");
        assertThat(PartialDate.of(LocalDate.of(2024, 1, 2))).hasToString("2024-01-02");
    }

    @Test
    @DisplayName("dates sort by their first day, and a shorter span before a longer one")
    void order() {
        // given
        List<PartialDate> dates = Stream.of("2020", "2019-06-15", "2019", "2019-01", "2019-06")
                .map(PartialDate::parse).sorted().toList();

        // then
        assertThat(dates).extracting(PartialDate::toString)
                .containsExactly("2019-01", "2019", "2019-06", "2019-06-15", "2020");
    }
}
