package se.regionkarta.carechoice.compensation;

import java.util.Arrays;
import se.regionkarta.carechoice.compensation.model.AgeBand;
import se.regionkarta.carechoice.compensation.model.CareNeedIndex;
import se.regionkarta.carechoice.compensation.model.ModelVersion;

/**
 * The engine's sums for one month: for each provider and cell (age band × sex) the person-days
 * listed and the same days weighted by the care need index, Σ index × days, in {@code long}s. A
 * listing adds the days it shares with the month and with its provider's days open — one
 * subtraction, not a loop over days — to the cell of its resident's age and sex; the amounts
 * come later, once per cell ({@link se.regionkarta.carechoice.compensation.model.Payments}).
 * Sums of whole numbers do not depend on their order, so tables of parts read by different
 * threads add up to the same table. Not thread-safe: one per thread.
 *
 * <p>A cell's weighted sum is at most 999 999 × 31 per listing, so a {@code long} holds it for
 * more listings than an array can.
 */
final class MonthTable {

    /** Ages from this one on share one slot: only a band open to the top holds them. */
    private static final int AGE_SLOTS = AgeBand.MAX_AGE + 2;

    final int first;
    final int last;
    final int year;
    final int cells;
    /** The cell (2 × band) of each age, or -1 for an age no band covers. */
    private final int[] cellOfAge = new int[AGE_SLOTS];
    /** The weight of each home area: its care need index, or 10 000 when the model uses none. */
    private final int[] weightOfArea;
    private final int[] providerOpen;
    private final int[] providerClose;
    long[] weighted;
    long[] days;
    boolean[] seen;
    long closedDays;
    long outsideDays;

    /**
     * @param providerOpen the first day each provider (by number) is open, or null when all are always open
     */
    MonthTable(ModelVersion version, int first, int last, int year, Population population, int[] areaIndex,
            int[] providerOpen, int[] providerClose, int providers) {
        this.first = first;
        this.last = last;
        this.year = year;
        this.cells = 2 * version.bands().size();
        for (int age = 0; age < AGE_SLOTS; age++) {
            int band = version.band(age);
            cellOfAge[age] = band < 0 ? -1 : 2 * band;
        }
        weightOfArea = new int[Math.max(1, population.areaIds.size())];
        Arrays.fill(weightOfArea, CareNeedIndex.SCALE);
        if (version.careNeedWeighted()) {
            System.arraycopy(areaIndex, 0, weightOfArea, 0, weightOfArea.length);
        }
        this.providerOpen = providerOpen;
        this.providerClose = providerClose;
        weighted = new long[Math.max(1, providers) * cells];
        days = new long[weighted.length];
        seen = new boolean[Math.max(1, providers)];
    }

    /** Adds the listings of a batch that are in the target scheme (number 0). */
    void add(ListingBatch batch, Population population, int providers) {
        if (providers > seen.length) {
            grow(providers);
        }
        final int[] resident = batch.resident;
        final byte[] scheme = batch.scheme;
        final char[] provider = batch.provider;
        final int[] from = batch.from;
        final int[] until = batch.until;
        final short[] birth = population.birthYears;
        final byte[] sex = population.sexes;
        final char[] area = population.areas;
        final int[] open = providerOpen;
        final int[] close = providerClose;
        final int[] cellOf = cellOfAge;
        final int[] weight = weightOfArea;
        final long[] w = weighted;
        final long[] d = days;
        final boolean[] seenBy = seen;
        final int m0 = first;
        final int m1 = last;
        final int c = cells;
        final int y = year;
        long closed = 0;
        long outside = 0;
        for (int i = 0, n = batch.size; i < n; i++) {
            int lo = Math.max(from[i], m0);
            int hi = Math.min(until[i], m1);
            if (lo > hi || scheme[i] != 0) {
                continue;
            }
            int p = provider[i];
            seenBy[p] = true;
            int openLo = open == null ? lo : Math.max(lo, open[p]);
            int openHi = close == null ? hi : Math.min(hi, close[p]);
            int paid = Math.max(0, openHi - openLo + 1);
            closed += hi - lo + 1 - paid;
            if (paid == 0) {
                continue;
            }
            int r = resident[i];
            int cell = cellOf[Math.min(y - birth[r], AGE_SLOTS - 1)];
            if (cell < 0) {
                outside += paid;
                continue;
            }
            int at = p * c + cell + sex[r];
            w[at] += (long) weight[area[r]] * paid;
            d[at] += paid;
        }
        closedDays += closed;
        outsideDays += outside;
    }

    /**
     * Adds ({@code sign} 1) or takes away (-1) one listing's days from the first to the last day
     * given, for a what-if.
     */
    void add(Population population, int r, int p, int from, int until, int sign) {
        int lo = Math.max(from, first);
        int hi = Math.min(until, last);
        if (lo > hi) {
            return;
        }
        if (p >= seen.length) {
            grow(p + 1);
        }
        seen[p] = true;
        int openLo = providerOpen == null ? lo : Math.max(lo, providerOpen[p]);
        int openHi = providerClose == null ? hi : Math.min(hi, providerClose[p]);
        int paid = Math.max(0, openHi - openLo + 1);
        closedDays += sign * (long) (hi - lo + 1 - paid);
        if (paid == 0) {
            return;
        }
        int cell = cellOfAge[Math.min(year - population.birthYears[r], AGE_SLOTS - 1)];
        if (cell < 0) {
            outsideDays += sign * (long) paid;
            return;
        }
        int at = p * cells + cell + population.sexes[r];
        weighted[at] += sign * (long) weightOfArea[population.areas[r]] * paid;
        days[at] += sign * (long) paid;
    }

    /** Adds another table's sums, whose provider k is provider {@code map[k]} here. */
    void merge(MonthTable other, int[] map, int providers) {
        if (providers > seen.length) {
            grow(providers);
        }
        for (int k = 0; k < map.length && k < other.seen.length; k++) {
            int p = map[k];
            seen[p] |= other.seen[k];
            for (int cell = 0; cell < cells; cell++) {
                weighted[p * cells + cell] += other.weighted[k * cells + cell];
                days[p * cells + cell] += other.days[k * cells + cell];
            }
        }
        closedDays += other.closedDays;
        outsideDays += other.outsideDays;
    }

    /** Returns a table with the same sums, for a what-if to change. */
    MonthTable copy() {
        MonthTable copy = new MonthTable(this);
        return copy;
    }

    private MonthTable(MonthTable t) {
        first = t.first;
        last = t.last;
        year = t.year;
        cells = t.cells;
        System.arraycopy(t.cellOfAge, 0, cellOfAge, 0, AGE_SLOTS);
        weightOfArea = t.weightOfArea;
        providerOpen = t.providerOpen;
        providerClose = t.providerClose;
        weighted = t.weighted.clone();
        days = t.days.clone();
        seen = t.seen.clone();
        closedDays = t.closedDays;
        outsideDays = t.outsideDays;
    }

    private void grow(int providers) {
        int n = Math.max(providers, seen.length * 2);
        weighted = Arrays.copyOf(weighted, n * cells);
        days = Arrays.copyOf(days, n * cells);
        seen = Arrays.copyOf(seen, n);
    }
}
