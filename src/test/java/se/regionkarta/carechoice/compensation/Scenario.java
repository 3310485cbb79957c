package se.regionkarta.carechoice.compensation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.regionkarta.carechoice.compensation.model.AgeBand;
import se.regionkarta.carechoice.compensation.model.CareNeedIndex;
import se.regionkarta.carechoice.compensation.model.HomeArea;
import se.regionkarta.carechoice.compensation.model.Listing;
import se.regionkarta.carechoice.compensation.model.ModelVersion;
import se.regionkarta.carechoice.compensation.model.Provider;
import se.regionkarta.carechoice.compensation.model.Resident;
import se.regionkarta.carechoice.compensation.model.Sex;
import se.regionkarta.carechoice.compensation.model.VisitCount;
import se.regionkarta.registry.model.Ownership;

/**
 * A small random county for the property tests, made from a seed (so a failure names the seed
 * that reproduces it): up to a dozen residents with chains of listings around the turn of 2024/25,
 * some in another scheme; up to four providers that may open or close during the months settled;
 * a random model version or two with random bands, amounts, fixed amounts and fees.
 */
final class Scenario {

    static final String SCHEME = "p.vardval";
    static final String OTHER = "p.tandvard";
    static final YearMonth[] MONTHS = {YearMonth.of(2024, 12), YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3)};

    final Random random;
    final List<Resident> residents = new ArrayList<>();
    final List<HomeArea> areas = new ArrayList<>();
    final List<Provider> providers = new ArrayList<>();
    final List<Listing> listings = new ArrayList<>();
    final List<VisitCount> visits = new ArrayList<>();
    final List<ModelVersion> versions = new ArrayList<>();
    final boolean providersFile;
    final YearMonth month;

    Scenario(long seed) {
        random = new Random(seed);
        month = MONTHS[random.nextInt(MONTHS.length)];
        for (int a = 1; a <= 3; a++) {
            areas.add(new HomeArea("a" + a, new CareNeedIndex(4_000 + random.nextInt(25_000))));
        }
        providersFile = random.nextBoolean();
        int count = 2 + random.nextInt(3);
        for (int p = 1; p <= count; p++) {
            LocalDate from = random.nextInt(4) == 0 ? day(2024, 11, 120) : null;
            LocalDate until = random.nextInt(4) == 0 ? day(2025, 1, 60) : null;
            if (from != null && until != null && until.isBefore(from)) {
                until = null;
            }
            providers.add(new Provider("vc-" + p, SCHEME, random.nextBoolean() ? Ownership.PRIVATE : Ownership.REGION_RUN, from, until));
        }
        int id = 0;
        int people = random.nextInt(13);
        for (int r = 0; r < people; r++) {
            id += 1 + random.nextInt(5);
            residents.add(new Resident(id, 1925 + random.nextInt(100), random.nextBoolean() ? Sex.FEMALE : Sex.MALE,
                    "a" + (1 + random.nextInt(3))));
            chain(id, SCHEME);
            if (random.nextInt(4) == 0) {
                chain(id, OTHER);
            }
        }
        for (int v = random.nextInt(6); v > 0; v--) {
            visits.add(new VisitCount(random.nextInt(5) == 0 ? OTHER : SCHEME, "vc-" + (1 + random.nextInt(count)), day(2024, 12, 120),
                    random.nextBoolean() ? VisitCount.Patient.LISTED : VisitCount.Patient.OTHER, 1 + random.nextInt(50)));
        }
        if (random.nextBoolean()) {
            versions.add(version(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
            versions.add(version(LocalDate.of(2025, 1, 1), null));
        } else {
            versions.add(version(LocalDate.of(2024, 1, 1), null));
        }
    }

    /** Returns the input as the test engines take it. */
    BothEngines engines() {
        return new BothEngines(SCHEME, versions, residents, areas, providersFile ? providers : null, listings, visits);
    }

    /** Returns a provider's days open in the month, as listings can reach it (all days without a providers file). */
    boolean openAllMonth(String provider) {
        if (!providersFile) {
            return true;
        }
        Provider p = providers.stream().filter(x -> x.id().equals(provider)).findFirst().orElseThrow();
        return p.openDays(month) == month.lengthOfMonth();
    }

    /** The listing of each resident in the scheme on a day, by resident id. */
    Map<Integer, Listing> listedOn(LocalDate day) {
        Map<Integer, Listing> on = new HashMap<>();
        listings.stream().filter(l -> l.scheme().equals(SCHEME) && l.covers(day)).forEach(l -> on.put(l.resident(), l));
        return on;
    }

    private void chain(int resident, String scheme) {
        int birth = residents.get(residents.size() - 1).birthYear();
        LocalDate from = day(2024, 10, 150);
        if (from.getYear() < birth) {
            return;
        }
        int links = random.nextInt(4);
        for (int k = 0; k < links; k++) {
            String provider = scheme.equals(OTHER) ? "ftv-1" : "vc-" + (1 + random.nextInt(providers.size()));
            boolean last = k == links - 1;
            LocalDate until = last && random.nextBoolean() ? null : from.plusDays(random.nextInt(70));
            listings.add(new Listing(resident, scheme, provider, from, until));
            if (until == null) {
                return;
            }
            from = until.plusDays(1 + (random.nextInt(3) == 0 ? random.nextInt(20) : 0));
        }
    }

    private ModelVersion version(LocalDate from, LocalDate until) {
        List<AgeBand> bands = new ArrayList<>();
        int age = random.nextInt(3) == 0 ? 3 + random.nextInt(5) : 0;
        while (bands.size() < 5) {
            boolean last = bands.size() == 4 || random.nextInt(4) == 0;
            Integer to = last ? (random.nextInt(3) == 0 ? Integer.valueOf(age + 20) : null) : Integer.valueOf(age + random.nextInt(30));
            bands.add(random.nextBoolean() ? AgeBand.of(age, to, amount())
                    : AgeBand.bySex(age, to, amount(), amount()));
            if (to == null) {
                break;
            }
            age = to + 1;
            if (last) {
                break;
            }
        }
        Map<String, Long> byUnit = random.nextBoolean() ? Map.of("vc-1", (long) random.nextInt(5_000_000)) : Map.of();
        return new ModelVersion(from, until, random.nextBoolean(), bands, random.nextInt(4) == 0 ? 0 : random.nextInt(5_000_000),
                byUnit, random.nextInt(10_000), random.nextInt(100_000));
    }

    /** An amount a year in öre, often with odd öre so that months have fractions. */
    private long amount() {
        return random.nextInt(5) == 0 ? random.nextInt(1_000) : random.nextInt(1_500_000);
    }

    private LocalDate day(int year, int month, int spread) {
        return LocalDate.of(year, month, 1).plusDays(random.nextInt(spread));
    }
}
