package se.regionkarta.cooperation.settlement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.cooperation.settlement.model.Unpriced;
import se.regionkarta.cooperation.settlement.model.UnpricedReason;
import se.regionkarta.cooperation.settlement.model.UnpricedSummary;

/**
 * Collects the events that could not be priced: every one is counted by reason, and the first
 * {@code keep} by line are kept with their details. Details are only written for events that may
 * be kept ({@link #wants}), so a file of bad rows costs no string per row.
 */
final class Issues {

    private static final Comparator<Unpriced> BY_LINE = Comparator.comparingLong(Unpriced::line);

    private final int keep;
    private final long[] byReason = new long[UnpricedReason.values().length];
    private final List<Unpriced> kept = new ArrayList<>();
    /** Only lines below this can still be among the first {@code keep}. */
    private long bound = Long.MAX_VALUE;

    Issues(int keep) {
        if (keep < 0) {
            throw new IllegalArgumentException("cannot keep a negative number of unpriced events");
        }
        this.keep = keep;
        if (keep == 0) {
            bound = Long.MIN_VALUE;
        }
    }

    /** Counts an unpriced event. */
    void count(UnpricedReason reason) {
        byReason[reason.ordinal()]++;
    }

    /** Tells whether an event on the line may be among the first kept, so its details are worth writing. */
    boolean wants(long line) {
        return line < bound;
    }

    /** Keeps the details of an event already counted. */
    void keep(long line, UnpricedReason reason, String detail) {
        if (!wants(line)) {
            return;
        }
        kept.add(new Unpriced(line, reason, detail));
        if (kept.size() >= 2 * keep) {
            trim();
        }
    }

    /** Counts and keeps an event. */
    void add(long line, UnpricedReason reason, String detail) {
        count(reason);
        keep(line, reason, detail);
    }

    /** Adds the lines before this part of the file, once they are known. */
    void shift(long lines) {
        kept.replaceAll(u -> new Unpriced(u.line() + lines, u.reason(), u.detail()));
        if (bound != Long.MAX_VALUE && bound != Long.MIN_VALUE) {
            bound += lines;
        }
    }

    /** Adds another part's events to these. */
    void addAll(Issues other) {
        for (int i = 0; i < byReason.length; i++) {
            byReason[i] += other.byReason[i];
        }
        other.kept.forEach(u -> keep(u.line(), u.reason(), u.detail()));
    }

    long total() {
        long sum = 0;
        for (long n : byReason) {
            sum += n;
        }
        return sum;
    }

    UnpricedSummary summary() {
        trim();
        Map<UnpricedReason, Long> counts = new EnumMap<>(UnpricedReason.class);
        for (UnpricedReason reason : UnpricedReason.values()) {
            counts.put(reason, byReason[reason.ordinal()]);
        }
        return new UnpricedSummary(total(), counts, kept);
    }

    private void trim() {
        kept.sort(BY_LINE);
        if (kept.size() >= keep && keep > 0) {
            kept.subList(keep, kept.size()).clear();
            bound = kept.get(keep - 1).line();
        }
    }
}
