package se.regionkarta.elections.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides each constituency's fixed seats: as the input gives them, or from eligible voters; when
 * the input gives both, they must agree.
 */
final class FixedSeats {

    private FixedSeats() {
    }

    static Map<String, Integer> of(ElectionInput input, Lot lot) {
        boolean allGiven = input.constituencies().stream().allMatch(c -> c.fixedSeats() != null);
        boolean allEligible = input.constituencies().stream().allMatch(c -> c.eligibleVoters() != null);
        if (input.constituencies().size() == 1) {
            return single(input);
        }
        if (!allGiven && !allEligible) {
            throw new IllegalArgumentException("every constituency needs its fixed seats (fasta_mandat) or its eligible "
                    + "voters (rostberattigade) to share the fixed seats by");
        }
        Map<String, Integer> given = new LinkedHashMap<>();
        input.constituencies().forEach(c -> given.put(c.name(), c.fixedSeats()));
        int givenTotal = allGiven ? given.values().stream().mapToInt(Integer::intValue).sum() : -1;
        if (allGiven && input.fixedSeats() != null && givenTotal != input.fixedSeats()) {
            throw new IllegalArgumentException("the constituencies' fixed seats add up to " + givenTotal + ", not the "
                    + input.fixedSeats() + " fixed seats asked for");
        }
        if (allGiven && givenTotal > input.totalSeats()) {
            throw new IllegalArgumentException("the constituencies' fixed seats add up to " + givenTotal
                    + ", more than the assembly's " + input.totalSeats() + " seats");
        }
        if (!allEligible) {
            return given;
        }
        int total = allGiven ? givenTotal : input.fixedSeats() != null ? input.fixedSeats() : input.defaultFixedSeats();
        Map<String, Long> eligible = new LinkedHashMap<>();
        input.constituencies().forEach(c -> eligible.put(c.name(), c.eligibleVoters()));
        Map<String, Integer> computed = FixedSeatApportionment.apportion(eligible, total, lot);
        if (allGiven) {
            for (Map.Entry<String, Integer> c : computed.entrySet()) {
                if (!c.getValue().equals(given.get(c.getKey()))) {
                    throw new IllegalArgumentException("constituency " + c.getKey() + " is given " + given.get(c.getKey())
                            + " fixed seats, but its eligible voters give it " + c.getValue());
                }
            }
        }
        return computed;
    }

    /** A region with one constituency: all seats are fixed, and there are no adjustment seats. */
    private static Map<String, Integer> single(ElectionInput input) {
        ConstituencyVotes only = input.constituencies().get(0);
        if (only.fixedSeats() != null && only.fixedSeats() != input.totalSeats()) {
            throw new IllegalArgumentException("a region with one constituency has all its " + input.totalSeats()
                    + " seats as fixed seats, but " + only.name() + " is given " + only.fixedSeats());
        }
        return Map.of(only.name(), input.totalSeats());
    }
}
