package se.regionkarta.elections.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Returns the fixed seats a party won beyond its share of all seats (återföring): the seat it won
 * with its lowest comparison figure, in a constituency with at least three fixed seats, goes in
 * that constituency to the party next in turn among those still short of their share.
 *
 * <p>The law's rule presumes that the party holds a seat in such a constituency. Where all its
 * surplus lies in smaller constituencies (possible only with very small ones, which real regions do
 * not have), the seat is taken where its figure is lowest among all its seats, and the return is
 * marked so that the report says the fallback was used.
 */
final class Surplus {

    private static final DivisorMethod METHOD = DivisorMethod.MODIFIED_ODD_NUMBER;

    private Surplus() {
    }

    static List<ElectionResult.SurplusReturn> returnAll(Seats seats, Map<String, Integer> entitled, ElectionInput input,
            Map<String, Long> qualified, Lot lot) {
        List<ElectionResult.SurplusReturn> returned = new ArrayList<>();
        for (String party : qualified.keySet()) {
            while (seats.fixedTotal(party) > entitled.get(party)) {
                returned.add(returnOne(party, seats, entitled, input, qualified, lot));
            }
        }
        return returned;
    }

    private static ElectionResult.SurplusReturn returnOne(String party, Seats seats, Map<String, Integer> entitled,
            ElectionInput input, Map<String, Long> qualified, Lot lot) {
        Map.Entry<String, Award> lowest = lowestSeat(party, seats, input, 3);
        boolean fallback = lowest == null;
        if (fallback) {
            lowest = lowestSeat(party, seats, input, 0);
        }
        String constituency = lowest.getKey();
        ConstituencyVotes c = input.constituencies().stream().filter(x -> x.name().equals(constituency)).findFirst().orElseThrow();
        Map<String, Long> shortOfShare = new LinkedHashMap<>();
        Map<String, Integer> held = new LinkedHashMap<>();
        for (String q : qualified.keySet()) {
            if (!q.equals(party) && seats.fixedTotal(q) < entitled.get(q)) {
                shortOfShare.put(q, c.votes().getOrDefault(q, 0L));
                held.put(q, seats.fixedIn(constituency, q));
            }
        }
        if (shortOfShare.isEmpty()) {
            throw new IllegalStateException("no party is short of its share to take " + party + "'s surplus seat");
        }
        Award next = DivisorAllocation.distribute(METHOD, shortOfShare, held, 1, lot, "surplus seat of " + party + " in "
                + constituency).get(0);
        seats.transfer(constituency, lowest.getValue(), next.party(), next.figure());
        return new ElectionResult.SurplusReturn(party, constituency, lowest.getValue().figure(), next.party(), next.figure(),
                fallback);
    }

    /** Returns the party's fixed seat with the lowest figure among constituencies with at least {@code minSeats}. */
    private static Map.Entry<String, Award> lowestSeat(String party, Seats seats, ElectionInput input, int minSeats) {
        Map.Entry<String, Award> lowest = null;
        for (ConstituencyVotes c : input.constituencies()) {
            if (seats.fixedAwards(c.name()).size() < minSeats) {
                continue;
            }
            for (Award a : seats.fixedAwards(c.name())) {
                if (a.party().equals(party) && (lowest == null || a.figure().compareTo(lowest.getValue().figure()) < 0)) {
                    lowest = Map.entry(c.name(), a);
                }
            }
        }
        return lowest;
    }
}
