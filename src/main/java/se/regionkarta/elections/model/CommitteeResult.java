package se.regionkarta.elections.model;

import java.util.List;
import java.util.Map;

/**
 * The seats of a proportional election.
 *
 * @param seats seats per group
 * @param awards the seats between the contestants (cartels and groups standing alone) in order
 * @param withinCartels for each cartel, how its seats were shared between its groups
 */
public record CommitteeResult(int totalSeats, Map<String, Integer> seats, List<Award> awards,
        Map<String, List<Award>> withinCartels, List<Tie> ties, long seed) {

    public CommitteeResult {
        seats = Map.copyOf(seats);
        awards = List.copyOf(awards);
        withinCartels = Map.copyOf(withinCartels);
        ties = List.copyOf(ties);
    }
}
