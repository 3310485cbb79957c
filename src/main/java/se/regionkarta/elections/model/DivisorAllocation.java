package se.regionkarta.elections.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives seats one at a time to the contestant with the highest comparison figure. Contestants may
 * start with seats already (a party's fixed seats when its adjustment seats are placed), and may
 * be capped (parties that already have their share take no more).
 */
final class DivisorAllocation {

    private DivisorAllocation() {
    }

    /**
     * Distributes {@code seats} seats.
     *
     * @param votes votes per contestant, in any order
     * @param start seats each contestant has before these are given (missing means 0)
     * @param stage names the distribution in tie reports
     * @return the awards in order
     */
    static List<Award> distribute(DivisorMethod method, Map<String, Long> votes, Map<String, Integer> start, int seats,
            Lot lot, String stage) {
        Map<String, Integer> held = new LinkedHashMap<>();
        votes.keySet().forEach(c -> held.put(c, start.getOrDefault(c, 0)));
        List<Award> awards = new ArrayList<>();
        for (int n = 1; n <= seats; n++) {
            List<String> best = new ArrayList<>();
            ComparisonFigure top = null;
            for (Map.Entry<String, Long> c : votes.entrySet()) {
                ComparisonFigure f = method.figure(c.getValue(), held.get(c.getKey()));
                int cmp = top == null ? 1 : f.compareTo(top);
                if (cmp > 0) {
                    top = f;
                    best.clear();
                }
                if (cmp >= 0) {
                    best.add(c.getKey());
                }
            }
            if (top == null) {
                throw new IllegalArgumentException(stage + ": there is no one to give seats to");
            }
            String winner = best.size() == 1 ? best.get(0) : lot.draw(stage, n, best, seats - n + 1 < best.size(), top);
            held.merge(winner, 1, Integer::sum);
            awards.add(new Award(n, winner, top));
        }
        return awards;
    }

    /** Counts the awards per contestant, in the order the contestants are given. */
    static Map<String, Integer> count(List<Award> awards, Iterable<String> contestants) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        contestants.forEach(c -> counts.put(c, 0));
        awards.forEach(a -> counts.merge(a.party(), 1, Integer::sum));
        return counts;
    }
}
