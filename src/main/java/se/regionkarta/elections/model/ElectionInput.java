package se.regionkarta.elections.model;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An election to a regional (or municipal) assembly: the votes per constituency and the rules'
 * parameters.
 *
 * @param totalSeats the size of the assembly
 * @param fixedSeats how many of the seats are fixed constituency seats, or null to follow from the
 *     constituencies' own figures or from the law's nine tenths
 * @param thresholdPercent the share of all valid votes in the region a party needs (3 for regions)
 */
public record ElectionInput(List<ConstituencyVotes> constituencies, int totalSeats, Integer fixedSeats,
        BigDecimal thresholdPercent) {

    /** The threshold for elections to regional assemblies, Elections Act 14 kap. */
    public static final BigDecimal REGIONAL_THRESHOLD = BigDecimal.valueOf(3);

    public ElectionInput {
        constituencies = List.copyOf(constituencies);
        if (constituencies.isEmpty()) {
            throw new IllegalArgumentException("an election needs at least one constituency");
        }
        Set<String> names = new HashSet<>();
        for (ConstituencyVotes c : constituencies) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("constituency " + c.name() + " appears twice");
            }
        }
        if (totalSeats < 1) {
            throw new IllegalArgumentException("the assembly needs at least one seat, got " + totalSeats);
        }
        if (fixedSeats != null && (fixedSeats < 1 || fixedSeats > totalSeats)) {
            throw new IllegalArgumentException("fixed seats must be between 1 and the assembly's " + totalSeats + " seats, got "
                    + fixedSeats);
        }
        if (thresholdPercent == null) {
            thresholdPercent = REGIONAL_THRESHOLD;
        }
        if (thresholdPercent.signum() < 0 || thresholdPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("the threshold is a percentage between 0 and 100, got " + thresholdPercent);
        }
    }

    /** Returns the fixed seats the law gives when the input does not say: nine tenths, rounded down. */
    int defaultFixedSeats() {
        return constituencies.size() == 1 ? totalSeats : totalSeats * 9 / 10;
    }
}
