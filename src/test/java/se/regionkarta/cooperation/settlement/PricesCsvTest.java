package se.regionkarta.cooperation.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.cooperation.settlement.model.CareKind;
import se.regionkarta.cooperation.settlement.model.PriceList;
import se.regionkarta.cooperation.settlement.model.PriceLists;
import se.regionkarta.cooperation.settlement.model.Tariff;
import se.regionkarta.input.BadInput;

class PricesCsvTest {

    private static final String HEADER = PricesCsv.HEADER + "\n";

    private static PriceLists read(String text) {
        return PricesCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String text, long line) {
        return assertThatThrownBy(() -> read(text)).isInstanceOf(BadInput.class)
                .satisfies(e -> assertThat(((BadInput) e).problems().get(0).line()).isEqualTo(line));
    }

    @Test
    @DisplayName("rows with the same period form one price list; an empty end means open-ended")
    void versions() {
        PriceLists lists = read("\uFEFF" + HEADER.replace("\n", "\r\n") + "2025-01-01,2025-12-31,visit,kardiologi,3100.50\r\n"
                + "\r\n2025-01-01,2025-12-31,\"drg\",\"\",68412.37\r\n2026-01-01,,visit,kardiologi,3200\r\n");

        assertThat(lists.versions()).extracting(PriceList::period).containsExactly("2025-01-01–2025-12-31", "from 2026-01-01");
        assertThat(lists.versions().get(0).priceOre(Tariff.anyCode(CareKind.DRG))).isEqualTo(6_841_237);
        assertThat(lists.validOn(LocalDate.of(2030, 1, 1)).orElseThrow().priceOre(new Tariff(CareKind.VISIT, "kardiologi")))
                .isEqualTo(320_000);
    }

    @Test
    @DisplayName("the first bad row rejects the whole file, naming its line")
    void badRows() {
        refused(HEADER + "2025-01-01,2025-12-31,xray,,100\n", 2).hasMessageContaining("unknown kind of care 'xray'");
        refused(HEADER + "\n2025-01-01,2025-12-31,visit,a,12.345\n", 3).hasMessageContaining("price_sek");
        refused(HEADER + "2025-01-01,2025-12-31,visit,a,-5\n", 2).hasMessageContaining("price_sek");
        refused(HEADER + "2025-13-01,2025-12-31,visit,a,5\n", 2).hasMessageContaining("valid_from must be a day");
        refused(HEADER + "2025-01-01,2025-12-31,visit,a\n", 2).hasMessageContaining("expected 5 fields, found 4");
        refused(HEADER + "2025-01-01,2024-12-31,visit,a,5\n", 2).hasMessageContaining("before it begins");
        refused(HEADER + "2025-01-01,2025-12-31,visit,a,100000000\n", 2).hasMessageContaining("at most 99999999.99");
        refused(HEADER + "2025-01-01,2025-12-31,visit,\"a,5\n", 2).hasMessageContaining("not a CSV row");
        refused(HEADER + "2025-01-01,2025-12-31,visit, a,5\n", 2).hasMessageContaining("surrounding spaces");
    }

    @Test
    @DisplayName("a second price for the same tariff and period is refused, naming both lines")
    void duplicate() {
        refused(HEADER + "2025-01-01,2025-12-31,visit,a,5\n2025-01-01,2025-12-31,visit,a,6\n", 3)
                .hasMessageContaining("(line 2)");
    }

    @Test
    @DisplayName("overlapping periods are refused at the later list's first line")
    void overlap() {
        refused(HEADER + "2025-01-01,2025-12-31,visit,a,5\n2025-07-01,,visit,a,6\n", 3)
                .hasMessageContaining("overlaps the price list 2025-01-01–2025-12-31 (line 2)");
    }

    @Test
    @DisplayName("a file without the header, or empty, is refused at line 1")
    void header() {
        refused("2025-01-01,2025-12-31,visit,a,5\n", 1).hasMessageContaining("expected the header");
        refused("", 1).hasMessageContaining("empty");
    }

    @Test
    @DisplayName("price lists naming more than 32 767 codes are refused at the line that passes the limit (issue 13: was a 500)")
    void tooManyCodes() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < PricesCsv.MAX_CODES; i++) {
            text.append("2025-01-01,2025-12-31,visit,c").append(i).append(",100\n");
        }
        assertThat(read(text.toString()).tariffs()).hasSize(PricesCsv.MAX_CODES);
        // the same codes in another period are no new codes; one more is
        text.append("2026-01-01,2026-12-31,visit,c0,100\n").append("2026-01-01,2026-12-31,visit,c-new,100\n");
        refused(text.toString(), PricesCsv.MAX_CODES + 3).hasMessageContaining("more than 32767 codes");
    }
}
