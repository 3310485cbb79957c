package se.regionkarta.elections.bench;

/**
 * The peer of the benchmark: the same allocation written the simple way, as a spreadsheet or a
 * quick script would do it: comparison figures as doubles, the first of equal figures wins, no
 * record of ties, margins or seat order, surplus taken only from constituencies with at least three
 * fixed seats (no fallback). Not for use: it exists to show what exactness and reporting cost.
 */
final class SimpleAllocation {

    private SimpleAllocation() {
    }

    /** Returns the seats per party (in the region's party order). */
    static int[] allocate(SyntheticRegion r) {
        int nc = r.constituencies().size();
        int np = r.parties().size();
        int fixedTotal = r.seats() * 9 / 10;
        int[] fixedPer = apportion(r.eligible(), fixedTotal);
        long[] regionVotes = new long[np];
        long valid = 0;
        for (long[] row : r.votes()) {
            for (int p = 0; p < np; p++) {
                regionVotes[p] += row[p];
                valid += row[p];
            }
        }
        boolean[] ok = new boolean[np];
        for (int p = 0; p < np; p++) {
            ok[p] = regionVotes[p] > 0 && regionVotes[p] >= 0.03 * valid;
        }
        int[][] fixed = new int[nc][np];
        for (int c = 0; c < nc; c++) {
            for (int s = 0; s < fixedPer[c]; s++) {
                fixed[c][best(r.votes()[c], fixed[c], ok, null, null)]++;
            }
        }
        int[] entitled = new int[np];
        for (int s = 0; s < r.seats(); s++) {
            entitled[best(regionVotes, entitled, ok, null, null)]++;
        }
        int[] held = new int[np];
        for (int[] row : fixed) {
            for (int p = 0; p < np; p++) {
                held[p] += row[p];
            }
        }
        returnSurplus(r, fixedPer, fixed, held, entitled, ok);
        placeAdjustment(r, fixed, held, entitled, regionVotes, ok);
        return entitled;
    }

    private static void returnSurplus(SyntheticRegion r, int[] fixedPer, int[][] fixed, int[] held, int[] entitled, boolean[] ok) {
        for (int p = 0; p < held.length; p++) {
            while (held[p] > entitled[p]) {
                int where = -1;
                double lowest = Double.MAX_VALUE;
                for (int c = 0; c < fixed.length; c++) {
                    if (fixedPer[c] >= 3 && fixed[c][p] > 0 && r.votes()[c][p] / divisor(fixed[c][p] - 1) < lowest) {
                        lowest = r.votes()[c][p] / divisor(fixed[c][p] - 1);
                        where = c;
                    }
                }
                if (where < 0) {
                    break;
                }
                fixed[where][p]--;
                held[p]--;
                int q = best(r.votes()[where], fixed[where], ok, held, entitled);
                fixed[where][q]++;
                held[q]++;
            }
        }
    }

    private static void placeAdjustment(SyntheticRegion r, int[][] fixed, int[] held, int[] entitled, long[] regionVotes,
            boolean[] ok) {
        int[][] seats = new int[fixed.length][];
        for (int c = 0; c < fixed.length; c++) {
            seats[c] = fixed[c].clone();
        }
        while (true) {
            int p = best(regionVotes, held, ok, held, entitled);
            if (p < 0) {
                return;
            }
            int where = 0;
            for (int c = 1; c < seats.length; c++) {
                if (r.votes()[c][p] / divisor(seats[c][p]) > r.votes()[where][p] / divisor(seats[where][p])) {
                    where = c;
                }
            }
            seats[where][p]++;
            held[p]++;
        }
    }

    /** Returns the party with the highest figure (the first of equals), among those below their cap if caps are given; -1 if none. */
    private static int best(long[] votes, int[] seats, boolean[] ok, int[] held, int[] cap) {
        int best = -1;
        double top = -1;
        for (int p = 0; p < votes.length; p++) {
            if (ok[p] && (cap == null || held[p] < cap[p]) && votes[p] / divisor(seats[p]) > top) {
                top = votes[p] / divisor(seats[p]);
                best = p;
            }
        }
        return best;
    }

    private static double divisor(int seats) {
        return seats == 0 ? 1.2 : 2 * seats + 1;
    }

    /** Largest remainder: whole quotas first, then the largest remainders. */
    private static int[] apportion(long[] eligible, int seats) {
        long total = 0;
        for (long e : eligible) {
            total += e;
        }
        double quota = (double) total / seats;
        int[] out = new int[eligible.length];
        double[] rest = new double[eligible.length];
        int given = 0;
        for (int c = 0; c < eligible.length; c++) {
            out[c] = (int) (eligible[c] / quota);
            rest[c] = eligible[c] / quota - out[c];
            given += out[c];
        }
        while (given < seats) {
            int best = 0;
            for (int c = 1; c < rest.length; c++) {
                if (rest[c] > rest[best]) {
                    best = c;
                }
            }
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }
}
