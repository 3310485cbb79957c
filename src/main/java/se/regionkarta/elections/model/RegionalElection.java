package se.regionkarta.elections.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocates the seats of a regional assembly from the votes, as the Elections Act (2005:837)
 * 14 kap. prescribes since the 2018 elections (docs/elections.md explains each step):
 *
 * <ol>
 *   <li>fixed seats to constituencies by eligible voters ({@link FixedSeatApportionment});</li>
 *   <li>only parties with at least the threshold share of all valid votes in the region take part;</li>
 *   <li>each constituency's fixed seats by the modified odd-number method on its votes;</li>
 *   <li>all seats of the region by the same method on the region's votes: each party's total;</li>
 *   <li>a party with more fixed seats than its total returns the surplus (återföring);</li>
 *   <li>the other parties' missing seats are adjustment seats, each placed where the party's
 *       comparison figure is highest.</li>
 * </ol>
 * Ties are decided by a seeded {@link Lot}, so that a run can be repeated, and reported.
 */
public final class RegionalElection {

    private static final DivisorMethod METHOD = DivisorMethod.MODIFIED_ODD_NUMBER;

    private RegionalElection() {
    }

    public static ElectionResult allocate(ElectionInput input, long seed) {
        return allocate(input, seed, DivisorAllocation.NEVER);
    }

    /**
     * Allocates the seats, asking {@code stop} before each seat given; when it says true the
     * allocation ends with a {@link java.util.concurrent.CancellationException} (a request's time limit).
     */
    public static ElectionResult allocate(ElectionInput input, long seed, java.util.function.BooleanSupplier stop) {
        Lot lot = new Lot(seed);
        Map<String, Integer> fixedPerConstituency = FixedSeats.of(input, lot);
        int fixedTotal = fixedPerConstituency.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Long> regionVotes = regionVotes(input);
        long valid = regionVotes.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> qualified = qualified(regionVotes, valid, input.thresholdPercent());
        if (qualified.isEmpty()) {
            throw new IllegalArgumentException("no party reached the threshold of " + input.thresholdPercent().toPlainString()
                    + " % of " + valid + " valid votes");
        }
        Seats seats = new Seats();
        for (ConstituencyVotes c : input.constituencies()) {
            Map<String, Long> local = new LinkedHashMap<>();
            qualified.keySet().forEach(p -> local.put(p, c.votes().getOrDefault(p, 0L)));
            List<Award> awards = DivisorAllocation.distribute(METHOD, local, Map.of(), fixedPerConstituency.get(c.name()),
                    lot, "fixed seats in " + c.name(), stop);
            seats.fixed(c.name(), awards);
        }
        // with one constituency its division is the region's; dividing again could only differ by a second draw
        List<Award> regionWide = input.constituencies().size() == 1
                ? seats.fixedAwards(input.constituencies().get(0).name())
                : DivisorAllocation.distribute(METHOD, qualified, Map.of(), input.totalSeats(), lot, "all seats of the region", stop);
        Map<String, Integer> entitled = DivisorAllocation.count(regionWide, qualified.keySet());
        List<ElectionResult.SurplusReturn> returned = Surplus.returnAll(seats, entitled, input, qualified, lot);
        Adjustment.place(seats, entitled, input, qualified, lot, stop);
        return result(input, fixedPerConstituency, fixedTotal, regionVotes, valid, qualified, seats, entitled, regionWide,
                returned, lot);
    }

    private static Map<String, Long> regionVotes(ElectionInput input) {
        Map<String, Long> votes = new LinkedHashMap<>();
        input.constituencies().forEach(c -> c.votes().forEach((p, n) -> votes.merge(p, n, Long::sum)));
        return votes;
    }

    /** Returns the parties with at least the threshold share of all valid votes, largest first. */
    private static Map<String, Long> qualified(Map<String, Long> votes, long valid, BigDecimal thresholdPercent) {
        Map<String, Long> out = new LinkedHashMap<>();
        votes.entrySet().stream()
                .filter(e -> e.getValue() > 0 && BigDecimal.valueOf(e.getValue()).multiply(BigDecimal.valueOf(100))
                        .compareTo(thresholdPercent.multiply(BigDecimal.valueOf(valid))) >= 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static ElectionResult result(ElectionInput input, Map<String, Integer> fixedPer, int fixedTotal,
            Map<String, Long> regionVotes, long valid, Map<String, Long> qualified, Seats seats,
            Map<String, Integer> entitled, List<Award> regionWide, List<ElectionResult.SurplusReturn> returned, Lot lot) {
        List<ElectionResult.PartyResult> parties = new ArrayList<>();
        regionVotes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    String p = e.getKey();
                    boolean ok = qualified.containsKey(p);
                    int fixed = ok ? seats.fixedTotal(p) : 0;
                    int total = ok ? entitled.get(p) : 0;
                    parties.add(new ElectionResult.PartyResult(p, e.getValue(), share(e.getValue(), valid), ok, fixed,
                            total - fixed, total, ok ? Margins.forNextSeat(p, e.getValue(), total, regionWide)
                                    : Margins.toThreshold(e.getValue(), valid, input.thresholdPercent())));
                });
        List<ElectionResult.ConstituencyResult> constituencies = new ArrayList<>();
        for (ConstituencyVotes c : input.constituencies()) {
            constituencies.add(new ElectionResult.ConstituencyResult(c.name(), c.eligibleVoters(), fixedPer.get(c.name()),
                    c.totalVotes(), sorted(seats.fixedIn(c.name())), sorted(seats.adjustmentIn(c.name())),
                    seats.fixedAwards(c.name()), seats.adjustmentAwards(c.name())));
        }
        return new ElectionResult(input.totalSeats(), fixedTotal, input.totalSeats() - fixedTotal,
                input.thresholdPercent(), valid, parties, constituencies, regionWide, lot.ties(), returned, lot.seed());
    }

    private static Map<String, Integer> sorted(Map<String, Integer> seats) {
        Map<String, Integer> out = new LinkedHashMap<>();
        seats.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static BigDecimal share(long votes, long valid) {
        return valid == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(votes * 100).divide(BigDecimal.valueOf(valid), 2,
                RoundingMode.HALF_UP);
    }
}
