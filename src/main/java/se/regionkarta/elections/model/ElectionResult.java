package se.regionkarta.elections.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The seats of an election: per party and per constituency, with the comparison figures behind
 * each seat, the ties drawn and the surplus seats returned.
 *
 * @param regionWide the division of all seats on the region's votes, which fixes each party's total
 */
public record ElectionResult(
        int totalSeats,
        int fixedSeats,
        int adjustmentSeats,
        BigDecimal thresholdPercent,
        long validVotes,
        List<PartyResult> parties,
        List<ConstituencyResult> constituencies,
        List<Award> regionWide,
        List<Tie> ties,
        List<SurplusReturn> surplusReturned,
        long seed) {

    public ElectionResult {
        parties = List.copyOf(parties);
        constituencies = List.copyOf(constituencies);
        regionWide = List.copyOf(regionWide);
        ties = List.copyOf(ties);
        surplusReturned = List.copyOf(surplusReturned);
    }

    /**
     * One party's result.
     *
     * @param sharePercent its share of all valid votes, two decimals
     * @param votesForNextSeat how many more votes would have won it one more seat, other votes unchanged;
     *     for a party below the threshold, how many more it needed to reach it
     */
    public record PartyResult(String party, long votes, BigDecimal sharePercent, boolean qualified, int fixed,
            int adjustment, int total, long votesForNextSeat) {
    }

    /**
     * One constituency's seats.
     *
     * @param seats fixed seats per party, after any surplus was returned
     * @param adjustmentSeats adjustment seats placed here, per party
     * @param awards the fixed seats in the order they were given, with their comparison figures
     */
    public record ConstituencyResult(String name, Long eligibleVoters, int fixedSeats, long validVotes,
            Map<String, Integer> seats, Map<String, Integer> adjustmentSeats, List<Award> awards,
            List<Award> adjustmentAwards) {
    }

    /**
     * A fixed seat a party had to give back because it won more fixed seats than its share of all
     * seats (återföring), and who got it instead.
     *
     * @param fromSmallConstituency true when the party held no seat in a constituency with at least
     *     three fixed seats, so the seat had to be taken from a smaller one (see {@code Surplus})
     */
    public record SurplusReturn(String party, String constituency, ComparisonFigure figure, String toParty,
            ComparisonFigure toFigure, boolean fromSmallConstituency) {
    }
}
