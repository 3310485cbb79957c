package se.regionkarta.elections.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

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
        return allocate(groups, seats, seed, DivisorAllocation.NEVER);
    }

    /**
     * Fills the seats, asking {@code stop} before each seat; when it says true the election ends
     * with a {@link java.util.concurrent.CancellationException} (a request's time limit). Takes time
     * in proportion to (groups + seats) × log(groups), and to the names still tied when seats are
     * drawn by lot one after another.
     */
    public static CommitteeResult allocate(List<Group> groups, int seats, long seed, BooleanSupplier stop) {
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
        Map<String, Map<String, Long>> members = new LinkedHashMap<>();
        for (Group g : groups) {
            String contestant = g.cartel() == null ? g.name() : g.cartel();
            if (g.cartel() != null && names.contains(g.cartel())) {
                throw new IllegalArgumentException("cartel " + g.cartel() + " has the same name as a group");
            }
            contestants.merge(contestant, g.ballots(), Long::sum);
            if (g.cartel() != null) {
                members.computeIfAbsent(g.cartel(), c -> new LinkedHashMap<>()).put(g.name(), g.ballots());
            }
        }
        List<Award> awards = DivisorAllocation.distribute(DivisorMethod.LARGEST_NUMBER, contestants, Map.of(), seats, lot,
                "seats between lists", stop);
        Map<String, Integer> won = DivisorAllocation.count(awards, contestants.keySet());
        Map<String, Integer> seatsByGroup = new LinkedHashMap<>();
        Map<String, List<Award>> within = new LinkedHashMap<>();
        for (Group g : groups) {
            if (g.cartel() == null) {
                seatsByGroup.put(g.name(), won.get(g.name()));
            }
        }
        for (Map.Entry<String, Map<String, Long>> cartel : members.entrySet()) {
            List<Award> inner = DivisorAllocation.distribute(DivisorMethod.LARGEST_NUMBER, cartel.getValue(), Map.of(),
                    won.get(cartel.getKey()), lot, "seats within the joint list " + cartel.getKey(), stop);
            within.put(cartel.getKey(), inner);
            seatsByGroup.putAll(DivisorAllocation.count(inner, cartel.getValue().keySet()));
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
