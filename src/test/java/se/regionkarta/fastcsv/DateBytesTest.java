package se.regionkarta.fastcsv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Days and whole numbers read from the bytes of a field. */
class DateBytesTest {

    @Test
    @DisplayName("every day of four years (one a leap year) is read as its year, month and day")
    void everyDay() {
        for (LocalDate d = LocalDate.of(2023, 1, 1); d.getYear() < 2027; d = d.plusDays(1)) {
            int parsed = parse(d.toString(), 1);
            assertThat(LocalDate.of(DateBytes.year(parsed), DateBytes.month(parsed), DateBytes.day(parsed))).isEqualTo(d);
        }
        assertThat(DateBytes.year(parse("9999-12-31", 1))).isEqualTo(9999);
        assertThat(DateBytes.year(parse("0001-01-01", 1))).isEqualTo(1);
    }

    @Test
    @DisplayName("what is not a day of the calendar, or is before the first year allowed, is invalid")
    void invalid() {
        for (String bad : new String[] {"2025-02-29", "2100-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00",
                "0000-01-01", "2025-1-01", "2025/01/01", "2025-01-0a", "2025-01-011", "", "x025-01-01"}) {
            assertThat(parse(bad, 1)).as(bad).isEqualTo(DateBytes.INVALID);
        }
        assertThat(parse("2024-02-29", 1)).isNotEqualTo(DateBytes.INVALID);
        assertThat(parse("0999-12-31", 1000)).isEqualTo(DateBytes.INVALID);
        assertThat(parse("1000-01-01", 1000)).isNotEqualTo(DateBytes.INVALID);
    }

    @Test
    @DisplayName("whole numbers of at most so many digits, and fields cut for messages")
    void fieldBytes() {
        byte[] b = "x,12345,0,123a,".getBytes(StandardCharsets.US_ASCII);
        assertThat(FieldBytes.digits(b, 2, 7, 5)).isEqualTo(12345);
        assertThat(FieldBytes.digits(b, 2, 7, 4)).isEqualTo(-1);
        assertThat(FieldBytes.digits(b, 8, 9, 5)).isZero();
        assertThat(FieldBytes.digits(b, 10, 14, 5)).isEqualTo(-1);
        assertThat(FieldBytes.digits(b, 15, 15, 5)).isEqualTo(-1);
        byte[] long_ = "é".repeat(50).getBytes(StandardCharsets.UTF_8);
        assertThat(FieldBytes.text(long_, 0, long_.length)).isEqualTo("é".repeat(40) + "…");
        assertThat(FieldBytes.text(b, 2, 7)).isEqualTo("12345");
    }

    private static int parse(String text, int minYear) {
        byte[] b = (" " + text + " ").getBytes(StandardCharsets.US_ASCII);
        return DateBytes.parse(b, 1, b.length - 1, minYear);
    }
}
