package se.regionkarta.cooperation.settlement.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What a home region owes a providing region for the care its residents received there in one
 * month, line by line.
 */
public record PairMonth(String home, String provider, YearMonth month, List<LineItem> lines) {

    public PairMonth {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(month, "month");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a settlement of " + home + " and " + provider + " needs a line");
        }
    }

    /** Returns the amount owed: the sum of the lines. */
    public long amountOre() {
        long sum = 0;
        for (LineItem line : lines) {
            sum = Math.addExact(sum, line.amountOre());
        }
        return sum;
    }

    /** Returns the number of events priced. */
    public long count() {
        return lines.stream().mapToLong(LineItem::count).sum();
    }
}
