package se.regionkarta.elections.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of the regional allocation; each comment shows the arithmetic. */
class RegionalElectionTest {

    static ConstituencyVotes constituency(String name, Integer fixed, Object... partyVotes) {
        Map<String, Long> votes = new LinkedHashMap<>();
        for (int i = 0; i < partyVotes.length; i += 2) {
            votes.put((String) partyVotes[i], ((Number) partyVotes[i + 1]).longValue());
        }
        return new ConstituencyVotes(name, null, fixed, votes);
    }

    static Map<String, Integer> totals(ElectionResult r) {
        return r.parties().stream().filter(p -> p.total() > 0)
                .collect(Collectors.toMap(ElectionResult.PartyResult::party, ElectionResult.PartyResult::total));
    }

    @Test
    @DisplayName("a party with exactly 3 % takes part and wins a seat; with 2.99 % it takes none")
    void threshold() {
        // A 9700, B 300 of 10 000 = 3.00 %. A's 20th seat would be 9700/39 = 248.7 < B's 300/1.2 = 250: B wins seat 20.
        ElectionInput at = new ElectionInput(List.of(constituency("K", null, "A", 9700, "B", 300)), 20, null, null);
        // B 299 of 9999 = 2.99 %: B is out and A takes all 20.
        ElectionInput below = new ElectionInput(List.of(constituency("K", null, "A", 9700, "B", 299)), 20, null, null);

        assertThat(totals(RegionalElection.allocate(at, 1))).isEqualTo(Map.of("A", 19, "B", 1));
        ElectionResult out = RegionalElection.allocate(below, 1);
        assertThat(totals(out)).isEqualTo(Map.of("A", 20));
        ElectionResult.PartyResult b = out.parties().stream().filter(p -> p.party().equals("B")).findFirst().orElseThrow();
        assertThat(b.qualified()).isFalse();
        assertThat(b.votesForNextSeat()).isEqualTo(1); // (299 + 1) / (9999 + 1) = 3.00 %: one more vote would have done
    }

    @Test
    @DisplayName("a party with more fixed seats than its share returns the surplus where it won them last")
    void surplusReturned() {
        // K1 (5 fixed): X 1000, Y 100, Z 90 → X wins all five (833.3, 333.3, 200, 142.9, 111.1 beat Y 83.3 and Z 75).
        // K2 (4 fixed): Y 1000, Z 950 → Y 833.3, Z 791.7, Y 333.3, Z 316.7: Y 2, Z 2.
        // Region, 10 seats: Y 1100, Z 1040, X 1000 → Y 916.7, Z 866.7, X 833.3, Y 366.7, Z 346.7, X 333.3, Y 220, Z 208,
        // X 200, Y 157.1: Y 4, Z 3, X 3. X holds 5 fixed seats: 2 go back.
        // 1st: X's lowest is 111.1 in K1; next in turn there among parties short of their share: Y 83.3 > Z 75 → Y.
        // 2nd: X's lowest is now 142.9 in K1; Y (one seat in K1) 100/3 = 33.3 < Z 75 → Z.
        // Y still lacks one seat: the adjustment seat goes where Y's figure is highest: K2 1000/5 = 200 > K1 100/3.
        ElectionInput input = new ElectionInput(List.of(
                constituency("K1", 5, "X", 1000, "Y", 100, "Z", 90),
                constituency("K2", 4, "Y", 1000, "Z", 950)), 10, null, null);

        ElectionResult r = RegionalElection.allocate(input, 1);

        assertThat(totals(r)).isEqualTo(Map.of("X", 3, "Y", 4, "Z", 3));
        assertThat(r.surplusReturned()).extracting(s -> s.party() + " " + s.constituency() + " " + s.figure() + " → " + s.toParty())
                .containsExactly("X K1 111.11 → Y", "X K1 142.86 → Z");
        assertThat(r.constituencies().get(0).seats()).isEqualTo(Map.of("X", 3, "Y", 1, "Z", 1));
        assertThat(r.constituencies().get(1).seats()).isEqualTo(Map.of("Y", 2, "Z", 2));
        assertThat(r.constituencies().get(1).adjustmentSeats()).isEqualTo(Map.of("Y", 1));
    }

    @Test
    @DisplayName("a surplus is never taken from a constituency with fewer than three fixed seats")
    void surplusNotFromSmallConstituency() {
        // K1 (2 fixed): X 1000, Y 10 → X 833.3, X 333.3.  K2 (3): X 900, Y 2000 → Y 1666.7, X 750, Y 666.7.
        // K3 (3): Y 3000 → Y 3.  Region, 9 seats: Y 5010, X 1900 → Y 4175, Y 1670, X 1583.3, Y 1002, Y 715.7,
        // X 633.3, Y 556.7, Y 455.5, Y 385.4 → Y 7, X 2. X holds 3 fixed seats: one goes back. X's lowest figure
        // is 333.3 in K1, but K1 has only two fixed seats, so the seat is taken in K2 (750) and goes to Y there
        // (2000/5 = 400). Y then lacks one seat: adjustment in K3 (3000/7 = 428.6 > K2 2000/7 = 285.7).
        ElectionInput input = new ElectionInput(List.of(
                constituency("K1", 2, "X", 1000, "Y", 10),
                constituency("K2", 3, "X", 900, "Y", 2000),
                constituency("K3", 3, "Y", 3000)), 9, null, null);

        ElectionResult r = RegionalElection.allocate(input, 1);

        assertThat(totals(r)).isEqualTo(Map.of("X", 2, "Y", 7));
        assertThat(r.surplusReturned()).singleElement().satisfies(s -> {
            assertThat(s.constituency()).isEqualTo("K2");
            assertThat(s.figure().value()).isEqualByComparingTo("750");
            assertThat(s.toParty()).isEqualTo("Y");
        });
        assertThat(r.constituencies().get(2).adjustmentSeats()).isEqualTo(Map.of("Y", 1));
    }

