package se.regionkarta.carechoice.compensation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one part of a file: all are counted, the first {@link #KEEP} kept with
 * their line (counted from the part's first line until {@link #shift} makes them the file's).
 */
final class Problems {

    static final int KEEP = 20;

    private final List<Problem> kept = new ArrayList<>();
    private long count;

    void add(long line, String message) {
        count++;
        if (kept.size() < KEEP) {
            kept.add(new Problem(line, message));
        }
    }

    /** Tells whether a problem on a later line would still be kept, so its message is worth writing. */
    boolean wanted() {
        return kept.size() < KEEP;
    }

    /** Counts a problem whose message is not wanted. */
    void count() {
        count++;
    }

    boolean any() {
        return count > 0;
    }

    /** Turns the part's line numbers into the file's. */
    void shift(long lines) {
        kept.replaceAll(p -> new Problem(p.line() + lines, p.message()));
    }

    /** Throws the problems of all parts, if there are any, as one exception about the file. */
    static void throwIfAny(String file, List<Problems> parts) {
        List<Problem> all = new ArrayList<>();
        long count = 0;
        for (Problems p : parts) {
            all.addAll(p.kept);
            count += p.count;
        }
        if (count > 0) {
            all.sort(null);
            throw new CompensationInputException(file, all.subList(0, Math.min(KEEP, all.size())), count);
        }
    }
}
