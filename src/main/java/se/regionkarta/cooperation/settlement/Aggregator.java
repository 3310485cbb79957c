package se.regionkarta.cooperation.settlement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.regionkarta.cooperation.settlement.model.CareKind;
import se.regionkarta.cooperation.settlement.model.LineItem;
import se.regionkarta.cooperation.settlement.model.PairMonth;
import se.regionkarta.cooperation.settlement.model.PriceList;
import se.regionkarta.cooperation.settlement.model.Pricing;
import se.regionkarta.cooperation.settlement.model.Tariff;
import se.regionkarta.cooperation.settlement.model.UnpricedReason;

/**
 * The settlement engine: prices events and sums them per home region, providing region, month
 * and line (price list × tariff) in primitive arrays. Each month that has events gets one block of
 * {@code regions² × lines} cells of three longs (events, quantity, amount), side by side so that
 * one event touches one cache line; with 21 regions and a few dozen tariffs a month is a few
 * hundred kilobytes, whatever the number of events.
 *
 * <p>Pricing follows {@link Pricing}; the only per-event work is a handful of array reads and
 * three additions. Not thread-safe: each thread sums into its own aggregator and they are
 * {@linkplain #merge merged}; integer sums do not depend on the order, so the result is the same
 * for any number of threads.
 */
final class Aggregator {

    /** Months from year 0 to 9999: the block index is {@link PackedDate#monthKey}. */
    private static final int MONTHS = 10_000 * 12;

    private final PriceTable table;
    private final int regions;
    private final int lines;
    private final long[][] months = new long[MONTHS][];
    private int firstMonth = MONTHS;
    private int lastMonth = -1;
    private long total;
    private long priced;

    Aggregator(PriceTable table) {
        this.table = table;
        this.regions = table.regionIds.size();
        this.lines = table.lines();
    }

    /** Prices and sums the events; those that cannot be priced go to {@code issues}. */
    void add(EventColumns events, Issues issues) {
        final byte[] home = events.home;
        final byte[] provider = events.provider;
        final short[] code = events.code;
        final int[] date = events.date;
        final int[] quantity = events.quantity;
        final int[] lineOf = table.lineOf;
        final long[] priceOf = table.priceOf;
        final boolean[] perPoint = table.perPoint;
        final int codes = table.codes;
        final int r = regions;
        final int l = lines;
        long sum = 0;
        long count = 0;
        for (int i = 0, n = events.size; i < n; i++) {
            int day = date[i];
            int version = table.versionOn(day);
            if (version < 0) {
                noPriceList(events, i, issues);
                continue;
            }
            int c = code[i];
            int vc = version * codes + c;
            int line = lineOf[vc];
            if (line < 0) {
                noPrice(events, i, version, issues);
                continue;
            }
            long price = priceOf[vc];
            long q = quantity[i];
            long amount = perPoint[c] ? Pricing.pointsAmount(q, price) : q * price;
            long[] block = months[day >>> 5];
            if (block == null) {
                block = newMonth(day >>> 5);
            }
            int cell = (((home[i] & 0xFF) * r + (provider[i] & 0xFF)) * l + line) * 3;
            block[cell]++;
            block[cell + 1] += q;
            block[cell + 2] += amount;
            sum = Math.addExact(sum, amount);
            count++;
        }
        total = Math.addExact(total, sum);
        priced += count;
    }

    /** Adds another aggregator's sums to these. */
    void merge(Aggregator other) {
        for (int m = other.firstMonth; m <= other.lastMonth; m++) {
            long[] theirs = other.months[m];
            if (theirs == null) {
                continue;
            }
            long[] ours = months[m] == null ? newMonth(m) : months[m];
            // no overflow check per cell: every cell is at most the total, which is checked

            for (int i = 0; i < ours.length; i++) {
                ours[i] += theirs[i];
            }
        }
        total = Math.addExact(total, other.total);
        priced += other.priced;
    }

    long total() {
        return total;
    }

    long priced() {
        return priced;
    }

    /** Returns the sums as pairs of regions and months with their lines, ordered by home, provider and month. */
    List<PairMonth> pairs() {
        List<PairMonth> pairs = new ArrayList<>();
        for (int h = 0; h < regions; h++) {
            for (int p = 0; p < regions; p++) {
                for (int m = firstMonth; m <= lastMonth; m++) {
                    List<LineItem> items = lineItems(months[m], (h * regions + p) * lines);
                    if (!items.isEmpty()) {
                        pairs.add(new PairMonth(table.regionIds.get(h), table.regionIds.get(p), PackedDate.month(m), items));
                    }
                }
            }
        }
        return pairs;
    }

    private List<LineItem> lineItems(long[] block, int firstCell) {
        List<LineItem> items = new ArrayList<>();
        if (block == null) {
            return items;
        }
        int tariffs = table.tariffs.size();
        for (int line = 0; line < lines; line++) {
            int cell = (firstCell + line) * 3;
            if (block[cell] > 0) {
                PriceList list = table.versions.get(line / tariffs);
                Tariff tariff = table.tariffs.get(line % tariffs);
                items.add(new LineItem(tariff, list.validFrom(), list.priceOre(tariff), block[cell], block[cell + 1],
                        block[cell + 2]));
            }
        }
        items.sort(Comparator.comparing(LineItem::tariff).thenComparing(LineItem::priceListFrom));
        return items;
    }

    private long[] newMonth(int month) {
        long[] block = new long[regions * regions * lines * 3];
        months[month] = block;
        firstMonth = Math.min(firstMonth, month);
        lastMonth = Math.max(lastMonth, month);
        return block;
    }

    private void noPriceList(EventColumns events, int i, Issues issues) {
        issues.count(UnpricedReason.NO_PRICE_LIST);
        long line = events.lines.lineOf(i);
        if (issues.wants(line)) {
            issues.keep(line, UnpricedReason.NO_PRICE_LIST,
                    "no price list is valid on " + PackedDate.unpack(events.date[i]));
        }
    }

    private void noPrice(EventColumns events, int i, int version, Issues issues) {
        issues.count(UnpricedReason.NO_PRICE);
        long line = events.lines.lineOf(i);
        if (issues.wants(line)) {
            int c = events.code[i];
            CareKind kind = table.kindOfCode[c];
            String what = table.codeText[c] == null ? "no price for " + kind.code() + " with this code"
                    : "no price for " + kind.code() + " '" + table.codeText[c] + "'";
            issues.keep(line, UnpricedReason.NO_PRICE, what + " in the price list " + table.versions.get(version).period());
        }
    }
}
