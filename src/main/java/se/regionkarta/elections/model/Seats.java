package se.regionkarta.elections.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seats given so far, per constituency and party: the working state of one allocation. */
final class Seats {

    private final Map<String, List<Award>> fixed = new LinkedHashMap<>();
    private final Map<String, List<Award>> adjustment = new LinkedHashMap<>();

    void fixed(String constituency, List<Award> awards) {
        fixed.put(constituency, new ArrayList<>(awards));
        adjustment.put(constituency, new ArrayList<>());
    }

    Iterable<String> constituencies() {
        return fixed.keySet();
    }

    List<Award> fixedAwards(String constituency) {
        return List.copyOf(fixed.get(constituency));
    }

    List<Award> adjustmentAwards(String constituency) {
        return List.copyOf(adjustment.get(constituency));
    }

    Map<String, Integer> fixedIn(String constituency) {
        return count(fixed.get(constituency));
    }

    Map<String, Integer> adjustmentIn(String constituency) {
        return count(adjustment.get(constituency));
    }

    /** Returns all seats (fixed and adjustment) a party holds in a constituency. */
    int heldIn(String constituency, String party) {
        return fixedIn(constituency).getOrDefault(party, 0) + adjustmentIn(constituency).getOrDefault(party, 0);
    }

    int fixedTotal(String party) {
        return fixed.values().stream().flatMap(List::stream).mapToInt(a -> a.party().equals(party) ? 1 : 0).sum();
    }

    int total(String party) {
        return fixedTotal(party)
                + adjustment.values().stream().flatMap(List::stream).mapToInt(a -> a.party().equals(party) ? 1 : 0).sum();
    }

    /** Takes a fixed seat from a party and gives it to another, keeping the seat's place in the order. */
    void transfer(String constituency, Award taken, String toParty, ComparisonFigure toFigure) {
        List<Award> list = fixed.get(constituency);
        int at = list.indexOf(taken);
        list.set(at, new Award(taken.order(), toParty, toFigure));
    }

    void adjust(String constituency, String party, ComparisonFigure figure) {
        List<Award> list = adjustment.get(constituency);
        list.add(new Award(list.size() + 1, party, figure));
    }

    private static Map<String, Integer> count(List<Award> awards) {
        Map<String, Integer> out = new LinkedHashMap<>();
        awards.forEach(a -> out.merge(a.party(), 1, Integer::sum));
        return out;
    }
}
