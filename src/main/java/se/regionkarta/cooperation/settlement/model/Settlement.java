package se.regionkarta.cooperation.settlement.model;

import java.util.List;
import java.util.Objects;

/**
 * The settlement of care sold between regions: per pair of regions and month what the home region
 * owes the providing region, line by line, and the events that could not be priced.
 *
 * <p>Two invariants hold for every settlement, checked here so that no report can break them: the
 * total (summed event by event while pricing) equals the sum of the lines, and every row read is
 * either priced, not priced (and reported), or outside the month asked for.
 *
 * @param pairs ordered by home region, providing region and month
 * @param totalOre the sum of the amounts of all priced events
 * @param rows the events read (data rows; the header and empty lines are not counted)
 * @param priced the events priced
 * @param outsideMonth the events dated outside the month asked for (0 when no month was asked for)
 */
public record Settlement(List<PairMonth> pairs, long totalOre, long rows, long priced, long outsideMonth,
        UnpricedSummary unpriced) {

    public Settlement {
        pairs = List.copyOf(pairs);
        Objects.requireNonNull(unpriced, "unpriced");
        long lines = 0;
        long events = 0;
        for (PairMonth pair : pairs) {
            lines = Math.addExact(lines, pair.amountOre());
            events += pair.count();
        }
        if (lines != totalOre || events != priced) {
            throw new IllegalStateException("the settlement's lines (" + Sek.format(lines) + " SEK, " + events
                    + " events) do not add up to its total (" + Sek.format(totalOre) + " SEK, " + priced + " events)");
        }
        if (priced + unpriced.count() + outsideMonth != rows) {
            throw new IllegalStateException(rows + " events were read but " + priced + " priced, " + unpriced.count()
                    + " not priced and " + outsideMonth + " outside the month");
        }
    }
}
