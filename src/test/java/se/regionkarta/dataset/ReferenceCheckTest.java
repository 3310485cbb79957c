package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.regionkarta.dataset.DataFixture.fileProblems;
import static se.regionkarta.dataset.DataFixture.good;
import static se.regionkarta.dataset.DataFixture.goodWith;
import static se.regionkarta.dataset.DataFixture.lineOf;
import static se.regionkarta.dataset.DataFixture.load;
import static se.regionkarta.dataset.DataFixture.onlyProblem;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.input.Problem;

/** Every reference points at something that exists, and every id is used once in its section. */
class ReferenceCheckTest {

    private static final String EXTRA_UNIT = """
            units:
              - id: kalmar.lab
                name: Laboratoriemedicin
                kind: service
                parent: %s
                sources: [%s]
            """;

    @Test
    @DisplayName("a parent that does not exist is named at the child's parent line")
    void unknownParent() {
        // when
        String extra = EXTRA_UNIT.formatted("kalmar.nowhere", "src-a");
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        onlyProblem(result, "extra.yaml", lineOf(extra, "parent:"), "parent 'kalmar.nowhere'", "'kalmar.lab'", "does not exist");
    }

    @Test
    @DisplayName("a source that does not exist is named at the line where the fact cites it")
    void unknownSource() {
        // when
        String extra = EXTRA_UNIT.formatted("kalmar", "src-missing#bild 2");
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        onlyProblem(result, "extra.yaml", lineOf(extra, "sources:"), "source 'src-missing'", "'kalmar.lab'", "does not exist");
    }

    @Test
    @DisplayName("seats for an unknown body, term and party are reported, each by name at its own line")
    void unknownBodyTermAndParty() {
        // given
        String seats = """
                seats:
                  - body: kalmar.nobody
                    term: 2018-2022
                    parties: {KD: 2}
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", seats));

        // then
        assertThat(result.ok()).isFalse();
        assertThat(fileProblems(result)).extracting(Problem::file, Problem::line).containsExactly(
                tuple("extra.yaml", lineOf(seats, "body:")), tuple("extra.yaml", lineOf(seats, "term:")),
                tuple("extra.yaml", lineOf(seats, "parties:")));
        assertThat(fileProblems(result)).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("body 'kalmar.nobody'", "does not exist"),
                m -> assertThat(m).contains("term '2018-2022'", "does not exist"),
                m -> assertThat(m).contains("party 'KD'", "does not exist"));
    }

    @Test
    @DisplayName("a coalition with a party that does not exist is reported at the coalition's parties")
    void unknownPartyInCoalition() {
        // given
        String bodies = DataFixture.BODIES.replace("parties: [S, V]", "parties: [S, V, MP]");

        // when
        LoadResult result = load(goodWith("bodies.yaml", bodies));

        // then
        onlyProblem(result, "bodies.yaml", lineOf(bodies, "parties: [S, V, MP]"), "party 'MP'", "does not exist");
    }

    @Test
    @DisplayName("a figure of a metric that does not exist is reported at its row")
    void unknownMetric() {
        // given
        String figures = DataFixture.FIGURES + "kalmar,nurses,5,stock,,src-a\n";

        // when
        LoadResult result = load(goodWith("figures.csv", figures));

        // then
        onlyProblem(result, "figures.csv", 5, "metric 'nurses'", "does not exist among the metrics");
    }

    @Test
    @DisplayName("an id used twice in a section is reported")
    void duplicateId() {
        // given
        String units = DataFixture.UNITS + """
                  - id: kalmar.hsf
                    parent: kalmar
                    name: Dubblett
                    kind: administration
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("units.yaml", units));

        // then
        Problem p = onlyProblemAnyLine(result, "units.yaml", "'kalmar.hsf'", "used twice", "units");
        assertThat(p.line()).isIn(lineOf(units, "- id: kalmar.hsf", 1), lineOf(units, "- id: kalmar.hsf", 2));
    }

    @Test
    @DisplayName("a duplicate id is reported at the entry that repeats it")
    void duplicateIdAtRepeatingEntry() {
        // given: the repeated id is in a file read after the original
        Map<String, String> files = good();
        String extra = """
                units:
                  - id: kalmar.hsf
                    parent: kalmar
                    name: Dubblett
                    kind: administration
                    sources: [src-a]
                """;
        files.put("extra.yaml", extra);

        // when
        LoadResult result = load(files);

        // then
        onlyProblem(result, "extra.yaml", 2, "'kalmar.hsf'", "used twice");
    }

    @Test
    @DisplayName("the same id in different sections is no conflict")
    void sameIdInOtherSection() {
        // given: a body and a unit both called kalmar.rf
        String extra = """
                units:
                  - {id: kalmar.rf, name: Kansliet för fullmäktige, kind: staff-office, parent: kalmar, sources: [src-a]}
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        assertThat(result.problems()).isEmpty();
    }

    @Test
    @DisplayName("several unknown references in several files are all reported")
    void everyUnknownReference() {
        // given
        String extra = EXTRA_UNIT.formatted("kalmar.nowhere", "src-missing");
        Map<String, String> files = goodWith("extra.yaml", extra);
        files.put("figures.csv", DataFixture.FIGURES + "kalmar,nurses,5,stock,,src-a\n");

        // when
        LoadResult result = load(files);

        // then
        assertThat(fileProblems(result)).extracting(Problem::file, Problem::line).containsExactlyInAnyOrder(
                tuple("extra.yaml", lineOf(extra, "parent:")), tuple("extra.yaml", lineOf(extra, "sources:")),
                tuple("figures.csv", 5));
    }

    private static Problem onlyProblemAnyLine(LoadResult result, String file, String... keyWords) {
        assertThat(result.ok()).isFalse();
        assertThat(fileProblems(result)).hasSize(1);
        Problem p = fileProblems(result).get(0);
        assertThat(p).extracting(Problem::file).isEqualTo(file);
        assertThat(p.message()).contains(keyWords);
        return p;
    }
}
