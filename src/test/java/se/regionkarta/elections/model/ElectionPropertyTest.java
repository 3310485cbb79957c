package se.regionkarta.elections.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the regional allocation on random elections. */
class ElectionPropertyTest {

    /** A random region: 1–8 constituencies, 2–9 parties, eligible voters and votes per constituency. */
    @Provide
    Arbitrary<ElectionInput> elections() {
        Arbitrary<Integer> constituencies = Arbitraries.integers().between(1, 8);
        Arbitrary<Integer> parties = Arbitraries.integers().between(2, 9);
        Arbitrary<Integer> seats = Arbitraries.integers().between(8, 151);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(constituencies, parties, seats, seed).as((c, p, n, s) -> random(c, p, n, new Random(s)));
    }

    static ElectionInput random(int constituencies, int parties, int seats, Random random) {
        List<ConstituencyVotes> list = new ArrayList<>();
        for (int c = 0; c < constituencies; c++) {
            Map<String, Long> votes = new LinkedHashMap<>();
            for (int p = 0; p < parties; p++) {
                // skewed sizes so that some parties fall below the threshold and some are strong locally
                votes.put("P" + p, (long) (random.nextDouble() * random.nextDouble() * 200_000));
            }
            list.add(new ConstituencyVotes("K" + c, 10_000L + random.nextInt(500_000), null, votes));
        }
        if (list.stream().mapToLong(ConstituencyVotes::totalVotes).sum() == 0) {
            list.set(0, new ConstituencyVotes("K0", 10_000L, null, Map.of("P0", 1L)));
        }
        return new ElectionInput(list, seats, null, null);
    }

    @Property(tries = 300)
    void totalsAlwaysEqualTheAssemblysSize(@ForAll("elections") ElectionInput input) {
        ElectionResult r = RegionalElection.allocate(input, 1);

        assertThat(r.parties().stream().mapToInt(ElectionResult.PartyResult::total).sum()).isEqualTo(input.totalSeats());
        int placed = r.constituencies().stream().mapToInt(c -> c.seats().values().stream().mapToInt(Integer::intValue).sum()
                + c.adjustmentSeats().values().stream().mapToInt(Integer::intValue).sum()).sum();
        assertThat(placed).isEqualTo(input.totalSeats());
        for (ElectionResult.ConstituencyResult c : r.constituencies()) {
            assertThat(c.seats().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(c.fixedSeats());
        }
    }

    @Property(tries = 300)
    void aPartyNeverLosesASeatWhenOnlyItsOwnVotesGrow(@ForAll("elections") ElectionInput input,
            @ForAll @IntRange(min = 0, max = 8) int partyIndex, @ForAll @LongRange(min = 1, max = 100_000) long extra) {
        ElectionResult before = RegionalElection.allocate(input, 1);
        String party = before.parties().get(partyIndex % before.parties().size()).party();
        ConstituencyVotes first = input.constituencies().get(0);
        Map<String, Long> grown = new LinkedHashMap<>(first.votes());
        grown.merge(party, extra, Long::sum);
        List<ConstituencyVotes> changed = new ArrayList<>(input.constituencies());
        changed.set(0, new ConstituencyVotes(first.name(), first.eligibleVoters(), first.fixedSeats(), grown));
        ElectionResult after = RegionalElection.allocate(new ElectionInput(changed, input.totalSeats(), null, null), 1);

        if (before.ties().isEmpty() && after.ties().isEmpty()) { // a tie is decided by lot, not by votes
            assertThat(total(after, party)).isGreaterThanOrEqualTo(total(before, party));
        }
    }

    @Property(tries = 300)
    void theResultDoesNotDependOnRowOrder(@ForAll("elections") ElectionInput input, @ForAll long shuffleSeed) {
        List<ConstituencyVotes> shuffled = new ArrayList<>();
        Random random = new Random(shuffleSeed);
        for (ConstituencyVotes c : input.constituencies()) {
            List<Map.Entry<String, Long>> rows = new ArrayList<>(c.votes().entrySet());
            Collections.shuffle(rows, random);
            Map<String, Long> votes = new LinkedHashMap<>();
            rows.forEach(e -> votes.put(e.getKey(), e.getValue()));
            shuffled.add(new ConstituencyVotes(c.name(), c.eligibleVoters(), c.fixedSeats(), votes));
        }
        Collections.shuffle(shuffled, random);

        ElectionResult a = RegionalElection.allocate(input, 5);
        ElectionResult b = RegionalElection.allocate(new ElectionInput(shuffled, input.totalSeats(), null, null), 5);

        assertThat(totals(b)).isEqualTo(totals(a));
        assertThat(byConstituency(b)).isEqualTo(byConstituency(a));
    }

    private static int total(ElectionResult r, String party) {
        return r.parties().stream().filter(p -> p.party().equals(party)).mapToInt(ElectionResult.PartyResult::total).sum();
    }

    private static Map<String, Integer> totals(ElectionResult r) {
        return r.parties().stream().collect(Collectors.toMap(ElectionResult.PartyResult::party, ElectionResult.PartyResult::total));
    }

    private static Map<String, String> byConstituency(ElectionResult r) {
        return r.constituencies().stream().collect(Collectors.toMap(ElectionResult.ConstituencyResult::name,
                c -> c.seats() + " " + c.adjustmentSeats()));
    }
}
