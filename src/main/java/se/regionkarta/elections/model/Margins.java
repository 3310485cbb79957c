package se.regionkarta.elections.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How close a party came: the votes it lacked for one more seat, or to reach the threshold, with
 * every other party's votes as they were.
 */
final class Margins {

    private static final DivisorMethod METHOD = DivisorMethod.MODIFIED_ODD_NUMBER;

    private Margins() {
    }

    /**
     * Returns the extra votes the party needed to win one more seat in the region-wide division:
     * its next comparison figure must beat the lowest figure with which another party won a seat.
     */
    static long forNextSeat(String party, long votes, int seats, List<Award> regionWide) {
        ComparisonFigure lowestOther = regionWide.stream().filter(a -> !a.party().equals(party))
                .map(Award::figure).min(ComparisonFigure::compareTo).orElse(null);
        if (lowestOther == null) {
            return 0; // the party already holds every seat
        }
        ComparisonFigure perVote = METHOD.figure(1, seats); // k / d: the figure of one vote at this many seats
        // smallest v with v·k/d > n/m  ⇔  v > n·d / (m·k)
        long needed = Math.floorDiv(Math.multiplyExact(lowestOther.numerator(), perVote.denominator()),
                Math.multiplyExact(lowestOther.denominator(), perVote.numerator())) + 1;
        return Math.max(0, needed - votes);
    }

    /** Returns the extra votes a party below the threshold needed to reach it (the total grows with them). */
    static long toThreshold(long votes, long valid, BigDecimal thresholdPercent) {
        // (votes + x) · 100 ≥ t · (valid + x)  ⇔  x ≥ (t·valid − 100·votes) / (100 − t)
        BigDecimal hundred = BigDecimal.valueOf(100);
        if (thresholdPercent.compareTo(hundred) >= 0) {
            return Math.max(0, valid - votes);
        }
        BigDecimal x = thresholdPercent.multiply(BigDecimal.valueOf(valid)).subtract(BigDecimal.valueOf(votes).multiply(hundred))
                .divide(hundred.subtract(thresholdPercent), 0, RoundingMode.CEILING);
        return Math.max(0, x.longValueExact());
    }
}
