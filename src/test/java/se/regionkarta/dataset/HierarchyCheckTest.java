package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static se.regionkarta.dataset.DataFixture.fileProblems;
import static se.regionkarta.dataset.DataFixture.goodWith;
import static se.regionkarta.dataset.DataFixture.lineOf;
import static se.regionkarta.dataset.DataFixture.load;
import static se.regionkarta.dataset.DataFixture.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.input.Problem;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;

/**
 * The organisation is a tree on every day. Region Kalmar län in the fixture exists from 2019-01-01;
 * the units here are placed under it in different ways.
 */
class HierarchyCheckTest {

    @Test
    @DisplayName("a unit with two parents at once is reported at the second link, naming both periods")
    void twoOverlappingParents() {
        // given
        String extra = """
                units:
                  - id: kalmar.lab
                    name: Labbet
                    kind: service
                    parents:
                      - {parent: kalmar, from: 2019, until: 2021}
                      - {parent: kalmar.hsf, from: 2021-06}
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        onlyProblem(result, "extra.yaml", lineOf(extra, "{parent: kalmar.hsf"), "'kalmar.lab'", "two parents at once",
                "'kalmar' (2019–2021)", "'kalmar.hsf' (2021-06–)");
    }

    @Test
    @DisplayName("a unit that moves from one parent to another without overlap is accepted")
    void consecutiveParents() {
        // given
        String extra = """
                units:
                  - id: kalmar.lab
                    name: Labbet
                    kind: service
                    parents:
                      - {parent: kalmar, from: 2019, until: 2021-05}
                      - {parent: kalmar.hsf, from: 2021-06}
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(unit(result, "kalmar.lab").parentOn(LocalDate.of(2021, 5, 31))).contains("kalmar");
        assertThat(unit(result, "kalmar.lab").parentOn(LocalDate.of(2021, 6, 1))).contains("kalmar.hsf");
    }

    @Test
    @DisplayName("a cycle of parents is reported at each unit's link in it, with the path")
    void cycleOfParents() {
        // given
        String extra = """
                units:
                  - id: kalmar.a
                    name: A
                    kind: division
                    parents:
                      - {parent: kalmar.b, from: 2020}
                    sources: [src-a]
                  - id: kalmar.b
                    name: B
                    kind: division
                    parents:
                      - {parent: kalmar.a, from: 2020}
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        assertThat(result.ok()).isFalse();
        assertThat(fileProblems(result)).extracting(Problem::file, Problem::line).containsExactly(
                tuple("extra.yaml", lineOf(extra, "{parent: kalmar.b")), tuple("extra.yaml", lineOf(extra, "{parent: kalmar.a")));
        assertThat(fileProblems(result).get(0).message())
                .contains("'kalmar.a' is its own ancestor", "2020-01-01", "kalmar.a → kalmar.b → kalmar.a");
    }

    @Test
    @DisplayName("a child placed under a parent (parents:) for a time the parent did not exist is reported at the link")
    void explicitLinkOutsideParentsLifetime() {
        // given
        String extra = """
                units:
                  - id: kalmar.old
                    name: Gammal enhet
                    kind: service
                    parents:
                      - {parent: kalmar, from: 2015, until: 2020}
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        onlyProblem(result, "extra.yaml", lineOf(extra, "{parent: kalmar,"), "'kalmar.old'", "'kalmar'", "2015–2020",
                "exists only 2019-01-01–");
    }

    @Test
    @DisplayName("a link (parents:) outside the child's own lifetime is reported at the link")
    void explicitLinkOutsideOwnLifetime() {
        // given
        String extra = """
                units:
                  - id: kalmar.new
                    name: Ny enhet
                    kind: service
                    from: 2022
                    parents:
                      - {parent: kalmar, from: 2020}
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        onlyProblem(result, "extra.yaml", lineOf(extra, "{parent: kalmar,"), "'kalmar.new'", "outside its own lifetime 2022–");
    }

    @Test
    @DisplayName("a child written with parent: is placed under it only while the parent exists")
    void parentFieldIsClipped() {
        // given: the unit existed before the region did
        String extra = """
                units:
                  - id: kalmar.old
                    name: Gammal enhet
                    kind: service
                    from: 2015
                    parent: kalmar
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        assertThat(result.problems()).isEmpty();
        Unit old = unit(result, "kalmar.old");
        assertThat(old.validity().firstDay()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(old.parents()).extracting(ParentLink::parentId, l -> l.validity().firstDay())
                .containsExactly(tuple("kalmar", LocalDate.of(2019, 1, 1)));
    }

    @Test
    @DisplayName("a nested child is placed under its parent only while the parent exists")
    void nestedChildIsClipped() {
        // given: a county council that ended 2018, with a unit written from 2010
        String extra = """
                units:
                  - id: ltkalmar
                    name: Landstinget i Kalmar län
                    kind: county-council
                    identifiers: {county-code: "08"}
                    until: 2018
                    sources: [src-a]
                    units:
                      - id: ltkalmar.x
                        name: X
                        kind: service
                        from: 2010
                        sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(unit(result, "ltkalmar.x").parents()).singleElement().satisfies(link -> {
            assertThat(link.parentId()).isEqualTo("ltkalmar");
            assertThat(link.validity().firstDay()).isEqualTo(LocalDate.of(2010, 1, 1));
            assertThat(link.validity().lastDay()).isEqualTo(LocalDate.of(2018, 12, 31));
        });
    }

    @Test
    @DisplayName("a nested child that starts after its parent ended is reported at the child")
    void nestedChildAfterParent() {
        // given
        String extra = """
                units:
                  - id: ltkalmar
                    name: Landstinget i Kalmar län
                    kind: county-council
                    identifiers: {county-code: "08"}
                    until: 2018
                    sources: [src-a]
                    units:
                      - id: ltkalmar.x
                        name: X
                        kind: service
                        from: 2019
                        sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        onlyProblem(result, "extra.yaml", lineOf(extra, "- id: ltkalmar.x"), "2018", "2019");
    }

    @Test
    @DisplayName("a child written with parent: that lived wholly before its parent is reported at parent:, not thrown")
    void parentFieldWithoutCommonDays() {
        // given: the unit ended 2010, the region began 2019
        String extra = """
                units:
                  - id: kalmar.older
                    name: Mycket gammal enhet
                    kind: service
                    from: 2005
                    until: 2010
                    parent: kalmar
                    sources: [src-a]
                """;

        // when / then
        assertThatCode(() -> load(goodWith("extra.yaml", extra))).doesNotThrowAnyException();
        onlyProblem(load(goodWith("extra.yaml", extra)), "extra.yaml", lineOf(extra, "parent: kalmar"), "'kalmar.older'", "'kalmar'");
    }

    @Test
    @DisplayName("a body under a body of another region is reported")
    void bodyUnderOtherRegionsBody() {
        // given
        String extra = """
                units:
                  - {id: halland, name: Region Halland, kind: region, identifiers: {county-code: "13"}, sources: [src-a]}
                bodies:
                  - {id: halland.rs, name: Regionstyrelsen, kind: executive-board, region: halland, parent: kalmar.rf, sources: [src-a]}
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        onlyProblem(result, "extra.yaml", 4, "'halland.rs'", "'kalmar.rf'", "another region");
    }

    private static Unit unit(LoadResult result, String id) {
        return result.dataset().all(Unit.class).stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }
}
