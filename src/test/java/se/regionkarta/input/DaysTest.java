package se.regionkarta.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one reader of the dates people type, shared by the command line, the API and the site (issue 11, item 3). */
class DaysTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Test
    @DisplayName("a year or a month stands for its first day; a whole date for itself")
    void daysAtEveryPrecision() {
        assertThat(Days.readDay("2020")).contains(LocalDate.of(2020, 1, 1));
        assertThat(Days.readDay("2020-06")).contains(LocalDate.of(2020, 6, 1));
        assertThat(Days.readDay(" 2020-06-15 ")).contains(LocalDate.of(2020, 6, 15));
    }

    @Test
    @DisplayName("what is not such a date, or names no day of the calendar, is read as nothing")
    void notDays() {
        assertThat(Days.readDay("igår")).isEmpty();
        assertThat(Days.readDay("2020-13")).isEmpty();
        assertThat(Days.readDay("2021-02-29")).isEmpty();
        assertThat(Days.readDay("20200615")).isEmpty();
        assertThat(Days.readDay("-2020")).isEmpty();
    }

    @Test
    @DisplayName("a refused date names the option it was given to and what was typed")
    void refusalNamesTheField() {
        assertThatThrownBy(() -> Days.parse("2021-02-29", "--as-of")).isInstanceOfSatisfying(BadInput.class, e -> {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("--as-of");
                assertThat(p.message()).contains("2021-02-29");
            });
        });
        assertThatThrownBy(() -> Days.parse("i morgon", "asOf")).isInstanceOfSatisfying(BadInput.class,
                e -> assertThat(e.problems().get(0).message()).contains("YYYY, YYYY-MM or YYYY-MM-DD", "i morgon"));
    }

    @Test
    @DisplayName("a month is YYYY-MM and nothing else")
    void months() {
        assertThat(Days.readMonth("2025-03")).contains(YearMonth.of(2025, 3));
        assertThat(Days.readMonth("2025-3")).isEmpty();
        assertThat(Days.readMonth("2025")).isEmpty();
        assertThatThrownBy(() -> Days.parseMonth("mars", "--month")).isInstanceOf(BadInput.class);
    }

    @Test
    @DisplayName("a moment is ISO 8601 with an offset, or a day meaning its first moment in the zone")
    void moments() {
        assertThat(Days.readMoment("2026-11-26T06:00:00Z", SWEDEN))
                .contains(OffsetDateTime.of(2026, 11, 26, 6, 0, 0, 0, ZoneOffset.UTC));
        assertThat(Days.readMoment("2026-07-01", SWEDEN))
                .contains(OffsetDateTime.of(2026, 7, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(Days.readMoment("2026-11-26T06:00:00", SWEDEN)).isEmpty();
    }

    @Test
    @DisplayName("a typed text is shown in a message cut at 60 characters, with anything unprintable as '?'")
    void shown() {
        assertThat(Days.shown("ab\u0000c\u00e4")).isEqualTo("ab?c?");
        assertThat(Days.shown("x".repeat(100))).hasSize(63).endsWith("...");
    }
}
