package se.regionkarta.elections.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Gives seats one at a time to the contestant with the highest comparison figure. Contestants may
 * start with seats already (a party's fixed seats when its adjustment seats are placed), and may
 * be capped (parties that already have their share take no more).
 *
 * <p>The contestants wait in a priority queue by comparison figure, so a seat costs a logarithm of
 * their number rather than a look at each of them (issue 13: 80 000 groups and 1 000 seats took
 * minutes when every seat scanned every group). Contestants tied at the top and not chosen by lot
 * wait beside the queue, in name order, for the next seat: the lot is asked exactly as before, with
 * every contestant whose figure equals the highest.
 */
final class DivisorAllocation {

    /** Never stops: for the callers that are not asked to. */
    static final BooleanSupplier NEVER = () -> false;

    private DivisorAllocation() {
    }

    /** One contestant's state: its votes, its seats so far and its figure for the next seat. */
    private static final class Contestant {
        final String name;
        final long votes;
        final int order;
        int held;
        ComparisonFigure figure;

        Contestant(String name, long votes, int order, int held, DivisorMethod method) {
            this.name = name;
            this.votes = votes;
            this.order = order;
            this.held = held;
            this.figure = method.figure(votes, held);
        }
    }

    /** Distributes seats without being asked to stop. */
    static List<Award> distribute(DivisorMethod method, Map<String, Long> votes, Map<String, Integer> start, int seats,
            Lot lot, String stage) {
        return distribute(method, votes, start, seats, lot, stage, NEVER);
    }

    /**
     * Distributes {@code seats} seats.
     *
     * @param votes votes per contestant, in any order
     * @param start seats each contestant has before these are given (missing means 0)
     * @param stage names the distribution in tie reports
     * @param stop asked before each seat; when it says true the distribution ends with a
     *     {@link CancellationException} (a request's time limit)
     * @return the awards in order
     */
    static List<Award> distribute(DivisorMethod method, Map<String, Long> votes, Map<String, Integer> start, int seats,
            Lot lot, String stage, BooleanSupplier stop) {
        PriorityQueue<Contestant> queue = new PriorityQueue<>(Math.max(1, votes.size()),
                Comparator.<Contestant, ComparisonFigure>comparing(c -> c.figure).reversed().thenComparingInt(c -> c.order));
        int order = 0;
        for (Map.Entry<String, Long> c : votes.entrySet()) {
            queue.add(new Contestant(c.getKey(), c.getValue(), order++, start.getOrDefault(c.getKey(), 0), method));
        }
        if (queue.isEmpty() && seats > 0) {
            throw new IllegalArgumentException(stage + ": there is no one to give seats to");
        }
        // contestants tied at the top that the lot passed over, by name; all have the same figure
        List<Contestant> waiting = new ArrayList<>();
        List<Award> awards = new ArrayList<>(Math.max(0, seats));
        for (int n = 1; n <= seats; n++) {
            if (stop.getAsBoolean()) {
                throw new CancellationException(stage + ": stopped before seat " + n);
            }
            List<Contestant> best = new ArrayList<>(waiting);
            ComparisonFigure top = waiting.isEmpty() ? queue.peek().figure : waiting.get(0).figure;
            boolean joined = false;
            while (!queue.isEmpty() && queue.peek().figure.compareTo(top) == 0) {
                best.add(queue.poll());
                joined = true;
            }
            // equal figures may be different fractions (2/2 and 1/1): the award shows the first contestant's, as it always did
            Contestant first = best.get(0);
            for (Contestant c : best) {
                first = c.order < first.order ? c : first;
            }
            top = first.figure;
            Contestant winner;
            if (best.size() == 1) {
                winner = best.get(0);
                waiting = new ArrayList<>();
            } else {
                if (joined || waiting.isEmpty()) {
                    best.sort(Comparator.comparing(c -> c.name));
                }
                List<String> names = new ArrayList<>(best.size());
                best.forEach(c -> names.add(c.name));
                String chosen = lot.draw(stage, n, names, seats - n + 1 < best.size(), top);
                int at = names.indexOf(chosen);
                winner = best.remove(at);
                waiting = best;
            }
            winner.held++;
            awards.add(new Award(n, winner.name, top));
            winner.figure = method.figure(winner.votes, winner.held);
            queue.add(winner);
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
