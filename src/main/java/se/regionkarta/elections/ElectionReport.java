package se.regionkarta.elections;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.regionkarta.elections.model.Award;
import se.regionkarta.elections.model.ElectionResult;
import se.regionkarta.elections.model.Tie;

/**
 * An election's seats as the command line ({@code --format json}) and the API answer them: the
 * shape issue 4 asks for, and more (comparison figures, votes for the next seat, the seed). Built
 * from the model's result; comparison figures are rounded to two decimals, as reports print them.
 */
public record ElectionReport(
        int totalSeats,
        int fixedSeats,
        int adjustmentSeats,
        double thresholdPercent,
        long validVotes,
        long seed,
        List<PartyLine> parties,
        List<ConstituencyLine> constituencies,
        List<SeatLine> regionWide,
        List<TieLine> ties,
        List<SurplusLine> surplusReturned) {

    public ElectionReport {
        parties = List.copyOf(parties);
        constituencies = List.copyOf(constituencies);
        regionWide = List.copyOf(regionWide);
        ties = List.copyOf(ties);
        surplusReturned = List.copyOf(surplusReturned);
    }

    /**
     * One party.
     *
     * @param votesForNextSeat the votes it lacked for one more seat, others' votes unchanged; for a
     *     party below the threshold, the votes it lacked to reach it
     */
    public record PartyLine(String party, long votes, BigDecimal sharePercent, boolean qualified, int fixed, int adjustment,
            int total, long votesForNextSeat) {
    }

    /** One constituency: its fixed seats per party (after any surplus returned) and the adjustment seats placed there. */
    public record ConstituencyLine(String name, Long eligibleVoters, int fixedSeats, long validVotes, Map<String, Integer> seats,
            Map<String, Integer> adjustmentSeats, List<SeatLine> fixedAwards, List<SeatLine> adjustmentAwards) {
    }

    /** One seat: its place in the order, whose it is, and the comparison figure that won it. */
    public record SeatLine(int order, String party, BigDecimal comparisonFigure) {

        static SeatLine of(Award a) {
            return new SeatLine(a.order(), a.party(), a.figure().value());
        }
    }

    /**
     * A tie decided by lot: for one seat, or for seats in a row when those the lot passed over stayed
     * tied (reported once, not once a seat: docs/elections.md).
     *
     * @param seat the first seat the tie decided
     * @param seats how many seats in a row it decided
     * @param tied everyone tied for the first seat
     * @param chosen whom the lot chose for the first seat
     * @param chosenInTurn whom it chose for each seat, in order (the first is {@code chosen})
     */
    public record TieLine(String stage, int seat, int seats, List<String> tied, String chosen, List<String> chosenInTurn,
            BigDecimal comparisonFigure, boolean decisive) {

        static TieLine of(Tie t) {
            return new TieLine(t.stage(), t.seat(), t.seats(), t.tied(), t.chosen(), t.chosenInTurn(), t.comparisonFigure(),
                    t.decisive());
        }

        /** Returns the seat or seats decided, as a person writes them: {@code 3}, or {@code 3–5}. */
        public String seatText() {
            return seats == 1 ? String.valueOf(seat) : seat + "–" + (seat + seats - 1);
        }
    }

    /** A fixed seat given back by a party that won more fixed seats than its share, and who got it. */
    public record SurplusLine(String party, String constituency, BigDecimal comparisonFigure, String toParty,
            BigDecimal toComparisonFigure, boolean fromSmallConstituency) {
    }

    /** Builds the report of a result. */
    public static ElectionReport of(ElectionResult r) {
        return new ElectionReport(r.totalSeats(), r.fixedSeats(), r.adjustmentSeats(), r.thresholdPercent().doubleValue(),
                r.validVotes(), r.seed(),
                r.parties().stream().map(p -> new PartyLine(p.party(), p.votes(), p.sharePercent(), p.qualified(), p.fixed(),
                        p.adjustment(), p.total(), p.votesForNextSeat())).toList(),
                r.constituencies().stream().map(c -> new ConstituencyLine(c.name(), c.eligibleVoters(), c.fixedSeats(),
                        c.validVotes(), c.seats(), c.adjustmentSeats(), seats(c.awards()), seats(c.adjustmentAwards())))
                        .toList(),
                seats(r.regionWide()),
                r.ties().stream().map(TieLine::of).toList(),
                r.surplusReturned().stream().map(s -> new SurplusLine(s.party(), s.constituency(), s.figure().value(),
                        s.toParty(), s.toFigure().value(), s.fromSmallConstituency())).toList());
    }

    private static List<SeatLine> seats(List<Award> awards) {
        return awards.stream().map(SeatLine::of).toList();
    }

    /** Returns the parties that won seats, in the report's order (most votes first). */
    public List<PartyLine> seated() {
        return parties.stream().filter(p -> p.total() > 0).toList();
    }
}