    @Test
    @DisplayName("a region with a single constituency has all seats fixed and no adjustment seats")
    void singleConstituency() {
        // A 6000, B 3500, C 1500, 5 seats: A 5000, B 2916.7, A 2000, C 1250, A 1200 (beats B's 1166.7) → A 3, B 1, C 1.
        ElectionInput input = new ElectionInput(List.of(constituency("K", null, "A", 6000, "B", 3500, "C", 1500)), 5, null, null);

        ElectionResult r = RegionalElection.allocate(input, 1);

        assertThat(r.fixedSeats()).isEqualTo(5);
        assertThat(r.adjustmentSeats()).isZero();
        assertThat(totals(r)).isEqualTo(Map.of("A", 3, "B", 1, "C", 1));
        assertThat(r.constituencies().get(0).adjustmentSeats()).isEmpty();
    }

    @Test
    @DisplayName("fixed seats follow eligible voters: whole quotas first, then the largest remainders")
    void fixedSeatApportionment() {
        // 1000 eligible, 7 fixed seats: quota 142.86; A 500 → 3.5, B 300 → 2.1, C 200 → 1.4; floors 3+2+1 = 6,
        // the 7th goes to the largest remainder, A's 0.5.
        Map<String, Integer> seats = FixedSeatApportionment.apportion(
                new LinkedHashMap<>(Map.of("A", 500L, "B", 300L, "C", 200L)), 7, new Lot(1));

        assertThat(seats).isEqualTo(Map.of("A", 4, "B", 2, "C", 1));
    }

    @Test
    @DisplayName("nine tenths of the seats are fixed when the input does not say, rounded down (67 → 60, 101 → 90)")
    void defaultFixedSeats() {
        ConstituencyVotes a = new ConstituencyVotes("A", 600L, null, Map.of("S", 10L));
        ConstituencyVotes b = new ConstituencyVotes("B", 400L, null, Map.of("S", 10L));

        assertThat(new ElectionInput(List.of(a, b), 67, null, null).defaultFixedSeats()).isEqualTo(60);
        assertThat(new ElectionInput(List.of(a, b), 101, null, null).defaultFixedSeats()).isEqualTo(90);
        assertThat(RegionalElection.allocate(new ElectionInput(List.of(a, b), 67, null, null), 1).fixedSeats()).isEqualTo(60);
    }

    @Test
    @DisplayName("a tie for the last seat is drawn by lot, reported, and repeatable with the same seed")
    void tieByLot() {
        ElectionInput input = new ElectionInput(List.of(constituency("K", null, "A", 100, "B", 100)), 1, null, null);

        ElectionResult first = RegionalElection.allocate(input, 42);
        ElectionResult again = RegionalElection.allocate(input, 42);
        Set<String> winners = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            winners.add(totals(RegionalElection.allocate(input, seed)).keySet().iterator().next());
        }

        assertThat(first.ties()).singleElement().satisfies(t -> {
            assertThat(t.tied()).containsExactly("A", "B");
            assertThat(t.decisive()).isTrue();
        });
        assertThat(totals(again)).isEqualTo(totals(first));
        assertThat(winners).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    @DisplayName("given fixed seats that contradict the eligible voters are refused, naming the constituency")
    void inconsistentFixedSeats() {
        ConstituencyVotes a = new ConstituencyVotes("Norra", 600L, 7, Map.of("S", 10L));
        ConstituencyVotes b = new ConstituencyVotes("Södra", 400L, 2, Map.of("S", 10L));

        assertThatThrownBy(() -> RegionalElection.allocate(new ElectionInput(List.of(a, b), 10, null, null), 1))
                .hasMessageContaining("Norra is given 7 fixed seats, but its eligible voters give it 5");
    }

    @Test
    @DisplayName("the votes a party lacked for one more seat are counted against the lowest seat another party won")
    void margins() {
        // A 6000, B 3500, C 1500, 5 seats (A 3, B 1, C 1): the lowest seat another party won is A's third, 6000/5 = 1200;
        // C's next figure is votes/3, so C needs more than 3600 votes: 3601 − 1500 = 2101.
        ElectionInput input = new ElectionInput(List.of(constituency("K", null, "A", 6000, "B", 3500, "C", 1500)), 5, null, null);

        ElectionResult r = RegionalElection.allocate(input, 1);

        assertThat(r.parties()).filteredOn(p -> p.party().equals("C")).singleElement()
                .extracting(ElectionResult.PartyResult::votesForNextSeat).isEqualTo(2101L);
    }

    @Test
    @DisplayName("a municipal threshold of 2 % can be given instead of the regional 3 %")
    void municipalThreshold() {
        ElectionInput input = new ElectionInput(List.of(constituency("K", null, "A", 9750, "B", 250)), 30, null,
                BigDecimal.valueOf(2));

        assertThat(RegionalElection.allocate(input, 1).parties()).filteredOn(p -> p.party().equals("B"))
                .singleElement().extracting(ElectionResult.PartyResult::qualified).isEqualTo(true);
    }
}
