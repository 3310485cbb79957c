package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.dataset.DataFixture.goodWith;
import static se.regionkarta.dataset.DataFixture.lineOf;
import static se.regionkarta.dataset.DataFixture.load;
import static se.regionkarta.dataset.DataFixture.onlyProblem;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.registry.model.Unit;

/** Change events and the units they concern must tell the same story. */
class EventCheckTest {

    /** The county council that became the region, and its events; {@code %s} takes extra events. */
    static String history(String extra) {
        return """
                units:
                  - id: landstinget
                    name: Landstinget i Kalmar län
                    kind: county-council
                    identifiers: {county-code: "08"}
                    sources: [src-a]
                  - id: kalmar.it
                    name: IT-förvaltningen
                    former_names: [{name: IT-centrum, until: 2020-12-31}]
                    kind: administration
                    parent: kalmar
                    sources: [src-a]
                events:
                  - id: bildandet
                    kind: merger
                    date: 2019-01-01
                    originals: [landstinget, regionforbundet]
                    results: [kalmar]
                    sources: [src-a]
                  - id: namnbytet
                    kind: rename
                    date: 2021-01-01
                    originals: [kalmar.it]
                    results: [kalmar.it]
                    new_name: IT-förvaltningen
                    sources: [src-a]
                """ + extra;
    }

    static final String ASSOCIATION = """
            units:
              - id: regionforbundet
                name: Regionförbundet i Kalmar län
                kind: regional-association
                sources: [src-a]
            """;

    static Map<String, String> files(String historyText) {
        Map<String, String> files = goodWith("history.yaml", historyText);
        files.put("association.yaml", ASSOCIATION);
        return files;
    }

    @Test
    @DisplayName("an original without an end date ends the day before the event that ends it")
    void eventDatesTheUnits() {
        LoadResult result = load(files(history("")));

        assertThat(result.problems()).isEmpty();
        var landstinget = result.dataset().all(Unit.class).stream().filter(u -> u.id().equals("landstinget")).findFirst().orElseThrow();
        assertThat(landstinget.validity().until()).isEqualTo(PartialDate.parse("2018-12-31"));
        var it = result.dataset().all(Unit.class).stream().filter(u -> u.id().equals("kalmar.it")).findFirst().orElseThrow();
        assertThat(it.nameOn(java.time.LocalDate.of(2020, 6, 1))).isEqualTo("IT-centrum");
        assertThat(it.nameOn(java.time.LocalDate.of(2021, 6, 1))).isEqualTo("IT-förvaltningen");
    }

    @Test
    @DisplayName("a unit whose written end date contradicts the event is reported at the event's originals")
    void contradictingDate() {
        String text = history("").replace("kind: county-council", "kind: county-council\n    until: 2017-12-31");

        onlyProblem(load(files(text)), "history.yaml", lineOf(text, "originals: [landstinget"), "'landstinget' ends with the merger",
                "must end on 2018-12-31");
    }

    @Test
    @DisplayName("a rename whose new name the unit does not take is reported at the new name")
    void renameWithoutName() {
        String text = history("").replace("new_name: IT-förvaltningen", "new_name: Digitaliseringsförvaltningen");

        onlyProblem(load(files(text)), "history.yaml", lineOf(text, "new_name: Digitaliseringsförvaltningen"),
                "should be called 'Digitaliseringsförvaltningen'");
    }

    @Test
    @DisplayName("a move whose unit keeps its parent is reported at the move's date and new parent")
    void moveWithoutChange() {
        String text = history("""
                  - id: flytten
                    kind: move
                    date: 2022-01-01
                    originals: [kalmar.it]
                    results: [kalmar.it]
                    new_parent: kalmar.hsf
                    sources: [src-a]
                """);

        LoadResult result = load(files(text));

        assertThat(DataFixture.fileProblems(result)).extracting(p -> p.line())
                .containsExactlyInAnyOrder(lineOf(text, "date: 2022-01-01"), lineOf(text, "new_parent: kalmar.hsf"));
        assertThat(DataFixture.fileProblems(result)).anySatisfy(p -> assertThat(p.message()).contains("parent links do not change"));
    }

    @Test
    @DisplayName("an event that names a unit that does not exist is reported where it names it")
    void unknownUnit() {
        String text = history("").replace("results: [kalmar]", "results: [kalmarr]");

        onlyProblem(load(files(text)), "history.yaml", lineOf(text, "results: [kalmarr]"), "unit 'kalmarr' does not exist");
    }

    @Test
    @DisplayName("an event's shape is checked where it is read: a merger needs two originals")
    void mergerShape() {
        String text = history("").replace("originals: [landstinget, regionforbundet]", "originals: [landstinget]");

        LoadResult result = load(files(text));

        assertThat(DataFixture.fileProblems(result)).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "id: bildandet"));
            assertThat(p.message()).contains("two or more originals");
        });
    }
}
