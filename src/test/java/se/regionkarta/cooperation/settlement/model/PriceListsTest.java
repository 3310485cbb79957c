package se.regionkarta.cooperation.settlement.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PriceListsTest {

    private static final Tariff CARDIOLOGY = new Tariff(CareKind.VISIT, "kardiologi");
    private static final Tariff ANY_DAY = Tariff.anyCode(CareKind.DAY);
    private static final Tariff INTENSIVE = new Tariff(CareKind.DAY, "intensivvard");

    private static PriceList year(int year, Map<Tariff, Long> prices) {
        return new PriceList(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), prices);
    }

    @Test
    @DisplayName("the price list valid on a day is the one whose period holds it, both ends included")
    void validOn() {
        PriceLists lists = new PriceLists(List.of(year(2025, Map.of(CARDIOLOGY, 310_050L)), year(2024, Map.of(CARDIOLOGY, 300_000L))));

        assertThat(lists.versions()).extracting(PriceList::validFrom)
                .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
        assertThat(lists.validOn(LocalDate.of(2024, 12, 31)).orElseThrow().priceOre(CARDIOLOGY)).isEqualTo(300_000);
        assertThat(lists.validOn(LocalDate.of(2025, 1, 1)).orElseThrow().priceOre(CARDIOLOGY)).isEqualTo(310_050);
        assertThat(lists.validOn(LocalDate.of(2023, 12, 31))).isEmpty();
        assertThat(lists.validOn(LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    @DisplayName("a list without an end is valid from its first day on")
    void openEnded() {
        PriceLists lists = new PriceLists(List.of(year(2024, Map.of(CARDIOLOGY, 1L)),
                new PriceList(LocalDate.of(2025, 1, 1), null, Map.of(CARDIOLOGY, 2L))));

        assertThat(lists.validOn(LocalDate.of(2099, 6, 1)).orElseThrow().priceOre(CARDIOLOGY)).isEqualTo(2);
        assertThat(lists.versions().get(1).period()).isEqualTo("from 2025-01-01");
    }

    @Test
    @DisplayName("price lists whose periods overlap are refused")
    void overlap() {
        PriceList whole2025 = year(2025, Map.of(CARDIOLOGY, 1L));
        PriceList fromJuly = new PriceList(LocalDate.of(2025, 7, 1), null, Map.of(CARDIOLOGY, 2L));

        assertThatThrownBy(() -> new PriceLists(List.of(whole2025, fromJuly))).hasMessageContaining("overlap");
    }

    @Test
    @DisplayName("a code's own price wins over the kind's price for any code; without either there is none")
    void tariffFor() {
        PriceList list = year(2025, Map.of(ANY_DAY, 985_000L, INTENSIVE, 4_230_000L, CARDIOLOGY, 1L));

        assertThat(list.tariffFor(CareKind.DAY, "intensivvard")).contains(INTENSIVE);
        assertThat(list.tariffFor(CareKind.DAY, "ortopedi")).contains(ANY_DAY);
        assertThat(list.tariffFor(CareKind.DAY, "")).contains(ANY_DAY);
        assertThat(list.tariffFor(CareKind.VISIT, "hudsjukvard")).isEmpty();
        assertThat(list.tariffFor(CareKind.DRG, "F62C")).isEmpty();
    }

    @Test
    @DisplayName("a price list refuses negative prices and an end before its start")
    void invalid() {
        assertThatThrownBy(() -> year(2025, Map.of(CARDIOLOGY, -1L))).hasMessageContaining("price");
        assertThatThrownBy(() -> new PriceList(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31), Map.of()))
                .hasMessageContaining("before it begins");
    }
}
