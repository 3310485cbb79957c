package se.regionkarta.carechoice.compensation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of listings and what-if questions, one by one. */
class ListingRulesTest {

    private static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);

    @Test
    @DisplayName("a change of provider ends the old listing on the day of the change and starts the new one the day after")
    void changeTakesEffectTheNextDay() {
        Listing listing = new Listing(7, "s", "vc-a", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));

        Listing.Change change = listing.changeTo("vc-b", MARCH_10);

        assertThat(change.ended()).isEqualTo(new Listing(7, "s", "vc-a", LocalDate.of(2024, 1, 1), MARCH_10));
        assertThat(change.started()).isEqualTo(new Listing(7, "s", "vc-b", LocalDate.of(2025, 3, 11), LocalDate.of(2025, 12, 31)));
    }

    @Test
    @DisplayName("a listing cannot change on a day it does not cover, nor on its last day")
    void changeOnlyWhileListed() {
        Listing listing = new Listing(7, "s", "vc-a", MARCH_10, MARCH_10.plusDays(5));

        assertThatThrownBy(() -> listing.changeTo("vc-b", MARCH_10.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> listing.changeTo("vc-b", MARCH_10.plusDays(5))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a what-if is written N:A→B:DATE, with -> for the arrow in ASCII")
    void parseWhatIf() {
        assertThat(WhatIf.parse("100:hc-0001→hc-0002:2025-03-10", "whatIf")).isEqualTo(new WhatIf(100, "hc-0001", "hc-0002", MARCH_10));
        assertThat(WhatIf.parse(" 5:a->b:2025-03-10 ", "whatIf")).isEqualTo(new WhatIf(5, "a", "b", MARCH_10));
        assertThatThrownBy(() -> WhatIf.parse("5:a→a:2025-03-10", "whatIf")).hasMessageContaining("another provider");
        assertThatThrownBy(() -> WhatIf.parse("5:a→b:2025-02-30", "whatIf")).hasMessageContaining("no day");
        assertThatThrownBy(() -> WhatIf.parse("a→b", "whatIf")).hasMessageContaining("N:A→B:DATE");
    }

    @Test
    @DisplayName("a what-if moves the N residents with the lowest ids listed with A that day, from that day on")
    void whatIfMovesTheLowestIds() {
        List<Listing> listings = List.of(
                new Listing(9, "s", "a", LocalDate.of(2024, 1, 1), null),
                new Listing(3, "s", "a", LocalDate.of(2024, 1, 1), null),
                new Listing(4, "s", "a", MARCH_10, null),
                new Listing(1, "s", "a", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 9)),
                new Listing(2, "t", "a", LocalDate.of(2024, 1, 1), null));

        WhatIf.Applied applied = new WhatIf(2, "a", "b", MARCH_10).apply("s", listings);

        assertThat(applied.moved()).isEqualTo(2);
        assertThat(applied.listings()).containsExactlyInAnyOrder(
                new Listing(9, "s", "a", LocalDate.of(2024, 1, 1), null),
                new Listing(3, "s", "a", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 9)),
                new Listing(3, "s", "b", MARCH_10, null),
                new Listing(4, "s", "b", MARCH_10, null),
                new Listing(1, "s", "a", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 9)),
                new Listing(2, "t", "a", LocalDate.of(2024, 1, 1), null));
    }

    @Test
    @DisplayName("a resident's age in a year is the age turned that year")
    void ageTurnedInTheYear() {
        Resident r = new Resident(1, 1960, Sex.FEMALE, "a");

        assertThat(r.ageIn(2024)).isEqualTo(64);
        assertThat(r.ageIn(2025)).isEqualTo(65);
    }

    @Test
    @DisplayName("a resident id has at most nine digits, so that no personal identity number can stand in for it")
    void residentIds() {
        assertThatThrownBy(() -> new Resident(0, 1960, Sex.FEMALE, "a")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Resident(Resident.MAX_ID, 1960, Sex.MALE, "a").id()).isEqualTo(999_999_999);
        assertThat(String.valueOf(Resident.MAX_ID)).hasSize(9);
    }

    @Test
    @DisplayName("the care need index is read and written with four decimals")
    void careNeedIndex() {
        assertThat(CareNeedIndex.parse("1.0734").tenThousandths()).isEqualTo(10_734);
        assertThat(CareNeedIndex.parse("2").toString()).isEqualTo("2.0000");
        assertThatThrownBy(() -> CareNeedIndex.parse("0.00001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CareNeedIndex.parse("0")).isInstanceOf(IllegalArgumentException.class);
    }
}
