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
import se.regionkarta.input.Problem;
import se.regionkarta.politics.model.Body;
import se.regionkarta.registry.model.Unit;

/**
 * One run of the loader reports every problem it can find (issue 11, item 7): an entry that cannot
 * be read is left out alone, the checks across files run on what was read, and what only follows
 * from an entry that could not be read is not reported, so that one mistake gives one problem.
 */
class EveryProblemInOneRunTest {

    /** A unit the figures do not name, beside the fixture's, written with a field the schema does not know. */
    private static final String UNKNOWN_FIELD = """
            units:
              - id: kalmar.lab
                name: Laboratoriemedicin
                kind: service
                parent: kalmar
                colour: blue
                sources: [src-a]
              - id: kalmar.rtg
                name: Röntgen
                kind: service
                parent: kalmar
                sources: [src-a]
            """;

    @Test
    @DisplayName("an entry the schema refuses is left out alone: the entries beside it are read")
    void schemaErrorCostsOneEntry() {
        // when
        LoadResult result = load(goodWith("extra.yaml", UNKNOWN_FIELD));

        // then
        onlyProblem(result, "extra.yaml", lineOf(UNKNOWN_FIELD, "- id: kalmar.lab"), "/units/0", "'colour'");
        assertThat(result.dataset().all(Unit.class)).extracting(Unit::id)
                .contains("kalmar", "kalmar.hsf", "kalmar.rtg").doesNotContain("kalmar.lab");
    }

    @Test
    @DisplayName("a schema error in a nested unit leaves out that unit and those below it, not the unit above")
    void schemaErrorInNestedUnit() {
        // given: kalmar.hsf has a kind the schema does not know, and a unit of its own below it
        String units = DataFixture.UNITS.replace("kind: administration", "kind: administratoin") + """
                        units:
                          - {id: kalmar.hsf.lab, name: Labbet, kind: service, sources: [src-a]}
                """;

        // when
        LoadResult result = load(goodWith("units.yaml", units));

        // then: the figure of kalmar.hsf follows from the refused entry and is not reported
        onlyProblem(result, "units.yaml", lineOf(units, "kind: administratoin"), "/units/0/units/0/kind");
        assertThat(result.dataset().all(Unit.class)).extracting(Unit::id).containsExactly("kalmar");
    }

    @Test
    @DisplayName("the checks across files run although a file has problems: a reference to nothing is reported beside a schema error")
    void crossFileChecksRunBesideFileProblems() {
        // given: the schema refuses a unit, and a figure names a metric that exists nowhere
        Map<String, String> files = goodWith("extra.yaml", UNKNOWN_FIELD);
        files.put("figures.csv", DataFixture.FIGURES + "kalmar.rtg,nurses,5,stock,,src-a\n");

        // when
        LoadResult result = load(files);

        // then
        assertThat(fileProblems(result)).extracting(Problem::file, Problem::line).containsExactly(
                tuple("extra.yaml", lineOf(UNKNOWN_FIELD, "- id: kalmar.lab")), tuple("figures.csv", 5));
        assertThat(fileProblems(result).get(1).message()).contains("metric 'nurses'", "does not exist");
        assertThat(result.problems()).extracting(Problem::message).noneMatch(m -> m.contains("once the problems"));
    }

    @Test
    @DisplayName("a reference to an entry the schema refused is not reported; the refused entry is")
    void referenceToRefusedEntry() {
        // given: figures of kalmar.lab, whose entry the schema refuses
        Map<String, String> files = goodWith("extra.yaml", UNKNOWN_FIELD);
        files.put("figures.csv", DataFixture.FIGURES + "kalmar.lab,employees,40,stock,,src-a\n");

        // when
        LoadResult result = load(files);

        // then
        onlyProblem(result, "extra.yaml", lineOf(UNKNOWN_FIELD, "- id: kalmar.lab"), "'colour'");
    }

    @Test
    @DisplayName("a reference to an entry its reader refused is not reported, nor to the units nested in it")
    void referenceToEntryTheReaderRefused() {
        // given: the region has an impossible date, so it and the unit nested in it are not read
        String units = DataFixture.UNITS.replace("from: 2019-01-01", "from: 2019-02-30");

        // when: the body, the seats, the coalition and the figures all name kalmar or kalmar.hsf
        LoadResult result = load(goodWith("units.yaml", units));

        // then
        onlyProblem(result, "units.yaml", lineOf(units, "from: 2019-02-30"), "'from'", "2019-02-30");
    }

    @Test
    @DisplayName("a reference to an id that no file holds is reported, even while an entry with another id failed")
    void referenceToNothingIsStillReported() {
        // given
        String units = DataFixture.UNITS.replace("from: 2019-01-01", "from: 2019-02-30");
        Map<String, String> files = goodWith("units.yaml", units);
        files.put("extra.yaml", """
                units:
                  - {id: halland.x, name: X, kind: service, parent: halland, sources: [src-a]}
                """);

        // when
        LoadResult result = load(files);

        // then
        assertThat(fileProblems(result)).extracting(Problem::file).containsExactly("extra.yaml", "units.yaml");
        assertThat(fileProblems(result).get(0).message()).contains("parent 'halland'", "does not exist");
    }

