package se.regionkarta.cooperation.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.cooperation.settlement.model.CareKind;
import se.regionkarta.cooperation.settlement.model.LineItem;
import se.regionkarta.cooperation.settlement.model.PairMonth;
import se.regionkarta.cooperation.settlement.model.Settlement;
import se.regionkarta.cooperation.settlement.model.Tariff;
import se.regionkarta.cooperation.settlement.model.Unpriced;
import se.regionkarta.cooperation.settlement.model.UnpricedReason;

/** Settlements computed by hand (prices in {@link Fixture#PRICES}). */
class SettlerTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("an event is priced by the list valid on its date: 31 December by the old year's, 1 January by the new")
    void yearChange() {
        Fixture f = new Fixture(dir);
        Settlement s = f.settle(f.events(
                "kalmar,ostergotland,ostergotland.us,2024-12-31,visit,kardiologi,2",
                "kalmar,ostergotland,ostergotland.us,2025-01-01,visit,kardiologi,2"));

        // 2 × 3 000.00 = 6 000.00 in December 2024; 2 × 3 100.50 = 6 201.00 in January 2025
        assertThat(s.pairs()).extracting(PairMonth::month, PairMonth::amountOre)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 12), 600_000L),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 1), 620_100L));
        assertThat(s.pairs().get(0).lines()).containsExactly(new LineItem(new Tariff(CareKind.VISIT, "kardiologi"),
                LocalDate.of(2024, 1, 1), 300_000, 1, 2, 600_000));
        assertThat(s.pairs().get(1).lines().get(0).priceListFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(s.totalOre()).isEqualTo(1_220_100);
    }

    @Test
    @DisplayName("each DRG episode is rounded to whole öre by itself, half up, before the line is summed")
    void drgRounding() {
        Fixture f = new Fixture(dir, """
                valid_from,valid_until,kind,code,price_sek
                2025-01-01,2025-12-31,drg,,0.01
                """);
        Settlement s = f.settle(f.events(
                "kalmar,ostergotland,ostergotland.us,2025-03-01,drg,F62C,0.5",
                "kalmar,ostergotland,ostergotland.us,2025-03-02,drg,F62C,0.4999",
                "kalmar,ostergotland,ostergotland.us,2025-03-03,drg,I03B,1.5000"));

        // 0.5 öre → 1, 0.4999 öre → 0, 1.5 öre → 2: 3 öre (rounding the sum, 2.4999 öre, would give 2)
        LineItem line = s.pairs().get(0).lines().get(0);
        assertThat(line.tariff()).isEqualTo(Tariff.anyCode(CareKind.DRG));
        assertThat(line.count()).isEqualTo(3);
        assertThat(line.quantity()).isEqualTo(24_999);
        assertThat(line.amountOre()).isEqualTo(3);
    }

    @Test
    @DisplayName("a DRG episode of 1.2345 points at 68 412.37 SEK a point costs 84 455.07 SEK")
    void drgPrice() {
        Fixture f = new Fixture(dir);
        Settlement s = f.settle(f.events("jonkoping,ostergotland,ostergotland,2025-06-10,drg,F62C,1.2345"));

        // 6 841 237 öre × 1.2345 = 8 445 507.0765 öre
        assertThat(s.totalOre()).isEqualTo(8_445_507);
    }

    @Test
    @DisplayName("a code without a price of its own takes the kind's price for any code, in the list of its date")
    void anyCode() {
        Fixture f = new Fixture(dir);
        Settlement s = f.settle(f.events(
                "kalmar,ostergotland,ostergotland.us,2024-05-05,day,intensivvard,2",
                "kalmar,ostergotland,ostergotland.us,2025-05-05,day,intensivvard,2",
                "kalmar,ostergotland,ostergotland.us,2025-05-06,day,ortopedi,3"));

        // 2024 has no intensive-care price: 2 × 9 000 = 18 000; 2025: 2 × 40 000 = 80 000 and 3 × 9 500 = 28 500
        assertThat(s.pairs()).extracting(PairMonth::amountOre).containsExactly(1_800_000L, 10_850_000L);
        assertThat(s.pairs().get(1).lines()).extracting(LineItem::tariff)
                .containsExactly(Tariff.anyCode(CareKind.DAY), new Tariff(CareKind.DAY, "intensivvard"));
    }

    @Test
    @DisplayName("events that cannot be priced are reported with their line and reason, and nothing else is lost")
    void unpriced() {
        Fixture f = new Fixture(dir);
        Settlement s = f.settle(f.events(
                "kalmar,ostergotland,ostergotland.us,2025-03-01,visit,kardiologi,1",
                "gotlnd,ostergotland,ostergotland.us,2025-03-01,visit,kardiologi,1",
                "kalmar,ostergotland,ostergotland.us,2025-03-01,xray,kardiologi,1",
                "kalmar,ostergotland,ostergotland.us,2023-06-01,visit,kardiologi,1",
                "kalmar,ostergotland,ostergotland.us,2025-03-01,visit,allergologi,1",
                "kalmar,ostergotland,ostergotland.us,2025-02-30,visit,kardiologi,1",
                "kalmar,kalmar,kalmar.lanssjukhuset-kalmar,2025-03-01,visit,kardiologi,1",
                "kalmar,ostergotland,jonkoping.ryhov,2025-03-01,visit,kardiologi,1",
                "kalmar,ostergotland,ostergotland.us,2024-06-01,visit,hudsjukvard,1",
                "kalmar,ostergotland,ostergotland.us,2025-03-01,visit,kardiologi"));

        assertThat(s.unpriced().first()).extracting(Unpriced::line, Unpriced::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, UnpricedReason.UNKNOWN_REGION),
                org.assertj.core.groups.Tuple.tuple(4L, UnpricedReason.UNKNOWN_KIND),
                org.assertj.core.groups.Tuple.tuple(5L, UnpricedReason.NO_PRICE_LIST),
                org.assertj.core.groups.Tuple.tuple(6L, UnpricedReason.UNKNOWN_CODE),
                org.assertj.core.groups.Tuple.tuple(7L, UnpricedReason.MALFORMED),
                org.assertj.core.groups.Tuple.tuple(8L, UnpricedReason.SAME_REGION),
                org.assertj.core.groups.Tuple.tuple(9L, UnpricedReason.UNIT_OUTSIDE_REGION),
                org.assertj.core.groups.Tuple.tuple(10L, UnpricedReason.NO_PRICE),
                org.assertj.core.groups.Tuple.tuple(11L, UnpricedReason.MALFORMED));
        assertThat(s.unpriced().first()).extracting(Unpriced::detail).containsExactly(
                "unknown region 'gotlnd'",
                "unknown kind of care 'xray' (visit, day or drg)",
                "no price list is valid on 2023-06-01",
                "no price for visit 'allergologi' in any price list",
                "date must be a day written YYYY-MM-DD, got '2025-02-30'",
                "care within region 'kalmar' is not sold",
                "unit 'jonkoping.ryhov' is not in region 'ostergotland'",
                "no price for visit 'hudsjukvard' in the price list 2024-01-01–2024-12-31",
                "expected 7 fields, found 6");
        assertThat(s.rows()).isEqualTo(10);
        assertThat(s.priced()).isEqualTo(1);
        assertThat(s.unpriced().count()).isEqualTo(9);
        assertThat(s.unpriced().byReason()).containsEntry(UnpricedReason.MALFORMED, 2L);
        assertThat(s.totalOre()).isEqualTo(310_050);
    }

    @Test
    @DisplayName("events are summed per month: the last of January and the first of February are apart")
    void months() {
        Fixture f = new Fixture(dir);
        Path events = f.events(
                "kalmar,ostergotland,ostergotland.us,2025-01-31,visit,kardiologi,1",
                "kalmar,ostergotland,ostergotland.us,2025-02-01,visit,kardiologi,1",
                "kalmar,ostergotland,ostergotland.us,2025-02-28,visit,hudsjukvard,2",
                "jonkoping,ostergotland,ostergotland.us,2025-02-14,visit,kardiologi,1",
                "ostergotland,kalmar,kalmar.lanssjukhuset-kalmar,2025-02-14,visit,kardiologi,1");
        Settlement all = f.settle(events);

        assertThat(all.pairs()).extracting(p -> p.home() + "→" + p.provider() + " " + p.month() + " " + p.amountOre())
                .containsExactly("jonkoping→ostergotland 2025-02 310050", "kalmar→ostergotland 2025-01 310050",
                        "kalmar→ostergotland 2025-02 610050", "ostergotland→kalmar 2025-02 310050");

        Settlement february = f.settle(events, YearMonth.of(2025, 2), 1);
        assertThat(february.pairs()).extracting(PairMonth::month).containsOnly(YearMonth.of(2025, 2));
        assertThat(february.outsideMonth()).isEqualTo(1);
        assertThat(february.rows()).isEqualTo(5);
        assertThat(february.totalOre()).isEqualTo(all.totalOre() - 310_050);
    }

    @Test
    @DisplayName("with --month, rows of other months are not checked further (only whether their date is a date)")
    void monthSkipsOtherProblems() {
        Fixture f = new Fixture(dir);
        Settlement s = f.settle(f.events(
                "gotlnd,ostergotland,ostergotland.us,2025-01-05,visit,kardiologi,1",
                "kalmar,ostergotland,ostergotland.us,2025-13-05,visit,kardiologi,1"), YearMonth.of(2025, 2), 2);

        assertThat(s.outsideMonth()).isEqualTo(1);
        assertThat(s.unpriced().byReason()).isEqualTo(Map.of(UnpricedReason.MALFORMED, 1L));
    }

    @Test
    @DisplayName("only the first unpriced events are listed, but all are counted")
    void keep() throws Exception {
        Fixture f = new Fixture(dir);
        String[] rows = new String[250];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "kalmar,ostergotland,ostergotland.us,2025-03-01,visit,kardiologi," + (i % 2 == 0 ? "0" : "1");
        }
        Settlement s = new Settler(Fixture.REGIONS, f.prices(), 7).settle(f.events(rows), null, 2);

        assertThat(s.unpriced().count()).isEqualTo(125);
        assertThat(s.unpriced().first()).extracting(Unpriced::line).containsExactly(2L, 4L, 6L, 8L, 10L, 12L, 14L);
        assertThat(List.of(s.priced(), s.rows())).containsExactly(125L, 250L);
    }
}
