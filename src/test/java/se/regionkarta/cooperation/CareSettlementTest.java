package se.regionkarta.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.cooperation.settlement.model.UnpricedReason;
import se.regionkarta.input.BadInput;

/** Settling CSV text, as the API and the site do, with the worked example of docs/settlement.md. */
class CareSettlementTest {

    static final List<String> REGIONS = List.of("jonkoping", "kalmar", "ostergotland");

    static byte[] example(String name) throws IOException {
        try (InputStream in = CareSettlementTest.class.getResourceAsStream("/settlement/example-" + name + ".csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    @DisplayName("the example of docs/settlement.md settles to 281 217.06 SEK with line 8 reported, as the settle command does")
    void example() throws IOException {
        SettlementReport r = CareSettlement.settle(example("events"), example("prices"), List.of("e", "p"), REGIONS, null, 20);

        assertThat(r.settlement().totalOre()).isEqualTo(28_121_706L);
        assertThat(r.settlement().pairs()).hasSize(3);
        assertThat(r.settlement().unpriced().first()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(8);
            assertThat(u.reason()).isEqualTo(UnpricedReason.UNKNOWN_REGION);
        });
        assertThat(SettlementJson.of(r).events()).isEqualTo("e");
        assertThat(CareSettlement.settle(example("events"), example("prices"), List.of("e", "p"), REGIONS,
                YearMonth.of(2025, 1), 20).settlement().totalOre()).isEqualTo(27_821_706L);
    }

    @Test
    @DisplayName("a bad price row and events without their header are refused, naming the input as it was named and the line")
    void badInput() throws IOException {
        byte[] badPrices = "valid_from,valid_until,kind,code,price_sek\n2025-01-01,,visit,,x\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CareSettlement.settle(example("events"), badPrices, List.of("e", "p"), REGIONS, null, 20))
                .isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("p");
                    assertThat(p.line()).isEqualTo(2);
                }));
        byte[] noHeader = "kalmar,ostergotland,ostergotland,2025-01-02,visit,,1\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CareSettlement.settle(noHeader, example("prices"), List.of("e", "p"), REGIONS, null, 20))
                .isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("e");
                    assertThat(p.line()).isEqualTo(1);
                }));
    }
}
