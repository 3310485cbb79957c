package se.regionkarta.carechoice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import se.regionkarta.carechoice.compensation.AgePyramid;
import se.regionkarta.carechoice.compensation.model.CareNeedIndex;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.compensation.model.Compensations;
import se.regionkarta.carechoice.compensation.model.HomeArea;
import se.regionkarta.carechoice.compensation.model.Listing;
import se.regionkarta.carechoice.compensation.model.MonthSettlement;
import se.regionkarta.carechoice.compensation.model.NotPaid;
import se.regionkarta.carechoice.compensation.model.Provider;
import se.regionkarta.carechoice.compensation.model.ProviderPayment;
import se.regionkarta.carechoice.compensation.model.Resident;
import se.regionkarta.carechoice.compensation.model.Sex;
import se.regionkarta.carechoice.compensation.model.VisitCount;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/**
 * A synthetic county for one care-choice scheme, settled month by month for a year (issue 7): made-up
 * residents, with no personal data, listed with the scheme's real provider units, and paid by a
 * compensation model, in practice the illustrative one. It shows how the payment follows the
 * residents' choices; it says nothing about what any real provider is paid, since neither the
 * listings nor Region Kalmar län's parameters are public.
 *
 * <p>How it is made, from one {@link SplittableRandom} seeded by {@link #SEED}, the scheme's id and
 * the year and drawn in a fixed order, so that the same data give the same example everywhere:
 * {@link #RESIDENTS} residents with an age pyramid of Sweden's shape (the generator's); one home area
 * per 1 500 of them with a care need index drawn around 1; 98 % of those at an age the scheme covers
 * listed, each with a provider open on the day the listing begins, bigger and smaller providers by a
 * drawn weight; about one in eleven changing provider during the year (the change takes effect the
 * next day, {@link Listing#changeTo}), and everyone listed with a provider that closes moved on its
 * last day; visits on the weekdays each provider is open. The months are settled by the rules
 * themselves ({@link Compensations#settle}), not by a copy of them.
 */
public final class ExampleCounty {

    /** How many residents the county has, of all ages; only those at an age the scheme covers are listed. */
    public static final int RESIDENTS = 25_000;
    /** The seed every example starts from, mixed with the scheme's id and the year. */
    public static final long SEED = 20_250_701L;

    private static final int RESIDENTS_PER_AREA = 1_500;
    private static final AgePyramid PYRAMID = new AgePyramid();

    /**
     * A year of the example.
     *
     * @param eligible residents at an age the scheme covers
     * @param listed residents listed with one of the scheme's providers at some time in the year
     * @param changes changes of provider during the year, moves from a closing provider included
     */
    public record Example(String schemeId, int year, long seed, int residents, int eligible, int listed, int areas,
            int providers, int changes, String modelId, boolean illustrative, List<Month> months) {

        public Example {
            months = List.copyOf(months);
        }

        /** Returns the month, if it is one of the year's. */
        public java.util.Optional<Month> month(YearMonth month) {
            return months.stream().filter(m -> m.month().equals(month)).findFirst();
        }
    }

    /** A month settled: the payments by ownership, each provider's, and what was not paid. */
    public record Month(YearMonth month, Map<Ownership, Long> byOwnershipOre, long totalOre, List<ProviderMonth> providers,
            NotPaid notPaid) {

        public Month {
            byOwnershipOre = Map.copyOf(byOwnershipOre);
            providers = List.copyOf(providers);
        }

        /** Returns what the providers of one ownership were paid, in öre. */
        public long ore(Ownership ownership) {
            return byOwnershipOre.getOrDefault(ownership, 0L);
        }
    }

    /**
     * One provider in a month.
     *
     * @param listed residents listed with it on the month's last day
     * @param amountOre what it was paid for the month
     */
    public record ProviderMonth(String unitId, Ownership ownership, int openDays, int listed, long amountOre) {
    }

    private ExampleCounty() {
    }

