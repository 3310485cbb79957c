package se.regionkarta.cooperation.settlement.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PricingTest {

    @Test
    @DisplayName("a visit or a day costs quantity × price, exactly")
    void countsAreExact() {
        assertThat(Pricing.amountOre(CareKind.VISIT, 3, 310_050)).isEqualTo(930_150);   // 3 × 3 100.50 = 9 301.50
        assertThat(Pricing.amountOre(CareKind.DAY, 12, 985_000)).isEqualTo(11_820_000);  // 12 × 9 850 = 118 200
    }

    @Test
    @DisplayName("a DRG episode costs weight × price per point, rounded half up to whole öre")
    void drgRounding() {
        // 1.2345 points × 68 412.37 SEK = 84 455.070765 SEK = 8 445 507.0765 öre → 8 445 507 öre
        assertThat(Pricing.amountOre(CareKind.DRG, 12_345, 6_841_237)).isEqualTo(8_445_507);
        // at 1 öre a point: 0.5 point is exactly half an öre and goes up; 0.4999 goes down; 1.5 goes up to 2
        assertThat(Pricing.amountOre(CareKind.DRG, 5_000, 1)).isEqualTo(1);
        assertThat(Pricing.amountOre(CareKind.DRG, 4_999, 1)).isEqualTo(0);
        assertThat(Pricing.amountOre(CareKind.DRG, 15_000, 1)).isEqualTo(2);
        // 2.5 points at 0.03 SEK = 7.5 öre → 8
        assertThat(Pricing.amountOre(CareKind.DRG, 25_000, 3)).isEqualTo(8);
    }

    @Test
    @DisplayName("the largest event stays far inside a long")
    void noOverflow() {
        long most = Pricing.amountOre(CareKind.VISIT, CareKind.VISIT.maxQuantity(), Pricing.MAX_PRICE_ORE);
        assertThat(most).isEqualTo(99_999L * 9_999_999_999L);
        assertThat(Pricing.amountOre(CareKind.DRG, CareKind.DRG.maxQuantity(), Pricing.MAX_PRICE_ORE))
                .isEqualTo((9_999_999L * 9_999_999_999L + 5_000) / 10_000);
    }

    @Test
    @DisplayName("amounts are read and written in SEK with two decimals, never through a float")
    void sek() {
        assertThat(Sek.parse("1234.5")).isEqualTo(123_450);
        assertThat(Sek.parse("0.10")).isEqualTo(10);
        assertThat(Sek.parse("7")).isEqualTo(700);
        assertThat(Sek.format(123_405)).isEqualTo("1234.05");
        assertThat(Sek.formatGrouped(123_456_789_012L)).isEqualTo("1 234 567 890.12");
        assertThat(Sek.formatGrouped(5)).isEqualTo("0.05");
        for (String bad : new String[] {"", "1.234", "-1", "1,5", "1.", ".5", "1e3", " 1"}) {
            assertThatThrownBy(() -> Sek.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("DRG weights are kept as ten-thousandths of a point")
    void points() {
        assertThat(Points.parse("1.2345")).isEqualTo(12_345);
        assertThat(Points.parse("0.2")).isEqualTo(2_000);
        assertThat(Points.parse("15")).isEqualTo(150_000);
        assertThat(Points.format(12_345)).isEqualTo("1.2345");
        assertThat(Points.format(2_000)).isEqualTo("0.2000");
        assertThatThrownBy(() -> Points.parse("1.23456")).isInstanceOf(IllegalArgumentException.class);
    }
}
