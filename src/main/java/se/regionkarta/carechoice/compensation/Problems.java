package se.regionkarta.carechoice.compensation;

import java.util.ArrayList;
import java.util.List;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * Collects the problems of one part of a file: all are counted, the first {@link #KEEP} kept with
 * their line (counted from the part's first line until {@link #shift} makes them the file's). A
 * file of millions of rows may have millions of bad ones; a person needs the first few and the count.
 */
final class Problems {

    static final int KEEP = 20;

    /** The kept problems, named by no file until they are thrown as the file's. */
    private final List<Problem> kept = new ArrayList<>();
    private long count;

    void add(long line, String message) {
        count++;
        if (kept.size() < KEEP) {
            kept.add(Problem.atLine(lineNumber(line), message));
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
        kept.replaceAll(p -> Problem.atLine(lineNumber(p.line() + lines), p.message()));
    }

    /**
     * Refuses the file if any part has problems: the first {@link #KEEP} by line, each naming the file,
     * and a last one saying how many more there were.
     */
    static void throwIfAny(String file, List<Problems> parts) {
        List<Problem> all = new ArrayList<>();
        long count = 0;
        for (Problems p : parts) {
            all.addAll(p.kept);
            count += p.count;
        }
        if (count > 0) {
            all.sort(null);
            List<Problem> shown = new ArrayList<>(all.subList(0, Math.min(KEEP, all.size())).stream().map(p -> p.inFile(file)).toList());
            long more = count - shown.size();
            if (more > 0) {
                shown.add(new Problem(file, 0, null, "and " + more + " more problem" + (more == 1 ? "" : "s")));
            }
            throw new BadInput(shown);
        }
    }

    /** Refuses a whole file, or one line of it. */
    static BadInput refuse(String file, long line, String message) {
        return new BadInput(new Problem(file, lineNumber(line), null, message));
    }

    /** Returns a line as a problem gives it: 0 (none) for an unknown or negative line. */
    private static int lineNumber(long line) {
        return (int) Math.max(0, Math.min(line, Integer.MAX_VALUE));
    }
}
