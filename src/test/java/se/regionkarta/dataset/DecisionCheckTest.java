package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.regionkarta.dataset.DataFixture.fileProblems;
import static se.regionkarta.dataset.DataFixture.goodWith;
import static se.regionkarta.dataset.DataFixture.lineOf;
import static se.regionkarta.dataset.DataFixture.load;
import static se.regionkarta.dataset.DataFixture.onlyProblem;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.DecisionKind;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.cooperation.model.RotationRule;
import se.regionkarta.input.Problem;
import se.regionkarta.provenance.model.PartialDate;

/** The decisions register in data files (issue 6): read, checked against the bodies and units, problems with file and line. */
class DecisionCheckTest {

    /** A healthcare region of one region with a joint committee that decides shared care and prices. */
    static final String COOPERATION = """
            healthcare_regions:
              - id: hr
                name: Sjukvårdsregionen
                members: [{region: kalmar}]
                sources: [src-a]
            cooperation_bodies:
              - id: hr.svn
                healthcare_region: hr
                name: Samverkansnämnden
                kind: joint-committee
                composition: {members_per_region: 3, substitutes_per_region: 3}
                rotation:
                  duties: [chair, secretary]
                  period_years: 2
                  observed:
                    - {duty: chair, region: kalmar, from: 2022, until: 2023, sources: ["src-a#sida 2"]}
                decides: [shared-care, prices-for-sold-care]
                sources: [src-a]
              - id: hr.rsl
                healthcare_region: hr
                name: Regionsjukvårdsledningen
                kind: joint-management
                sources: [src-a]
            """;

    static Map<String, String> with(String decisions) {
        Map<String, String> files = goodWith("cooperation.yaml", COOPERATION);
        files.put("decisions.yaml", decisions);
        return files;
    }

    @Test
    @DisplayName("a decision is read with its kind, dates, the units it concerns and its sources; a holder with its own sources")
    void read() {
        LoadResult result = load(with("""
                decisions:
                  - id: hr.beslut-1
                    body: hr.svn
                    kind: shared-care
                    decided_on: 2024-03-15
                    from: 2024-07
                    units: [kalmar.hsf]
                    care_area: Regiongemensam vård
                    description: Vården samlas vid en enhet.
                    sources: ["src-a#§ 12"]
                """));

        assertThat(result.problems()).isEmpty();
        JointDecision d = result.dataset().all(JointDecision.class).get(0);
        assertThat(d.kind()).isEqualTo(DecisionKind.SHARED_CARE);
        assertThat(d.decidedOn()).isEqualTo(PartialDate.parse("2024-03-15"));
        assertThat(d.validity().from()).isEqualTo(PartialDate.parse("2024-07"));
        assertThat(d.affectedUnits()).containsExactly("kalmar.hsf");
        assertThat(d.sources().get(0).locator()).isEqualTo("§ 12");
        RotationRule.Holding holding = result.dataset().all(CooperationBody.class).get(0).rotation().observed().get(0);
        assertThat(holding.sources()).singleElement().satisfies(s -> assertThat(s.locator()).isEqualTo("sida 2"));
    }

    @Test
    @DisplayName("a body and units that do not exist are each reported at the line that names them")
    void unknownBodyAndUnit() {
        String text = """
                decisions:
                  - id: hr.beslut-1
                    body: hr.nobody
                    kind: shared-care
                    care_area: Regiongemensam vård
                    units: [kalmar.hsf, kalmar.nowhere]
                    sources: [src-a]
                """;
        LoadResult result = load(with(text));

        assertThat(fileProblems(result)).extracting(Problem::file, Problem::line).containsExactlyInAnyOrder(
                tuple("decisions.yaml", lineOf(text, "body: hr.nobody")), tuple("decisions.yaml", lineOf(text, "units:")));
        assertThat(fileProblems(result)).extracting(Problem::message).containsExactlyInAnyOrder(
                "body 'hr.nobody' of 'hr.beslut-1' does not exist among the cooperation_bodies",
                "unit 'kalmar.nowhere' of 'hr.beslut-1' does not exist among the units");
    }

    @Test
    @DisplayName("a decision of a kind its body does not decide is reported at its kind")
    void kindTheBodyDoesNotDecide() {
        String text = """
                decisions:
                  - id: hr.beslut-1
                    body: hr.svn
                    kind: budget-distribution
                    description: Fördelning av budgeten.
                    sources: [src-a]
                  - id: hr.beslut-2
                    body: hr.rsl
                    kind: shared-care
                    description: Vård samlas.
                    sources: [src-a]
                """;
        LoadResult result = load(with(text));

        assertThat(fileProblems(result)).extracting(Problem::line)
                .containsExactly(lineOf(text, "kind: budget-distribution"), lineOf(text, "kind: shared-care"));
        assertThat(fileProblems(result).get(0).message()).contains("budget-distribution",
                "'hr.svn' is not recorded as deciding such matters", "shared-care, prices-for-sold-care");
        assertThat(fileProblems(result).get(1).message()).contains("lists nothing");
    }

    @Test
    @DisplayName("a decision that says nothing of what was decided, or an unknown field or kind, is refused with its line")
    void shape() {
        String empty = """
                decisions:
                  - id: hr.beslut-1
                    body: hr.svn
                    kind: shared-care
                    sources: [src-a]
                """;
        onlyProblem(load(with(empty)), "decisions.yaml", 2, "a title, a care area or a description");

        String unknown = """
                decisions:
                  - id: hr.beslut-1
                    body: hr.svn
                    kind: shared-care
                    title: X
                    amount: 100
                    sources: [src-a]
                """;
        onlyProblem(load(with(unknown)), "decisions.yaml", 2, "amount");

        String badKind = """
                decisions:
                  - id: hr.beslut-1
                    body: hr.svn
                    kind: price-list
                    title: X
                    sources: [src-a]
                """;
        onlyProblem(load(with(badKind)), "decisions.yaml", lineOf(badKind, "kind:"), "kind");
    }
}
