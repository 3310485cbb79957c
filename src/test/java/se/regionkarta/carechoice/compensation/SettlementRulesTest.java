package se.regionkarta.carechoice.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.carechoice.compensation.model.AgeBand;
import se.regionkarta.carechoice.compensation.model.CareNeedIndex;
import se.regionkarta.carechoice.compensation.model.HomeArea;
import se.regionkarta.carechoice.compensation.model.Listing;
import se.regionkarta.carechoice.compensation.model.ModelVersion;
import se.regionkarta.carechoice.compensation.model.MonthSettlement;
import se.regionkarta.carechoice.compensation.model.NotPaid;
import se.regionkarta.carechoice.compensation.model.PaymentLine;
import se.regionkarta.carechoice.compensation.model.Provider;
import se.regionkarta.carechoice.compensation.model.ProviderPayment;
import se.regionkarta.carechoice.compensation.model.Resident;
import se.regionkarta.carechoice.compensation.model.Sex;
import se.regionkarta.carechoice.compensation.model.VisitCount;
import se.regionkarta.registry.model.Ownership;

/**
 * The settlement rules, computed by hand (docs/carechoice.md, "The rules"). Every case runs through
 * both the day-by-day rules and the engine over files, on one and two threads, which must agree.
 * The model: 3 720 SEK a year (310 SEK a month) for ages 0–19 and for men 20–64, 4 464 SEK (372 a
 * month) for women 20–64, 7 440 SEK (620 a month) from 65, in 2025; 3 600 SEK for everyone 0–64 and
 * 7 200 from 65 in 2024.
 */
class SettlementRulesTest {