    /**
     * Returns the scheme's providers in a year as the engine sees them: each unit whose part in the
     * scheme and whose own lifetime share a day with the year, open from the later of their first days
     * to the earlier of their last days (left open where that lies outside the year), in order of id.
     */
    public static List<Provider> providers(Snapshot s, CareChoiceScheme scheme, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, LocalDate[]> spans = new TreeMap<>();
        Map<String, Ownership> ownership = new HashMap<>();
        for (SchemeProvider p : s.dataset().all(SchemeProvider.class)) {
            Unit u = p.schemeId().equals(scheme.id()) ? s.unit(p.unitId()).orElse(null) : null;
            if (u == null) {
                continue;
            }
            LocalDate from = later(p.validity().firstDay(), u.validity().firstDay());
            LocalDate until = earlier(p.validity().lastDay(), u.validity().lastDay());
            if (from.isAfter(until) || until.isBefore(first) || from.isAfter(last)) {
                continue;
            }
            // a unit taking part twice (two operators in turn) is one provider, open through both parts
            spans.merge(u.id(), new LocalDate[] {from, until}, (a, b) -> new LocalDate[] {earlier(a[0], b[0]), later(a[1], b[1])});
            ownership.put(u.id(), u.ownership());
        }
        List<Provider> providers = new ArrayList<>();
        spans.forEach((id, span) -> providers.add(new Provider(id, scheme.id(), ownership.get(id),
                span[0].isAfter(first) ? span[0] : null, span[1].isBefore(last) ? span[1] : null)));
        return providers;
    }

    /**
     * The made-up county of one scheme and year: everything the compensation rules need, and no
     * personal data (a resident is a serial number, a year of birth, a sex and a home area).
     *
     * @param eligible residents at an age the scheme covers
     * @param listed residents listed in the year
     * @param changes changes of provider in the year
     */
    public record County(long seed, List<Resident> residents, Map<String, HomeArea> areas, List<Provider> providers,
            List<Listing> listings, List<VisitCount> visits, int eligible, int listed, int changes) {

        public County {
            residents = List.copyOf(residents);
            areas = Map.copyOf(areas);
            providers = List.copyOf(providers);
            listings = List.copyOf(listings);
            visits = List.copyOf(visits);
        }
    }

    /**
     * Builds the county and settles the twelve months of the year.
     *
     * @param model a model of this scheme ({@code model.scheme()} is the scheme's id) with a version for every month of the year
     * @throws IllegalArgumentException if the model pays another scheme or has no version for a month of the year
     */
    public static Example build(CareChoiceScheme scheme, List<Provider> providers, CompensationModel model, int year) {
        return settle(scheme, draw(scheme, providers, year), model, year);
    }

    /** Draws the county of a scheme's providers for a year; the same arguments give the same county. */
    public static County draw(CareChoiceScheme scheme, List<Provider> providers, int year) {
        long seed = SEED ^ (31L * scheme.id().hashCode() + year);
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, HomeArea> areas = areas(random);
        List<Resident> residents = residents(year, new ArrayList<>(areas.keySet()), random);
        ExampleListings listings = ExampleListings.draw(scheme, providers, residents, year, random);
        List<VisitCount> visits = visits(scheme.id(), providers, listings.listings(), year, random);
        return new County(seed, residents, areas, providers, listings.listings(), visits, listings.eligible(), listings.listed(),
                listings.changes());
    }

