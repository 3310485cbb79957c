package se.regionkarta.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The exact decimals both money models read and write. */
class ExactDecimalTest {

    @Test
    @DisplayName("digits with up to scale decimals become whole units of the last decimal")
    void parses() {
        assertThat(ExactDecimal.parse("3528", 2, 8, "x", "is")).isEqualTo(352_800);
        assertThat(ExactDecimal.parse("3528.5", 2, 8, "x", "is")).isEqualTo(352_850);
        assertThat(ExactDecimal.parse("0.0001", 4, 7, "x", "is")).isEqualTo(1);
        assertThat(ExactDecimal.parse("9999999999999.99", 2, 13, "x", "is")).isEqualTo(999_999_999_999_999L);
    }

    @Test
    @DisplayName("a missing or malformed number names the value, in the engine's own wording")
    void rejects() {
        assertThatThrownBy(() -> ExactDecimal.parse("", 2, 8, "the rate", "must be")).hasMessage("the rate is missing");
        assertThatThrownBy(() -> ExactDecimal.parse(null, 2, 8, "the rate", "must be")).hasMessage("the rate is missing");
        for (String bad : new String[] {"1.234", "1.", ".5", "-1", "1e3", "123456789", "1,5", " 1"}) {
            assertThatThrownBy(() -> ExactDecimal.parse(bad, 2, 8, "the rate", "must be"))
                    .hasMessage("the rate must be written with digits, a point and at most 2 decimals (at most 8 digits before"
                            + " the point), got '" + bad + "'");
        }
        assertThatThrownBy(() -> ExactDecimal.parse("1.23456", 4, 7, "a DRG weight", "is"))
                .hasMessageStartingWith("a DRG weight is written with digits");
    }

    @Test
    @DisplayName("öre are written as SEK with two decimals, grouped by thousands on request")
    void writesSek() {
        assertThat(OreText.sek(123_450)).isEqualTo("1234.50");
        assertThat(OreText.sek(5)).isEqualTo("0.05");
        assertThat(OreText.sek(-123_405)).isEqualTo("-1234.05");
        assertThat(OreText.groupedSek(123_456_789_01L)).isEqualTo("123 456 789.01");
        assertThat(OreText.groupedSek(-100_000)).isEqualTo("-1 000.00");
        assertThat(OreText.groupedSek(99)).isEqualTo("0.99");
        assertThat(OreText.groupThousands(12_345_678)).isEqualTo("12 345 678");
        assertThat(OreText.groupThousands(-1_000)).isEqualTo("-1 000");
        assertThat(OreText.groupThousands(999)).isEqualTo("999");
    }
}
