package se.regionkarta.carechoice.compensation.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settlement rules applied literally, one listing and one day at a time: the specification the
 * fast engine ({@code Compensator}) is tested against, and readable beside a region's rule book.
 *
 * <p>For a month and the model version valid for it, each provider of the scheme that is open on
 * at least one day of the month is paid:
 * <ol>
 *   <li>for every day of the month a resident is listed with it and it is open: the yearly
 *   capitation of the resident's age band (and sex, where the model pays by sex) × the care need
 *   index of the resident's home area (when the model uses it) / 12 / days of the month. The age
 *   is the age the resident turns in the month's calendar year ({@link Resident#ageIn});</li>
 *   <li>its fixed amount for the month × days open / days of the month;</li>
 *   <li>for each visit on a day it is open: the fee for that kind of patient;</li>
 * </ol>
 * summed exactly and rounded once ({@link Payments}). Days a resident is listed with a provider
 * that is not open that day, days at an age outside every band, and visits on days the provider
 * is not open earn nothing and are counted in {@link NotPaid}.
 */
public final class Compensations {

    private Compensations() {
    }

    /**
     * Settles the month.
     *
     * @param areas the home areas by id; may be null when the version uses no care need index
     * @param providers the scheme's providers and the days they are open; null to take every provider
     *     named by a listing or visit of the month as open every day
     * @throws IllegalArgumentException if the version does not cover the month, or a listing or visit
     *     names a resident, area or provider that is not given
     */
    public static MonthSettlement settle(String scheme, ModelVersion version, YearMonth month, Collection<Resident> residents,
            Map<String, HomeArea> areas, Collection<Provider> providers, Collection<Listing> listings,
            Collection<VisitCount> visits) {
        if (!version.covers(month)) {
            throw new IllegalArgumentException("the model version from " + version.validFrom() + " does not cover " + month);
        }
        if (version.careNeedWeighted() && areas == null) {
            throw new IllegalArgumentException("the model weights capitation by care need index, so the home areas are needed");
        }
        return settle(scheme, version, month, residents, areas, known(scheme, month, providers, listings, visits), providers != null,
                listings, visits);
    }

    /**
     * Settles the month paying the {@code known} providers.
     *
     * @param strict whether every listing of the scheme must name a known provider (a providers file was given)
     */
    private static MonthSettlement settle(String scheme, ModelVersion version, YearMonth month, Collection<Resident> residents,
            Map<String, HomeArea> areas, Map<String, Provider> known, boolean strict, Collection<Listing> listings,
            Collection<VisitCount> visits) {
        Map<Integer, Resident> byId = new HashMap<>();
        residents.forEach(r -> byId.put(r.id(), r));
        int cells = 2 * version.bands().size();
        Map<String, long[]> weighted = new TreeMap<>();
        Map<String, long[]> days = new HashMap<>();
        known.keySet().forEach(id -> {
            weighted.put(id, new long[cells]);
            days.put(id, new long[cells]);
        });
        long[] counts = new long[2];
        for (Listing l : listings) {
            if (!l.scheme().equals(scheme)) {
                continue;
            }
            Provider provider = known.get(l.provider());
            if (strict) {
                require(provider, "provider", l.provider());
            }
            if (!l.from().isAfter(month.atEndOfMonth()) && (l.until() == null || !l.until().isBefore(month.atDay(1)))) {
                add(l, provider, byId, areas, version, month, weighted.get(l.provider()), days.get(l.provider()), counts);
            }
        }
        long closed = counts[0];
        long outside = counts[1];
        Map<String, long[]> visitCounts = new HashMap<>();
        long visitsNotPaid = 0;
        for (VisitCount v : visits) {
            if (!v.scheme().equals(scheme) || !YearMonth.from(v.date()).equals(month)) {
                continue;
            }
            Provider provider = require(known.get(v.provider()), "provider", v.provider());
            if (!provider.isOpen(v.date())) {
                visitsNotPaid += v.visits();
            } else {
                visitCounts.computeIfAbsent(v.provider(), k -> new long[2])[v.patient().ordinal()] += v.visits();
            }
        }
        long q = Payments.denominator(month.lengthOfMonth());
        List<ProviderPayment> paid = new ArrayList<>();
        long total = 0;
        for (String id : weighted.keySet()) {
            Provider provider = known.get(id);
            int open = provider.openDays(month);
            if (open == 0) {
                continue;
            }
            List<Payments.Share> shares = new ArrayList<>(Payments.capitation(version, weighted.get(id), days.get(id), 0));
            long[] v = visitCounts.getOrDefault(id, new long[2]);
            addIfAny(shares, Payments.fixed(version.fixedOre(id), open));
            addIfAny(shares, Payments.visits(version, VisitCount.Patient.LISTED, v[0], q));
            addIfAny(shares, Payments.visits(version, VisitCount.Patient.OTHER, v[1], q));
            ProviderPayment payment = Payments.pay(id, provider.ownership(), open, shares, q);
            paid.add(payment);
            total = Math.addExact(total, payment.amountOre());
        }
        return new MonthSettlement(scheme, month, version, q, paid, total, new NotPaid(closed, outside, visitsNotPaid));
    }

