package se.regionkarta.provenance.model;

import java.time.LocalDate;

/**
 * The time during which a fact holds: from the first day of {@code from} to the last day of
 * {@code until}, both inclusive (the Swedish "fr.o.m. … t.o.m."). Either end may be open (null).
 */
public record Validity(PartialDate from, PartialDate until) {

    public static final Validity ALWAYS = new Validity(null, null);

    public Validity {
        if (from != null && until != null && from.firstDay().isAfter(until.lastDay())) {
            throw new IllegalArgumentException("the period ends (" + until + ") before it starts (" + from + ")");
        }
    }

    public static Validity from(PartialDate from) {
        return new Validity(from, null);
    }

    public static Validity between(LocalDate from, LocalDate until) {
        return new Validity(from == null ? null : PartialDate.of(from), until == null ? null : PartialDate.of(until));
    }

    /** Tells whether the fact holds on the given day. */
    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from.firstDay())) && (until == null || !day.isAfter(until.lastDay()));
    }

    /** Tells whether some day lies in both periods. */
    public boolean overlaps(Validity other) {
        LocalDate start = latest(firstDay(), other.firstDay());
        LocalDate end = earliest(lastDay(), other.lastDay());
        return !start.isAfter(end);
    }

    /** Returns the days both periods cover; they must {@link #overlaps overlap}. */
    public Validity intersection(Validity other) {
        PartialDate start = from == null ? other.from : other.from == null ? from
                : from.compareTo(other.from) >= 0 ? from : other.from;
        PartialDate end = until == null ? other.until : other.until == null ? until
                : until.compareTo(other.until) <= 0 ? until : other.until;
        return new Validity(start, end);
    }

    /** Tells whether this period lies wholly inside the other. */
    public boolean within(Validity other) {
        return !firstDay().isBefore(other.firstDay()) && !lastDay().isAfter(other.lastDay());
    }

    /** Returns the first day, or {@link LocalDate#MIN} when open. */
    public LocalDate firstDay() {
        return from == null ? LocalDate.MIN : from.firstDay();
    }

    /** Returns the last day, or {@link LocalDate#MAX} when open. */
    public LocalDate lastDay() {
        return until == null ? LocalDate.MAX : until.lastDay();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public String toString() {
        return (from == null ? "…" : from.toString()) + "–" + (until == null ? "" : until.toString());
    }
}