    private static final String SCHEME = "test.vardval";
    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final ModelVersion V2025 = new ModelVersion(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), false,
            List.of(AgeBand.of(0, 19, 372_000), AgeBand.bySex(20, 64, 446_400, 372_000), AgeBand.of(65, null, 744_000)),
            0, Map.of(), 0, 75_000);
    private static final ModelVersion V2024 = new ModelVersion(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), false,
            List.of(AgeBand.of(0, 64, 360_000), AgeBand.of(65, null, 720_000)), 0, Map.of(), 0, 0);

    @TempDir
    Path dir;

    private static Resident man(int id, int born) {
        return new Resident(id, born, Sex.MALE, "a1");
    }

    private static Listing listing(int resident, String provider, String from, String until) {
        return new Listing(resident, SCHEME, provider, LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
    }

    private MonthSettlement settle(YearMonth month, List<Resident> residents, List<Provider> providers, List<Listing> listings) {
        return new BothEngines(SCHEME, List.of(V2024, V2025), residents, null, providers, listings, List.of()).settle(month, dir);
    }

    private static long amount(MonthSettlement s, String provider) {
        return s.provider(provider).map(ProviderPayment::amountOre).orElse(0L);
    }

    @Test
    @DisplayName("a resident listed 10 of the 31 days of March gets 10/31 of a twelfth of the yearly amount")
    void proRataDays() {
        MonthSettlement s = settle(MARCH, List.of(man(1, 2000)), null, List.of(listing(1, "vc-a", "2025-03-22", null)));

        // 3 720.00 / 12 = 310.00 a month; 310.00 × 10 / 31 = 100.00
        assertThat(amount(s, "vc-a")).isEqualTo(10_000);
        assertThat(s.provider("vc-a").orElseThrow().personDays()).isEqualTo(10);
    }

    @Test
    @DisplayName("a change of provider on 10 March moves the listing from 11 March: 10 days to the old, 21 to the new")
    void changeMovesFromTheNextDay() {
        Listing before = listing(1, "vc-a", "2025-01-01", null);
        Listing.Change change = before.changeTo("vc-b", LocalDate.of(2025, 3, 10));
        MonthSettlement s = settle(MARCH, List.of(man(1, 2000)), null, List.of(change.ended(), change.started()));

        assertThat(change.started().from()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(amount(s, "vc-a")).isEqualTo(10_000);      // 310.00 × 10/31
        assertThat(amount(s, "vc-b")).isEqualTo(21_000);      // 310.00 × 21/31
        assertThat(s.totalOre()).isEqualTo(31_000);           // the whole month, once
    }

    @Test
    @DisplayName("the age band is that of the age turned in the month's year, and the sexes are paid as the band says")
    void ageBandsAndSex() {
        List<Resident> residents = List.of(man(1, 2006), man(2, 2005), new Resident(3, 2005, Sex.FEMALE, "a1"), man(4, 1960));
        List<Listing> listings = List.of(listing(1, "vc-a", "2020-01-01", null), listing(2, "vc-a", "2020-01-01", null),
                listing(3, "vc-a", "2020-01-01", null), listing(4, "vc-a", "2020-01-01", null));
        MonthSettlement s = settle(MARCH, residents, null, listings);

        // turning 19 in 2025: 0–19, 310.00; turning 20: 20–64, a man 310.00, a woman 372.00; turning 65: 620.00
        assertThat(s.provider("vc-a").orElseThrow().lines()).extracting(PaymentLine::label, PaymentLine::amountOre)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("capitation 0–19", 31_000L),
                        org.assertj.core.groups.Tuple.tuple("capitation 20–64 F", 37_200L),
                        org.assertj.core.groups.Tuple.tuple("capitation 20–64 M", 31_000L),
                        org.assertj.core.groups.Tuple.tuple("capitation 65+", 62_000L));
        assertThat(amount(s, "vc-a")).isEqualTo(161_200);
    }

    @Test
    @DisplayName("at a year boundary the new version pays January and everyone is a year older")
    void yearBoundary() {
        List<Resident> residents = List.of(man(1, 1960));
        List<Listing> listings = List.of(listing(1, "vc-a", "2020-01-01", null));

        MonthSettlement december = settle(YearMonth.of(2024, 12), residents, null, listings);
        MonthSettlement january = settle(YearMonth.of(2025, 1), residents, null, listings);

        // 2024: turns 64, band 0–64 at 3 600.00 a year = 300.00; 2025: turns 65, 7 440.00 a year = 620.00
        assertThat(december.version()).isEqualTo(V2024);
        assertThat(amount(december, "vc-a")).isEqualTo(30_000);
        assertThat(january.version()).isEqualTo(V2025);
        assertThat(amount(january, "vc-a")).isEqualTo(62_000);
    }

    @Test
    @DisplayName("a provider that closes on 15 March is paid for 15 days, its fixed amount too, and the 16 days after earn nothing")
    void providerClosesMidMonth() {
        ModelVersion withFixed = new ModelVersion(LocalDate.of(2025, 1, 1), null, false, List.of(AgeBand.of(0, null, 372_000)),
                3_100_000, Map.of("vc-c", 6_200_000L), 0, 0);
        List<Provider> providers = List.of(new Provider("vc-a", SCHEME, Ownership.PRIVATE, null, LocalDate.of(2025, 3, 15)),
                new Provider("vc-b", SCHEME, Ownership.REGION_RUN, LocalDate.of(2025, 3, 16), null),
                new Provider("vc-c", SCHEME, Ownership.REGION_RUN, null, null));
        List<Listing> listings = List.of(listing(1, "vc-a", "2024-05-01", null));
        MonthSettlement s = new BothEngines(SCHEME, List.of(withFixed), List.of(man(1, 1990)), null, providers, listings, List.of())
                .settle(MARCH, dir);

        // vc-a: capitation 310.00 × 15/31 = 150.00, fixed 31 000.00 × 15/31 = 15 000.00
        assertThat(amount(s, "vc-a")).isEqualTo(15_150_00);
        assertThat(s.provider("vc-a").orElseThrow().openDays()).isEqualTo(15);
        // vc-b opens on the 16th: 16 days of its fixed amount; vc-c has its own fixed amount, 62 000.00
        assertThat(amount(s, "vc-b")).isEqualTo(16_000_00);
        assertThat(amount(s, "vc-c")).isEqualTo(62_000_00);
        assertThat(s.notPaid()).isEqualTo(new NotPaid(16, 0, 0));
    }

    @Test
    @DisplayName("the care need index multiplies the capitation, and half an öre rounds up")
    void careNeedIndexAndHalfUp() {
        ModelVersion weighted = new ModelVersion(LocalDate.of(2025, 1, 1), null, true, List.of(AgeBand.of(0, null, 372_000)), 0,
                Map.of(), 0, 0);
        List<HomeArea> areas = List.of(new HomeArea("a1", CareNeedIndex.parse("1.2345")));
        MonthSettlement s = new BothEngines(SCHEME, List.of(weighted), List.of(man(1, 1990)), areas, null,
                List.of(listing(1, "vc-a", "2024-05-01", null)), List.of()).settle(MARCH, dir);

        // 310.00 × 1.2345 = 382.695 SEK = 38 269.5 öre, rounded half up to 38 270
        assertThat(s.provider("vc-a").orElseThrow().exact().longValueExact()).isEqualTo(372_000L * 12_345 * 31);
        assertThat(s.denominator()).isEqualTo(12L * 10_000 * 31);
        assertThat(amount(s, "vc-a")).isEqualTo(38_270);
    }

    @Test
    @DisplayName("a provider's month is rounded once, not line by line, and its lines still add up")
    void roundedOncePerProvider() {
        // 1.00 SEK a year in three bands: each resident's month is 100/12 = 8.333… öre
        ModelVersion tiny = new ModelVersion(LocalDate.of(2025, 1, 1), null, false,
                List.of(AgeBand.of(0, 9, 100), AgeBand.of(10, 19, 100), AgeBand.of(20, null, 100)), 0, Map.of(), 0, 0);
        List<Resident> residents = List.of(man(1, 2020), man(2, 2010), man(3, 1990));
        List<Listing> listings = List.of(listing(1, "vc-a", "2024-01-01", null), listing(2, "vc-a", "2024-01-01", null),
                listing(3, "vc-a", "2024-01-01", null));
        MonthSettlement s = new BothEngines(SCHEME, List.of(tiny), residents, null, null, listings, List.of()).settle(MARCH, dir);

        // line by line it would be 8 + 8 + 8 = 24 öre; the exact sum is 25.0 öre
        assertThat(amount(s, "vc-a")).isEqualTo(25);
        // each line gets 8 öre rounded down, and the öre left goes to the first of the equal remainders
        assertThat(s.provider("vc-a").orElseThrow().lines()).extracting(PaymentLine::amountOre).containsExactly(9L, 8L, 8L);
    }

    @Test
    @DisplayName("visits are paid by kind of patient; those on days the provider is closed are not paid")
    void visits() {
        List<Provider> providers = List.of(new Provider("vc-a", SCHEME, null, null, LocalDate.of(2025, 3, 20)));
        List<VisitCount> visits = List.of(new VisitCount(SCHEME, "vc-a", LocalDate.of(2025, 3, 3), VisitCount.Patient.OTHER, 3),
                new VisitCount(SCHEME, "vc-a", LocalDate.of(2025, 3, 3), VisitCount.Patient.LISTED, 40),
                new VisitCount(SCHEME, "vc-a", LocalDate.of(2025, 3, 21), VisitCount.Patient.OTHER, 5),
                new VisitCount(SCHEME, "vc-a", LocalDate.of(2025, 4, 1), VisitCount.Patient.OTHER, 7));
        MonthSettlement s = new BothEngines(SCHEME, List.of(V2025), List.of(man(1, 2000)), null, providers, List.of(), visits)
                .settle(MARCH, dir);

        // 3 visits by other patients at 750.00; the listed patients' 40 at 0.00; 5 after it closed not paid
        assertThat(amount(s, "vc-a")).isEqualTo(2_250_00);
        assertThat(s.provider("vc-a").orElseThrow().lines()).extracting(PaymentLine::kind, PaymentLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PaymentLine.Kind.VISIT_LISTED, 40L),
                        org.assertj.core.groups.Tuple.tuple(PaymentLine.Kind.VISIT_OTHER, 3L));
        assertThat(s.notPaid().visitsNotPaid()).isEqualTo(5);
    }

    @Test
    @DisplayName("a resident at an age no band covers earns nothing and is counted (dental care for ages 3–23)")
    void outsideTheBands() {
        ModelVersion dental = new ModelVersion(LocalDate.of(2025, 1, 1), null, false, List.of(AgeBand.of(3, 23, 113_500)), 0,
                Map.of(), 0, 0);
        MonthSettlement s = new BothEngines(SCHEME, List.of(dental), List.of(man(1, 2010), man(2, 1990)), null, null,
                List.of(listing(1, "ftv-a", "2015-01-01", null), listing(2, "ftv-a", "2015-01-01", null)), List.of()).settle(MARCH, dir);

        // 1 135.00 a year / 12 = 94.583… → 94.58 for the 15-year-old; the 35-year-old's 31 days earn nothing
        assertThat(amount(s, "ftv-a")).isEqualTo(9_458);
        assertThat(s.notPaid().outsideAgesPersonDays()).isEqualTo(31);
    }

    @Test
    @DisplayName("the total paid is the sum over the providers")
    void totalIsTheSum() {
        Listing.Change change = listing(1, "vc-a", "2025-01-01", null).changeTo("vc-b", LocalDate.of(2025, 3, 4));
        MonthSettlement s = settle(MARCH, List.of(man(1, 2000), man(2, 1950)), null,
                List.of(change.ended(), change.started(), listing(2, "vc-c", "2025-03-31", null)));

        assertThat(s.totalOre()).isEqualTo(s.providers().stream().mapToLong(ProviderPayment::amountOre).sum());
        assertThat(s.totalOre()).isEqualTo(31_000 + 2_000);    // a whole month at 310.00; one day at 620.00
    }
}
