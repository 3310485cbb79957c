package se.regionkarta.elections.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommitteeElectionTest {

    @Test
    @DisplayName("seats go by the largest-number method: 7, 5 and 3 ballots fill 5 seats 2-2-1")
    void dHondt() {
        // A 7, B 5, A 3.5, C 3, B 2.5
        CommitteeResult r = CommitteeElection.allocate(List.of(new Group("A", 7, null), new Group("B", 5, null),
                new Group("C", 3, null)), 5, 1);

        assertThat(r.seats()).isEqualTo(Map.of("A", 2, "B", 2, "C", 1));
        assertThat(r.awards()).extracting(Award::party).containsExactly("A", "B", "A", "C", "B");
    }

    @Test
    @DisplayName("a joint list (valkartell) shares its groups' ballots first, then divides its seats between them")
    void cartel() {
        // alone: A 9, B 5, A 4.5, A 3 → A 3, B 1. Joint B+C (8): A 9, BC 8, A 4.5, BC 4 → A 2, BC 2; inside: B 5, C 3 → 1 each.
        List<Group> alone = List.of(new Group("A", 9, null), new Group("B", 5, null), new Group("C", 3, null));
        List<Group> joint = List.of(new Group("A", 9, null), new Group("B", 5, "BC"), new Group("C", 3, "BC"));

        assertThat(CommitteeElection.allocate(alone, 4, 1).seats()).isEqualTo(Map.of("A", 3, "B", 1, "C", 0));
        CommitteeResult r = CommitteeElection.allocate(joint, 4, 1);
        assertThat(r.seats()).isEqualTo(Map.of("A", 2, "B", 1, "C", 1));
        assertThat(r.withinCartels().get("BC")).extracting(Award::party).containsExactly("B", "C");
    }

    @Test
    @DisplayName("a tie for a seat between groups is drawn by lot and reported")
    void tie() {
        CommitteeResult r = CommitteeElection.allocate(List.of(new Group("A", 4, null), new Group("B", 4, null)), 1, 7);

        assertThat(r.ties()).singleElement().satisfies(t -> assertThat(t.decisive()).isTrue());
        assertThat(r.seats().values()).containsExactlyInAnyOrder(1, 0);
    }

    @Test
    @DisplayName("a proportional election is held when asked by members present ÷ (seats + 1), rounded up")
    void membersNeeded() {
        assertThat(CommitteeElection.membersNeededToRequest(67, 15)).isEqualTo(5);  // 67 / 16 = 4.19 → 5
        assertThat(CommitteeElection.membersNeededToRequest(60, 9)).isEqualTo(6);   // 60 / 10 = 6 exactly
        assertThat(CommitteeElection.membersNeededToRequest(15, 5)).isEqualTo(3);   // 15 / 6 = 2.5 → 3
    }

    @Test
    @DisplayName("bad input is refused with a reason: no groups, no seats, a group twice, a cartel named like a group")
    void badInput() {
        assertThatThrownBy(() -> CommitteeElection.allocate(List.of(), 3, 1)).hasMessageContaining("at least one group");
        assertThatThrownBy(() -> CommitteeElection.allocate(List.of(new Group("A", 1, null)), 0, 1)).hasMessageContaining("seat");
        assertThatThrownBy(() -> CommitteeElection.allocate(List.of(new Group("A", 1, null), new Group("A", 2, null)), 1, 1))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> CommitteeElection.allocate(List.of(new Group("A", 1, null), new Group("B", 2, "A")), 1, 1))
                .hasMessageContaining("same name");
        assertThatThrownBy(() -> new Group("A", -1, null)).hasMessageContaining("negative");
    }
}