    /**
     * Settles the month before and after N residents move from one provider to another
     * ({@link WhatIf#apply}). The providers are the same before and after: a provider that all its
     * residents leave is still a provider (and still gets its fixed amount).
     *
     * @throws IllegalArgumentException if A or B is not a provider of the scheme paid in the month
     */
    public static WhatIfResult whatIf(String scheme, ModelVersion version, YearMonth month, Collection<Resident> residents,
            Map<String, HomeArea> areas, Collection<Provider> providers, List<Listing> listings,
            Collection<VisitCount> visits, WhatIf whatIf) {
        Map<String, Provider> known = known(scheme, month, providers, listings, visits);
        MonthSettlement before = settle(scheme, version, month, residents, areas, known, providers != null, listings, visits);
        for (String id : List.of(whatIf.from(), whatIf.to())) {
            if (before.provider(id).isEmpty()) {
                throw new IllegalArgumentException("'" + id + "' is not a provider of scheme " + scheme + " paid in " + month);
            }
        }
        WhatIf.Applied applied = whatIf.apply(scheme, listings);
        MonthSettlement after = settle(scheme, version, month, residents, areas, known, providers != null, applied.listings(), visits);
        return new WhatIfResult(whatIf, applied.moved(), before, after);
    }

    /** Adds a listing's days in the month: to its cell when the provider is open and a band covers the age. */
    private static void add(Listing l, Provider provider, Map<Integer, Resident> byId, Map<String, HomeArea> areas,
            ModelVersion version, YearMonth month, long[] weighted, long[] days, long[] counts) {
        Resident resident = require(byId.get(l.resident()), "resident", Integer.toString(l.resident()));
        int band = version.band(resident.ageIn(month.getYear()));
        int cell = 2 * band + resident.sex().ordinal();
        long index = version.careNeedWeighted()
                ? require(areas.get(resident.homeArea()), "home area", resident.homeArea()).careNeedIndex().tenThousandths()
                : CareNeedIndex.SCALE;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (!l.covers(day)) {
                continue;
            }
            if (!provider.isOpen(day)) {
                counts[0]++;
            } else if (band < 0) {
                counts[1]++;
            } else {
                weighted[cell] += index;
                days[cell]++;
            }
        }
    }

    private static Map<String, Provider> known(String scheme, YearMonth month, Collection<Provider> providers,
            Collection<Listing> listings, Collection<VisitCount> visits) {
        Map<String, Provider> known = new TreeMap<>();
        if (providers != null) {
            providers.stream().filter(p -> p.scheme().equals(scheme)).forEach(p -> known.put(p.id(), p));
            return known;
        }
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        for (Listing l : listings) {
            if (l.scheme().equals(scheme) && !l.from().isAfter(last) && (l.until() == null || !l.until().isBefore(first))) {
                known.putIfAbsent(l.provider(), Provider.always(l.provider(), scheme));
            }
        }
        for (VisitCount v : visits) {
            if (v.scheme().equals(scheme) && YearMonth.from(v.date()).equals(month)) {
                known.putIfAbsent(v.provider(), Provider.always(v.provider(), scheme));
            }
        }
        return known;
    }

    private static void addIfAny(List<Payments.Share> shares, Payments.Share share) {
        if (share != null) {
            shares.add(share);
        }
    }

    private static <T> T require(T value, String what, String id) {
        if (value == null) {
            throw new IllegalArgumentException("no " + what + " '" + id + "'");
        }
        return value;
    }
}
