package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.dataset.DataFixture.goodWith;
import static se.regionkarta.dataset.DataFixture.lineOf;
import static se.regionkarta.dataset.DataFixture.load;
import static se.regionkarta.dataset.DataFixture.onlyProblem;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.input.Problem;

/**
 * A problem found across files names the field it concerns and is reported at the line where that
 * field (or the very value in it) is written, not at the first line of the entry (issue 11, item 7).
 */
class FieldLinesTest {

    @Test
    @DisplayName("a source that does not exist, in a list written one per line, is reported at its own line")
    void sourceInBlockList() {
        // given
        String extra = """
                units:
                  - id: kalmar.lab
                    name: Laboratoriemedicin
                    kind: service
                    parent: kalmar
                    sources:
                      - src-a#bild 1
                      - src-gone#bild 2
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        onlyProblem(result, "extra.yaml", lineOf(extra, "- src-gone"), "source 'src-gone'", "'kalmar.lab'");
    }

    @Test
    @DisplayName("a source written as a mapping is found by its id")
    void sourceAsMapping() {
        // given
        String extra = """
                parties:
                  - id: KD
                    name: Kristdemokraterna
                    sources:
                      - src-a
                      - {source: src-gone, at: Partier, basis: inferred}
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        onlyProblem(result, "extra.yaml", lineOf(extra, "{source: src-gone"), "source 'src-gone'");
    }

    @Test
    @DisplayName("a parent that does not exist, written in parents:, is reported at its link")
    void parentInParentsList() {
        // given
        String extra = """
                units:
                  - id: kalmar.lab
                    name: Labbet
                    kind: service
                    parents:
                      - {parent: kalmar, from: 2019, until: 2020}
                      - {parent: kalmar.nowhere, from: 2021}
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        onlyProblem(result, "extra.yaml", lineOf(extra, "{parent: kalmar.nowhere"), "parent 'kalmar.nowhere'");
    }

    @Test
    @DisplayName("a role's body that does not exist is reported at the role's body line")
    void roleOfPerson() {
        // given
        String extra = """
                persons:
                  - id: anna
                    name: Anna Andersson
                    sources: [src-a]
                    roles:
                      - role: chair
                        region: kalmar
                        body: kalmar.nobody
                        term: 2022-2026
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        onlyProblem(result, "extra.yaml", lineOf(extra, "body: kalmar.nobody"), "body 'kalmar.nobody'");
    }

    @Test
    @DisplayName("a member region of a healthcare region that does not exist is reported at its member line, naming the field")
    void memberOfHealthcareRegion() {
        // given
        String extra = """
                healthcare_regions:
                  - id: hr
                    name: Sjukvårdsregionen
                    members:
                      - {region: kalmar}
                      - {region: blekinge}
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        Problem p = onlyProblem(result, "extra.yaml", lineOf(extra, "{region: blekinge}"), "region 'blekinge'");
        assertThat(p.message()).startsWith("members: ");
    }

    @Test
    @DisplayName("a duplicate id is reported at the repeated id, naming the line of the first")
    void duplicateId() {
        // given
        Map<String, String> files = DataFixture.good();
        String extra = """
                units:
                  - name: Dubblett
                    id: kalmar.hsf
                    parent: kalmar
                    kind: administration
                    sources: [src-a]
                """;
        files.put("extra.yaml", extra);

        // when
        LoadResult result = load(files);

        // then
        Problem p = onlyProblem(result, "extra.yaml", lineOf(extra, "id: kalmar.hsf"), "'kalmar.hsf'", "used twice");
        assertThat(p.message()).endsWith("(first at units.yaml:" + lineOf(DataFixture.UNITS, "- id: kalmar.hsf") + ")");
    }

    @Test
    @DisplayName("a problem of a CSV row is reported at the row's line, naming the column")
    void csvRow() {
        // given
        String figures = DataFixture.FIGURES + "kalmar,employees,7,stock,,src-gone\n";

        // when
        LoadResult result = load(goodWith("figures.csv", figures));

        // then
        onlyProblem(result, "figures.csv", 5, "source 'src-gone'");
    }
}
