package se.regionkarta.carechoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import se.regionkarta.carechoice.compensation.model.Listing;
import se.regionkarta.carechoice.compensation.model.Provider;
import se.regionkarta.carechoice.compensation.model.Resident;
import se.regionkarta.carechoice.model.CareChoiceScheme;

/**
 * The listings of the example county ({@link ExampleCounty}): who is listed with which provider from
 * when, and every change of provider during the year, made by the rule of a change
 * ({@link Listing#changeTo}: the old listing ends on the day of the change, the new one begins the next).
 *
 * @param eligible residents at an age the scheme covers
 * @param listed residents listed in the year
 * @param changes changes of provider in the year
 */
record ExampleListings(List<Listing> listings, int eligible, int listed, int changes) {

    /** Of a thousand residents at an age the scheme covers, how many are listed: the rest chose no one. */
    private static final int LISTED_PER_MILLE = 980;
    /** Of a thousand listed, how many change provider once in the year, and how many a second time. */
    private static final int CHANGE_PER_MILLE = 80;
    private static final int SECOND_CHANGE_PER_MILLE = 10;

    ExampleListings {
        listings = List.copyOf(listings);
    }

    /** Draws the listings of the residents at ages the scheme covers, in order of resident. */
    static ExampleListings draw(CareChoiceScheme scheme, List<Provider> providers, List<Resident> residents, int year,
            SplittableRandom random) {
        double[] weight = new double[providers.size()];
        for (int p = 0; p < weight.length; p++) {
            weight[p] = Math.exp(random.nextGaussian() * 0.5); // some providers are chosen by many, some by few
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        List<Listing> listings = new ArrayList<>();
        int eligible = 0;
        int listed = 0;
        int changes = 0;
        for (Resident r : residents) {
            int age = r.ageIn(year);
            if ((scheme.ageFrom() != null && age < scheme.ageFrom()) || (scheme.ageTo() != null && age > scheme.ageTo())) {
                continue;
            }
            eligible++;
            if (random.nextInt(1000) >= LISTED_PER_MILLE) {
                continue;
            }
            // listed since a day of the ten years before (never before the year of birth); those born in the year from a day in it
            LocalDate born = LocalDate.of(r.birthYear(), 1, 1);
            LocalDate start = age == 0 ? first.plusDays(random.nextInt(days)) : first.minusDays(1 + random.nextInt(3650));
            start = start.isBefore(born) ? born : start;
            int p = pick(providers, weight, -1, start.isBefore(first) ? first : start, random);
            if (p < 0) {
                continue;
            }
            listed++;
            List<LocalDate> changeDays = changeDays(start.isBefore(first) ? first : start, year, random);
            changes += follow(r.id(), scheme.id(), providers, weight, p, start, changeDays, year, listings, random);
        }
        return new ExampleListings(listings, eligible, listed, changes);
    }

    /** Draws the days in the year, from {@code from} and before 31 December, on which a resident changes provider. */
    private static List<LocalDate> changeDays(LocalDate from, int year, SplittableRandom random) {
        int count = random.nextInt(1000) < CHANGE_PER_MILLE ? 1 : 0;
        count += count == 1 && random.nextInt(1000) < SECOND_CHANGE_PER_MILLE * 1000 / CHANGE_PER_MILLE ? 1 : 0;
        int span = (int) (LocalDate.of(year, 12, 31).toEpochDay() - from.toEpochDay());
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count && span > 0; i++) {
            days.add(from.plusDays(random.nextInt(span)));
        }
        days.sort(null);
        return days;
    }

    /**
     * Follows one resident through the year from the first listing: each change moves the listing
     * to another provider open the next day, and a provider that closes in the year has its
     * residents moved on its last day. Adds the listings and returns how many changes were made.
     */
    private static int follow(int resident, String scheme, List<Provider> providers, double[] weight, int p, LocalDate start,
            List<LocalDate> changeDays, int year, List<Listing> out, SplittableRandom random) {
        Listing current = new Listing(resident, scheme, providers.get(p).id(), start, null);
        LocalDate last = LocalDate.of(year, 12, 31);
        int k = 0;
        int changes = 0;
        while (true) {
            LocalDate close = providers.get(p).validUntil();
            LocalDate change = k < changeDays.size() ? changeDays.get(k) : null;
            LocalDate day;
            if (close != null && close.isBefore(last) && !close.isBefore(current.from())
                    && (change == null || !change.isBefore(close))) {
                day = close;
                k += change != null && change.equals(close) ? 1 : 0;
            } else if (change != null) {
                day = change;
                k++;
            } else {
                break;
            }
            if (day.isBefore(current.from())) {
                continue; // a change drawn for a day before the listing it would change
            }
            int q = pick(providers, weight, p, day.plusDays(1), random);
            if (q < 0) {
                break; // no other provider is open: the resident stays
            }
            Listing.Change moved = current.changeTo(providers.get(q).id(), day);
            out.add(moved.ended());
            current = moved.started();
            p = q;
            changes++;
        }
        out.add(current);
        return changes;
    }

    /** Picks a provider open on the day other than {@code except}, by weight; -1 if there is none. */
    private static int pick(List<Provider> providers, double[] weight, int except, LocalDate day, SplittableRandom random) {
        double total = 0;
        for (int q = 0; q < weight.length; q++) {
            total += q != except && providers.get(q).isOpen(day) ? weight[q] : 0;
        }
        if (total == 0) {
            return -1;
        }
        double x = random.nextDouble() * total;
        int chosen = -1;
        for (int q = 0; q < weight.length; q++) {
            if (q != except && providers.get(q).isOpen(day)) {
                chosen = q;
                x -= weight[q];
                if (x < 0) {
                    break;
                }
            }
        }
        return chosen;
    }
}
