package se.regionkarta.elections.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The committee election with a priority queue (issue 13) against the straightforward one it
 * replaced, kept here as the oracle: every seat scans every contestant, and every draw by lot is
 * recorded for its seat alone. On small inputs full of ties both give the same seats in the same
 * order, and the same draws.
 */
class CommitteeOracleTest {

    /** Small committees with few ballots per group, so that ties are common, some groups in joint lists. */
    @Provide
    Arbitrary<List<Group>> groups() {
        Arbitrary<Integer> ballots = Arbitraries.integers().between(0, 6);
        Arbitrary<String> cartel = Arbitraries.of("", "", "", "K1", "K2");
        Arbitrary<List<Integer>> counts = ballots.list().ofMinSize(1).ofMaxSize(12);
        return Combinators.combine(counts, cartel.list().ofSize(12)).as((b, c) -> {
            List<Group> out = new ArrayList<>();
            for (int i = 0; i < b.size(); i++) {
                out.add(new Group("g" + i, b.get(i), c.get(i).isEmpty() ? null : c.get(i)));
            }
            if (out.stream().mapToLong(Group::ballots).sum() == 0) {
                out.set(0, new Group("g0", 1, out.get(0).cartel()));
            }
            return out;
        });
    }

    @Property(tries = 1000)
    @Label("the fast committee election gives what the straightforward one gives, draws by lot included")
    void sameAsTheOracle(@ForAll("groups") List<Group> groups, @ForAll("seats") int seats, @ForAll long seed) {
        CommitteeResult fast = CommitteeElection.allocate(groups, seats, seed);
        Oracle oracle = Oracle.allocate(groups, seats, seed);

        assertThat(fast.seats()).isEqualTo(oracle.seats);
        assertThat(fast.awards()).isEqualTo(oracle.awards);
        assertThat(fast.withinCartels()).isEqualTo(oracle.within);
        assertThat(perSeat(fast.ties())).isEqualTo(oracle.ties);
    }

    @Provide
    Arbitrary<Integer> seats() {
        return Arbitraries.integers().between(1, 25);
    }

    @Test
    @DisplayName("80 000 groups of equal ballots fill 1 000 seats, and the tie is reported once, not once a seat")
    @Timeout(60)
    void manyTiedGroups() {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < 80_000; i++) {
            groups.add(new Group("g" + i, 1, null));
        }
        CommitteeResult r = CommitteeElection.allocate(groups, 1000, 1);

        assertThat(r.seats().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        assertThat(r.ties()).singleElement().satisfies(t -> {
            assertThat(t.tied()).hasSize(80_000);
            assertThat(t.seats()).isEqualTo(1000);
            assertThat(t.decisive()).isTrue();
        });
    }

    @Test
    @DisplayName("an election asked to stop ends before its next seat")
    void stops() {
        int[] asked = {0};
        List<Group> groups = List.of(new Group("A", 70, null), new Group("B", 50, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommitteeElection.allocate(groups, 500, 1, () -> ++asked[0] > 10))
                .isInstanceOf(CancellationException.class);
        assertThat(asked[0]).isEqualTo(11);
    }

    /** Spreads each tie over the seats it decided, as the oracle records them. */
    private static List<Tie> perSeat(List<Tie> ties) {
        List<Tie> out = new ArrayList<>();
        for (Tie t : ties) {
            List<String> left = new ArrayList<>(t.tied());
            for (int i = 0; i < t.seats(); i++) {
                String chosen = t.chosenInTurn().get(i);
                out.add(new Tie(t.stage(), t.seat() + i, left, List.of(chosen), t.comparisonFigure(), t.decisive()));
                left.remove(chosen);
            }
        }
        return out;
    }

    /** The committee election as it was before issue 13, unchanged but for recording ties seat by seat. */
    private static final class Oracle {
        final long seed;
        final List<Tie> ties = new ArrayList<>();
        Map<String, Integer> seats;
        List<Award> awards;
        final Map<String, List<Award>> within = new LinkedHashMap<>();

        Oracle(long seed) {
            this.seed = seed;
        }

        static Oracle allocate(List<Group> groups, int seats, long seed) {
            Oracle o = new Oracle(seed);
            Map<String, Long> contestants = new LinkedHashMap<>();
            for (Group g : groups) {
                contestants.merge(g.cartel() == null ? g.name() : g.cartel(), g.ballots(), Long::sum);
            }
            o.awards = o.distribute(contestants, seats, "seats between lists");
            Map<String, Integer> won = count(o.awards, contestants.keySet());
            Map<String, Integer> seatsByGroup = new LinkedHashMap<>();
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
                List<Award> inner = o.distribute(members, won.get(cartel), "seats within the joint list " + cartel);
                o.within.put(cartel, inner);
                seatsByGroup.putAll(count(inner, members.keySet()));
            }
            o.seats = seatsByGroup;
            return o;
        }

        List<Award> distribute(Map<String, Long> votes, int seats, String stage) {
            Map<String, Integer> held = new LinkedHashMap<>();
            votes.keySet().forEach(c -> held.put(c, 0));
            List<Award> awards = new ArrayList<>();
            for (int n = 1; n <= seats; n++) {
                List<String> best = new ArrayList<>();
                ComparisonFigure top = null;
                for (Map.Entry<String, Long> c : votes.entrySet()) {
                    ComparisonFigure f = DivisorMethod.LARGEST_NUMBER.figure(c.getValue(), held.get(c.getKey()));
                    int cmp = top == null ? 1 : f.compareTo(top);
                    if (cmp > 0) {
                        top = f;
                        best.clear();
                    }
                    if (cmp >= 0) {
                        best.add(c.getKey());
                    }
                }
                String winner = best.size() == 1 ? best.get(0) : draw(stage, n, best, seats - n + 1 < best.size(), top);
                held.merge(winner, 1, Integer::sum);
                awards.add(new Award(n, winner, top));
            }
            return awards;
        }

        String draw(String stage, int seat, List<String> tied, boolean decisive, ComparisonFigure figure) {
            List<String> sorted = tied.stream().sorted(Comparator.naturalOrder()).toList();
            long drawSeed = seed * 31 + (stage.hashCode() * 1_000_003L + seat) * 0x9E3779B97F4A7C15L + sorted.hashCode();
            String chosen = sorted.get(new SplittableRandom(drawSeed).nextInt(sorted.size()));
            BigDecimal value = figure.value();
            ties.add(new Tie(stage, seat, sorted, List.of(chosen), value, decisive));
            return chosen;
        }

        static Map<String, Integer> count(List<Award> awards, Iterable<String> contestants) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            contestants.forEach(c -> counts.put(c, 0));
            awards.forEach(a -> counts.merge(a.party(), 1, Integer::sum));
            return counts;
        }
    }
}