    @Test
    @DisplayName("a seat total is not checked while a seat row of the body could not be read, but other rules are")
    void totalsWaitForTheirRows() {
        // given: one seat row is refused, and the coalition names a party that does not exist
        String seats = """
                body,term,party,seats,sources
                kalmar.rf,2022-2026,S,tre,src-a
                kalmar.rf,2022-2026,M,1,src-a
                kalmar.rf,2022-2026,V,1,src-a
                """;
        String bodies = DataFixture.BODIES.substring(0, DataFixture.BODIES.indexOf("seats:"))
                + DataFixture.BODIES.substring(DataFixture.BODIES.indexOf("coalitions:")).replace("[S, V]", "[S, V, MP]");
        Map<String, String> files = goodWith("bodies.yaml", bodies);
        files.put("seats.csv", seats);

        // when: the seats read add up to 2 of 5, and the coalition holds 1 of its stated 4
        LoadResult result = load(files);

        // then
        assertThat(fileProblems(result)).extracting(Problem::file, Problem::line).containsExactly(
                tuple("bodies.yaml", lineOf(bodies, "parties: [S, V, MP]")), tuple("seats.csv", 2));
        assertThat(fileProblems(result).get(0).message()).contains("party 'MP'");
        assertThat(fileProblems(result).get(1).message()).contains("'seats'", "'tre'");
    }

    @Test
    @DisplayName("references into a file that is not valid YAML are not reported, but one to an id it does not mention is")
    void referencesIntoBrokenFile() {
        // given: the units file breaks at its indentation; a new body names a region no file mentions
        String units = DataFixture.UNITS.replace("    kind: region", "   kind: region");
        Map<String, String> files = goodWith("units.yaml", units);
        files.put("extra.yaml", """
                bodies:
                  - {id: halland.rf, name: Regionfullmäktige, kind: assembly, region: halland, sources: [src-a]}
                """);

        // when
        LoadResult result = load(files);

        // then
        assertThat(fileProblems(result)).extracting(Problem::file).containsExactly("extra.yaml", "units.yaml");
        assertThat(fileProblems(result).get(0).message()).contains("region 'halland'");
        assertThat(fileProblems(result).get(1).message()).contains("not valid YAML");
    }

    @Test
    @DisplayName("a section the schema does not know is reported once, and the file's other sections are read")
    void unknownSection() {
        // given
        String extra = """
                bodys:
                  - {id: kalmar.rs, name: Regionstyrelsen, kind: executive-board, region: kalmar, sources: [src-a]}
                bodies:
                  - {id: kalmar.nf, name: Nämnden, kind: committee, region: kalmar, sources: [src-a]}
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        assertThat(fileProblems(result)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("extra.yaml");
            assertThat(p.message()).contains("bodys");
        });
        assertThat(result.dataset().all(Body.class)).extracting(Body::id).contains("kalmar.rf", "kalmar.nf");
    }

    @Test
    @DisplayName("lifetimes an event that could not be read would date are not held against other units")
    void eventThatFailedDatesNothing() {
        // given: the merger that ends the county council has an unknown field, so the council has no end
        String broken = EventCheckTest.history("").replace("    kind: merger", "    kind: merger\n    colour: blue");

        // when
        LoadResult result = load(EventCheckTest.files(broken));

        // then: 'landstinget and kalmar would both govern county 08' would only follow from it
        onlyProblem(result, "history.yaml", lineOf(broken, "- id: bildandet"), "'colour'");
    }

    @Test
    @DisplayName("without the event at all, the two governing the county at once is reported: it is not a consequence then")
    void withoutTheEventTheOverlapIsReported() {
        // given
        String history = EventCheckTest.history("");
        String withoutMerger = history.substring(0, history.indexOf("  - id: bildandet"))
                + history.substring(history.indexOf("  - id: namnbytet"));

        // when
        LoadResult result = load(EventCheckTest.files(withoutMerger));

        // then
        assertThat(fileProblems(result)).anySatisfy(p -> assertThat(p.message()).contains("would both govern county 08"));
    }

    @Test
    @DisplayName("a care-choice unit under a unit that could not be read is not said to lie outside the scheme's region")
    void careChoiceUnitUnderRefusedUnit() {
        // given: kalmar.hsf is refused by the schema; kalmar.hc.a hangs under it
        Map<String, String> files = CareChoiceCheckTest.with("""
                care_choice_providers:
                  - {id: p1, scheme: kalmar.halsoval, unit: kalmar.hc.a, sources: [src-a]}
                """);
        String units = DataFixture.UNITS.replace("kind: administration", "kind: administratoin");
        files.put("units.yaml", units);

        // when
        LoadResult result = load(files);

        // then
        onlyProblem(result, "units.yaml", lineOf(units, "kind: administratoin"), "kind");
    }
}
