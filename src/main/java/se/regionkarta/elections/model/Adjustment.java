package se.regionkarta.elections.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the adjustment seats: each party short of its share gets the difference, one seat at a
 * time, in the constituency where its comparison figure (after the seats it already has there) is
 * highest. Parties take their turns in the order of the region-wide comparison figures, so that the
 * seat order is the one a person continuing the region-wide division would write down.
 */
final class Adjustment {

    private static final DivisorMethod METHOD = DivisorMethod.MODIFIED_ODD_NUMBER;

    private Adjustment() {
    }

    static void place(Seats seats, Map<String, Integer> entitled, ElectionInput input, Map<String, Long> qualified, Lot lot,
            java.util.function.BooleanSupplier stop) {
        Map<String, Long> needing = new LinkedHashMap<>();
        Map<String, Integer> held = new LinkedHashMap<>();
        int seatsLeft = 0;
        for (String p : qualified.keySet()) {
            int missing = entitled.get(p) - seats.fixedTotal(p);
            if (missing > 0) {
                needing.put(p, qualified.get(p));
                held.put(p, seats.fixedTotal(p));
                seatsLeft += missing;
            }
        }
        for (int n = 1; n <= seatsLeft; n++) {
            needing.keySet().removeIf(p -> held.get(p) >= entitled.get(p));
            Award turn = DivisorAllocation.distribute(METHOD, needing, held, 1, lot, "order of adjustment seats", stop).get(0);
            String party = turn.party();
            placeOne(seats, input, party, lot);
            held.merge(party, 1, Integer::sum);
        }
    }

    private static void placeOne(Seats seats, ElectionInput input, String party, Lot lot) {
        Map<String, ComparisonFigure> figures = new LinkedHashMap<>();
        for (ConstituencyVotes c : input.constituencies()) {
            figures.put(c.name(), METHOD.figure(c.votes().getOrDefault(party, 0L), seats.heldIn(c.name(), party)));
        }
        ComparisonFigure top = figures.values().stream().max(ComparisonFigure::compareTo).orElseThrow();
        List<String> best = new ArrayList<>();
        figures.forEach((c, f) -> {
            if (f.compareTo(top) == 0) {
                best.add(c);
            }
        });
        String where = best.size() == 1 ? best.get(0)
                : lot.draw("adjustment seat of " + party, seats.total(party) + 1, best, true, top);
        seats.adjust(where, party, top);
    }
}
