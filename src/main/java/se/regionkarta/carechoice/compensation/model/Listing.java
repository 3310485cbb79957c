package se.regionkarta.carechoice.compensation.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident listed with a provider in a scheme from one day to another, both days included.
 *
 * @param until the last day, or null while the listing lasts
 */
public record Listing(int resident, String scheme, String provider, LocalDate from, LocalDate until) {

    public Listing {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a listing cannot end (" + until + ") before it begins (" + from + ")");
        }
    }

    /** Tells whether the resident is listed on the day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }

    /**
     * Moves the listing to another provider by a change made on {@code day}: the listing with the
     * old provider ends that day and the new one begins the day after and lasts as long as the old
     * one would have. This is how a choice of a new provider takes effect: from the next day on.
     *
     * @throws IllegalArgumentException if the listing does not cover the day, or ends that day anyway
     */
    public Change changeTo(String provider, LocalDate day) {
        if (!covers(day) || day.equals(until)) {
            throw new IllegalArgumentException("a listing from " + from + " to " + (until == null ? "further notice" : until)
                    + " cannot change provider on " + day);
        }
        return new Change(new Listing(resident, scheme, this.provider, from, day),
                new Listing(resident, scheme, provider, day.plusDays(1), until));
    }

    /** A change of provider: the listing that ended and the one that began the day after. */
    public record Change(Listing ended, Listing started) {
    }
}
