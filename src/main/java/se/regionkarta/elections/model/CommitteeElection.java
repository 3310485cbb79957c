package se.regionkarta.elections.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills a committee (or any body an assembly elects) proportionally, by the Act on proportional
 * elections (1992:339): seats go by the largest-number method (d'Hondt) between the groups of
 * ballots; groups that formed a joint list (valkartell) first share the cartel's ballots, and the
 * cartel's seats are then divided between its groups by the same method. Ties are drawn by lot.
 */
public final class CommitteeElection {

    private CommitteeElection() {
    }

    public static CommitteeResult allocate(List<Group> groups, int seats, long seed) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("a proportional election needs at least one group of ballots");
        }
        if (seats < 1) {
            throw new IllegalArgumentException("at least one seat must be filled, got " + seats);
        }
        Set<String> names = new HashSet<>();
        groups.forEach(g -> {
            if (!names.add(g.name())) {
                throw new IllegalArgumentException("group " + g.name() + " appears twice");
            }
        });
        if (groups.stream().mapToLong(Group::ballots).sum() == 0) {
            throw new IllegalArgumentException("no ballots were cast");
        }
        Lot lot = new Lot(seed);
        Map<String, Long> contestants = new LinkedHashMap<>();
        for (Group g : groups) {
            String contestant = g.cartel() == null ? g.name() : g.cartel();
            if (g.cartel() != null && names.contains(g.cartel())) {
                throw new IllegalArgumentException("cartel " + g.cartel() + " has the same name as a group");
            }
            contestants.merge(contestant, g.ballots(), Long::sum);
        }
        List<Award> awards = DivisorAllocation.distribute(DivisorMethod.LARGEST_NUMBER, contestants, Map.of(), seats, lot,
                "seats between lists");
        Map<String, Integer> won = DivisorAllocation.count(awards, contestants.keySet());
        Map<String, Integer> seatsByGroup = new LinkedHashMap<>();
        Map<String, List<Award>> within = new LinkedHashMap<>();
        for (Group g : groups) {
            if (g.cartel() == null) {
                seatsByGroup.put(g.name(), won.get(g.name()));
            }
        }
        for (String cartel : contestants.keySet()) {
            Map<String, Long> members = new LinkedHashMap<>();
            groups.stream().filter(g -> cartel.equals(g.cartel())).forEach(g -> members.put(g.name(), g.ballots()));
            if (members.isEmpty()) {
                continue;
            }
            List<Award> inner = DivisorAllocation.distribute(DivisorMethod.LARGEST_NUMBER, members, Map.of(),
                    won.get(cartel), lot, "seats within the joint list " + cartel);
            within.put(cartel, inner);
            seatsByGroup.putAll(DivisorAllocation.count(inner, members.keySet()));
        }
        return new CommitteeResult(seats, seatsByGroup, awards, within, lot.ties(), seed);
    }

    /**
     * Returns how many members must ask for a proportional election for one to be held: the number
     * of members present divided by one more than the seats to fill, rounded up to a whole number
     * (Act 1992:339, 2 §).
     */
    public static int membersNeededToRequest(int membersPresent, int seatsToFill) {
        if (membersPresent < 1 || seatsToFill < 1) {
            throw new IllegalArgumentException("members present and seats to fill must be at least 1");
        }
        return (membersPresent + seatsToFill) / (seatsToFill + 1);
    }
}