    /**
     * Settles the twelve months of the county's year by the rules ({@link Compensations#settle}).
     *
     * @throws IllegalArgumentException if the model pays another scheme or has no version for a month of the year
     */
    public static Example settle(CareChoiceScheme scheme, County county, CompensationModel model, int year) {
        if (!model.scheme().equals(scheme.id())) {
            throw new IllegalArgumentException("the model pays " + model.scheme() + ", not " + scheme.id());
        }
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            var version = model.versionFor(month).orElseThrow(() -> new IllegalArgumentException(
                    "the model " + model.id() + " has no version for " + month));
            MonthSettlement settled = Compensations.settle(scheme.id(), version, month, county.residents(), county.areas(),
                    county.providers(), county.listings(), county.visits());
            months.add(month(settled, county.providers(), county.listings()));
        }
        return new Example(scheme.id(), year, county.seed(), county.residents().size(), county.eligible(), county.listed(),
                county.areas().size(), county.providers().size(), county.changes(), model.id(), model.illustrative(), months);
    }

    /** Draws the home areas and their care need index around 1 (log-normal, 0.40–3.50), as the generator does. */
    private static Map<String, HomeArea> areas(SplittableRandom random) {
        int count = Math.max(1, Math.round(RESIDENTS / (float) RESIDENTS_PER_AREA));
        Map<String, HomeArea> areas = new LinkedHashMap<>();
        for (int a = 1; a <= count; a++) {
            double index = Math.max(0.40, Math.min(3.50, Math.exp(random.nextGaussian() * 0.3)));
            String id = String.format("A%03d", a);
            areas.put(id, new HomeArea(id, new CareNeedIndex((int) Math.round(index * CareNeedIndex.SCALE))));
        }
        return areas;
    }

    /** Draws the residents: anonymous numbers 1, 2, …, the age turned in the year and sex from the pyramid, areas evenly. */
    private static List<Resident> residents(int year, List<String> areas, SplittableRandom random) {
        List<Resident> residents = new ArrayList<>(RESIDENTS);
        for (int i = 0; i < RESIDENTS; i++) {
            int age = PYRAMID.age(random);
            Sex sex = AgePyramid.sex(random, age) == 1 ? Sex.MALE : Sex.FEMALE;
            residents.add(new Resident(i + 1, year - age, sex, areas.get((int) ((long) i * areas.size() / RESIDENTS))));
        }
        return residents;
    }

    /**
     * Draws visit counts for every weekday a provider is open in the year: about two visits a listed
     * resident a year (Kalmar's primary care had 475 000 visits for about 250 000 residents in 2024),
     * and a tenth as many by patients listed elsewhere or not at all.
     */
    private static List<VisitCount> visits(String scheme, List<Provider> providers, List<Listing> listings, int year,
            SplittableRandom random) {
        LocalDate midsummer = LocalDate.of(year, 7, 1);
        Map<String, Integer> listed = new HashMap<>();
        listings.stream().filter(l -> l.covers(midsummer)).forEach(l -> listed.merge(l.provider(), 1, Integer::sum));
        List<VisitCount> visits = new ArrayList<>();
        for (Provider p : providers) {
            int perDay = Math.max(1, (int) Math.round(listed.getOrDefault(p.id(), 0) * 2.0 / 250));
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                if (!p.isOpen(d) || d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                visits.add(new VisitCount(scheme, p.id(), d, VisitCount.Patient.LISTED, perDay / 2 + 1 + random.nextInt(perDay + 1)));
                visits.add(new VisitCount(scheme, p.id(), d, VisitCount.Patient.OTHER, 1 + random.nextInt(Math.max(1, perDay / 5))));
            }
        }
        return visits;
    }

    private static Month month(MonthSettlement settled, List<Provider> providers, List<Listing> listings) {
        LocalDate lastDay = settled.month().atEndOfMonth();
        Map<String, Integer> listed = new HashMap<>();
        listings.stream().filter(l -> l.covers(lastDay)).forEach(l -> listed.merge(l.provider(), 1, Integer::sum));
        Map<Ownership, Long> byOwnership = new EnumMap<>(Ownership.class);
        List<ProviderMonth> rows = new ArrayList<>();
        for (Provider p : providers) {
            long amount = settled.provider(p.id()).map(ProviderPayment::amountOre).orElse(0L);
            int open = p.openDays(settled.month());
            if (open == 0) {
                continue;
            }
            rows.add(new ProviderMonth(p.id(), p.ownership(), open, listed.getOrDefault(p.id(), 0), amount));
            if (p.ownership() != null) {
                byOwnership.merge(p.ownership(), amount, Long::sum);
            }
        }
        return new Month(settled.month(), byOwnership, settled.totalOre(), rows, settled.notPaid());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
