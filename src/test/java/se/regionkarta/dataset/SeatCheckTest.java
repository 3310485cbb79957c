package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.dataset.DataFixture.BODIES;
import static se.regionkarta.dataset.DataFixture.goodWith;
import static se.regionkarta.dataset.DataFixture.lineOf;
import static se.regionkarta.dataset.DataFixture.load;
import static se.regionkarta.dataset.DataFixture.onlyProblem;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.input.Problem;

/**
 * Seats add up. The fixture's assembly has 5 members, seats S 3, M 1, V 1, and a majority of S and
 * V stated as 4 seats.
 */
class SeatCheckTest {

    @Test
    @DisplayName("seats that do not add up to the body's members are reported at the seat entry's parties")
    void seatsDoNotAddUp() {
        // given
        String bodies = BODIES.replace("members: 5", "members: 7");

        // when
        LoadResult result = load(goodWith("bodies.yaml", bodies));

        // then
        Problem p = onlyProblem(result, "bodies.yaml", lineOf(bodies, "parties: {S:"),
                "'kalmar.rf'", "2022-2026", "add up to 5", "has 7 members");
        assertThat(p.message()).startsWith("parties: ");
    }

    @Test
    @DisplayName("a majority with exactly half of the seats is reported as not a majority, at its role")
    void majorityWithHalf() {
        // given: 6 seats, S holds 3
        String bodies = BODIES.replace("members: 5", "members: 6").replace("{S: 3, M: 1, V: 1}", "{S: 3, M: 2, V: 1}")
                .replace("parties: [S, V]\n    seats: 4\n", "parties: [S]\n");

        // when
        LoadResult result = load(goodWith("bodies.yaml", bodies));

        // then
        onlyProblem(result, "bodies.yaml", lineOf(bodies, "role: majority"),
                "'kalmar.rf.majority'", "majority", "3 of 6", "not more than half");
    }

    @Test
    @DisplayName("a majority whose seat total is stated without a seat table is checked against the body's size")
    void statedMajorityWithoutSeatTable() {
        // given: no seats, a majority said to hold 2 of 5
        String bodies = BODIES.substring(0, BODIES.indexOf("seats:")) + """
                coalitions:
                  - id: kalmar.rf.majority
                    body: kalmar.rf
                    term: 2022-2026
                    role: majority
                    parties: [S]
                    seats: 2
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("bodies.yaml", bodies));

        // then
        onlyProblem(result, "bodies.yaml", lineOf(bodies, "seats: 2"), "2 of 5", "not more than half");
    }

    @Test
    @DisplayName("a stated coalition total that differs from its parties' seats is reported at the stated total")
    void statedSeatsDiffer() {
        // given
        String bodies = BODIES.replace("seats: 4", "seats: 5");

        // when
        LoadResult result = load(goodWith("bodies.yaml", bodies));

        // then
        onlyProblem(result, "bodies.yaml", lineOf(bodies, "seats: 5"), "said to hold 5 seats", "[S, V] hold 4");
    }

    @Test
    @DisplayName("a party in the majority and the opposition at the same time is reported at the later coalition's parties")
    void partyGoverningAndOpposing() {
        // given
        String bodies = BODIES + """
                  - id: kalmar.rf.opposition
                    body: kalmar.rf
                    term: 2022-2026
                    role: opposition
                    parties: [M, V]
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("bodies.yaml", bodies));

        // then
        onlyProblem(result, "bodies.yaml", lineOf(bodies, "parties: [M, V]"),
                "party V", "'kalmar.rf.majority'", "'kalmar.rf.opposition'", "same time");
    }

    @Test
    @DisplayName("a party may change sides when the first coalition has ended")
    void partyChangesSidesLater() {
        // given: the majority of S and V broke up at the end of 2024; V then joined the opposition
        String bodies = BODIES.replace("    seats: 4\n", "    seats: 4\n    until: 2024\n") + """
                  - id: kalmar.rf.opposition
                    body: kalmar.rf
                    term: 2022-2026
                    role: opposition
                    parties: [M, V]
                    from: 2025
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("bodies.yaml", bodies));

        // then
        assertThat(result.problems()).isEmpty();
    }

    @Test
    @DisplayName("a joint body whose members differ from its composition rule is reported at its members")
    void jointBodyMembersDifferFromRule() {
        // given: three regions appoint three members each, but the body is said to have 10
        String coop = COOPERATION.formatted(10);

        // when
        LoadResult result = load(goodWith("cooperation.yaml", coop));

        // then
        onlyProblem(result, "cooperation.yaml", lineOf(coop, "members: 10"),
                "'sydostra.snamnd'", "10 members", "composition rule gives 9", "3 regions");
    }

    @Test
    @DisplayName("a joint body whose members follow its composition rule, exceptions included, is accepted")
    void jointBodyMembersFollowRule() {
        // given: Kalmar appoints 5 instead of 3, so 3 + 3 + 5
        String coop = COOPERATION.formatted(11).replace("substitutes_per_region: 3}",
                "substitutes_per_region: 3, exceptions: [{region: kalmar, members: 5, substitutes: 3}]}");

        // when
        LoadResult result = load(goodWith("cooperation.yaml", coop));

        // then
        assertThat(result.problems()).isEmpty();
    }

    private static final String COOPERATION = """
            units:
              - {id: ostergotland, name: Region Östergötland, kind: region, identifiers: {county-code: "05"}, sources: [src-a]}
              - {id: jonkoping, name: Region Jönköpings län, kind: region, identifiers: {county-code: "06"}, sources: [src-a]}
            healthcare_regions:
              - id: sydostra
                name: Sydöstra sjukvårdsregionen
                members:
                  - {region: ostergotland}
                  - {region: jonkoping}
                  - {region: kalmar}
                sources: [src-a]
            cooperation_bodies:
              - id: sydostra.snamnd
                healthcare_region: sydostra
                name: Samverkansnämnden
                kind: joint-committee
                composition: {members_per_region: 3, substitutes_per_region: 3}
                members: %d
                substitutes: 9
                sources: [src-a]
            """;
}
