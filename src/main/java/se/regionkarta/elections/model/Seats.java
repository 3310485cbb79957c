package se.regionkarta.elections.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seats given so far, per constituency and party: the working state of one allocation. The
 * awards are kept in order for the report; counts are kept beside them, because the allocation asks
 * for them once per comparison (measured: recounting the awards dominated a run).
 */
final class Seats {

    private final Map<String, List<Award>> fixed = new LinkedHashMap<>();
    private final Map<String, List<Award>> adjustment = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> fixedCount = new HashMap<>();
    private final Map<String, Map<String, Integer>> adjustmentCount = new HashMap<>();
    private final Map<String, Integer> fixedTotal = new HashMap<>();
    private final Map<String, Integer> adjustmentTotal = new HashMap<>();

    void fixed(String constituency, List<Award> awards) {
        fixed.put(constituency, new ArrayList<>(awards));
        adjustment.put(constituency, new ArrayList<>());
        Map<String, Integer> counts = new LinkedHashMap<>();
        awards.forEach(a -> {
            counts.merge(a.party(), 1, Integer::sum);
            fixedTotal.merge(a.party(), 1, Integer::sum);
        });
        fixedCount.put(constituency, counts);
        adjustmentCount.put(constituency, new LinkedHashMap<>());
    }

    List<Award> fixedAwards(String constituency) {
        return List.copyOf(fixed.get(constituency));
    }

    List<Award> adjustmentAwards(String constituency) {
        return List.copyOf(adjustment.get(constituency));
    }

    Map<String, Integer> fixedIn(String constituency) {
        return Map.copyOf(fixedCount.get(constituency));
    }

    Map<String, Integer> adjustmentIn(String constituency) {
        return Map.copyOf(adjustmentCount.get(constituency));
    }

    /** Returns the fixed seats a party holds in a constituency. */
    int fixedIn(String constituency, String party) {
        return fixedCount.get(constituency).getOrDefault(party, 0);
    }

    /** Returns all seats (fixed and adjustment) a party holds in a constituency. */
    int heldIn(String constituency, String party) {
        return fixedIn(constituency, party) + adjustmentCount.get(constituency).getOrDefault(party, 0);
    }

    int fixedTotal(String party) {
        return fixedTotal.getOrDefault(party, 0);
    }

    int total(String party) {
        return fixedTotal(party) + adjustmentTotal.getOrDefault(party, 0);
    }

    /** Takes a fixed seat from a party and gives it to another, keeping the seat's place in the order. */
    void transfer(String constituency, Award taken, String toParty, ComparisonFigure toFigure) {
        List<Award> list = fixed.get(constituency);
        list.set(list.indexOf(taken), new Award(taken.order(), toParty, toFigure));
        Map<String, Integer> counts = fixedCount.get(constituency);
        counts.merge(taken.party(), -1, Integer::sum);
        counts.merge(toParty, 1, Integer::sum);
        fixedTotal.merge(taken.party(), -1, Integer::sum);
        fixedTotal.merge(toParty, 1, Integer::sum);
    }

    void adjust(String constituency, String party, ComparisonFigure figure) {
        List<Award> list = adjustment.get(constituency);
        list.add(new Award(list.size() + 1, party, figure));
        adjustmentCount.get(constituency).merge(party, 1, Integer::sum);
        adjustmentTotal.merge(party, 1, Integer::sum);
    }
}
