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
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.input.Problem;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.Party;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Term;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.registry.model.Unit;

/** The loader reads a sound data set, and rejects a file that is broken in itself with file, line and reason. */
class DatasetLoaderTest {

    @Test
    @DisplayName("a sound minimal data set loads with every fact counted")
    void soundDataSetLoads() {
        // given
        Map<String, String> files = good();

        // when
        LoadResult result = load(files);

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.files()).isEqualTo(5);
        Dataset d = result.dataset();
        assertThat(d.all(Source.class)).hasSize(1);
        assertThat(d.all(Metric.class)).hasSize(1);
        assertThat(d.all(Party.class)).hasSize(3);
        assertThat(d.all(Term.class)).hasSize(1);
        assertThat(d.all(Unit.class)).extracting(Unit::id).containsExactly("kalmar", "kalmar.hsf");
        assertThat(d.all(Body.class)).hasSize(1);
        assertThat(d.all(SeatCount.class)).hasSize(3);
        assertThat(d.all(Coalition.class)).hasSize(1);
        assertThat(d.all(KeyFigure.class)).hasSize(3);
        assertThat(d.size()).isEqualTo(16);
    }

    @Test
    @DisplayName("a unit nested under another has it as parent")
    void nestedUnitHasItsParent() {
        // when
        Dataset d = load(good()).dataset();

        // then
        Unit hsf = d.all(Unit.class).stream().filter(u -> u.id().equals("kalmar.hsf")).findFirst().orElseThrow();
        assertThat(hsf.parents()).singleElement().satisfies(link -> assertThat(link.parentId()).isEqualTo("kalmar"));
    }

    @Test
    @DisplayName("a figure without id is called unit.metric.period[.category].source")
    void figureIdsDefault() {
        // when
        LoadResult result = load(good());

        // then
        assertThat(result.ok()).isTrue();
        assertThat(result.dataset().all(KeyFigure.class)).extracting(KeyFigure::id).containsExactly(
                "kalmar.employees.stock.src-a",
                "kalmar.employees.year-2024.src-a",
                "kalmar.hsf.employees.stock.tillsvidare-anstallda.src-a");
    }

    @Test
    @DisplayName("a figure's own id is kept")
    void figureOwnIdIsKept() {
        // given
        Map<String, String> files = goodWith("figures.csv", """
                id,unit,metric,value,sources
                kalmar.staff,kalmar,employees,900,src-a
                """);

        // when
        LoadResult result = load(files);

        // then
        assertThat(result.ok()).isTrue();
        assertThat(result.dataset().all(KeyFigure.class)).extracting(KeyFigure::id).containsExactly("kalmar.staff");
    }

    @Test
    @DisplayName("YAML with a bad indentation is rejected at the line that breaks it")
    void badIndentation() {
        // given
        String units = """
                units:
                  - id: kalmar
                    name: Region Kalmar län
                   kind: region
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(DataFixture.withUnits(units));

        // then
        onlyProblem(result, "units.yaml", lineOf(units, "   kind: region"), "not valid YAML");
    }

    @Test
    @DisplayName("an unknown field is named, at the entry that has it")
    void unknownField() {
        // given
        String units = """
                units:
                  - id: kalmar
                    name: Region Kalmar län
                    kind: region
                    identifiers: {county-code: "08"}
                    colour: blue
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(DataFixture.withUnits(units));

        // then
        onlyProblem(result, "units.yaml", lineOf(units, "- id: kalmar"), "'colour'", "not defined");
    }

    @Test
    @DisplayName("a kind that is not one of the allowed values is rejected at its line")
    void wrongEnumValue() {
        // given
        String units = """
                units:
                  - id: kalmar
                    name: Region Kalmar län
                    kind: region
                    identifiers: {county-code: "08"}
                    sources: [src-a]
                  - id: kalmar.x
                    parent: kalmar
                    name: X
                    kind: hospitall
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(DataFixture.withUnits(units));

        // then
        Problem p = onlyProblem(result, "units.yaml", lineOf(units, "kind: hospitall"), "/units/1/kind", "enumeration");
        assertThat(p.message()).contains("\"hospital\"");
    }

    @Test
    @DisplayName("an entry without a required field is rejected at the entry, naming the field")
    void missingRequiredField() {
        // given
        String units = """
                units:
                  - id: kalmar
                    name: Region Kalmar län
                    kind: region
                    identifiers: {county-code: "08"}
                    sources: [src-a]
                  - id: kalmar.x
                    parent: kalmar
                    kind: hospital
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(DataFixture.withUnits(units));

        // then
        onlyProblem(result, "units.yaml", lineOf(units, "- id: kalmar.x"), "required", "'name'");
    }

    @Test
    @DisplayName("an impossible date such as 30 February is rejected at its entry")
    void impossibleDate() {
        // given
        String units = """
                units:
                  - id: kalmar
                    name: Region Kalmar län
                    kind: region
                    identifiers: {county-code: "08"}
                    sources: [src-a]
                  - id: kalmar.x
                    parent: kalmar
                    name: X
                    kind: hospital
                    from: 2019-02-30
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(DataFixture.withUnits(units));

        // then
        onlyProblem(result, "units.yaml", lineOf(units, "from: 2019-02-30"), "'from'", "not a valid date", "2019-02-30");
    }

    @Test
    @DisplayName("a period that ends before it starts is rejected at its until line, naming both ends")
    void untilBeforeFrom() {
        // given
        String units = """
                units:
                  - id: kalmar
                    name: Region Kalmar län
                    kind: region
                    identifiers: {county-code: "08"}
                    sources: [src-a]
                  - id: kalmar.x
                    parent: kalmar
                    name: X
                    kind: hospital
                    from: 2020
                    until: 2019-06
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(DataFixture.withUnits(units));

        // then
        onlyProblem(result, "units.yaml", lineOf(units, "until: 2019-06"), "until", "ends (2019-06) before it starts (2020)");
    }

    @Test
    @DisplayName("an empty file is rejected as empty")
    void emptyFile() {
        // when
        LoadResult result = load(goodWith("extra.yaml", ""));

        // then
        onlyProblem(result, "extra.yaml", 0, "empty");
    }

    @Test
    @DisplayName("a file with only comments counts as empty")
    void onlyComments() {
        // when
        LoadResult result = load(goodWith("extra.yaml", "# to be written\n"));

        // then
        onlyProblem(result, "extra.yaml", 0, "empty");
    }

    @Test
    @DisplayName("no data files at all is a problem, not an empty registry")
    void noFiles() {
        // when
        LoadResult result = load(Map.of());

        // then
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("no data files"));
    }

    @Test
    @DisplayName("a comma inside a source's where-part in a [ … ] list gets a hint to quote it")
    void commaInFlowListLocator() {
        // given
        String parties = """
                parties:
                  - {id: KD, name: Kristdemokraterna, sources: [src-a#Partier, Kristdemokraterna]}
                """;

        // when
        LoadResult result = load(goodWith("parties.yaml", parties));

        // then
        onlyProblem(result, "parties.yaml", 2, "\"Kristdemokraterna\"", "comma", "quote");
    }

    @Test
    @DisplayName("a quoted where-part with a comma is read as one source reference")
    void quotedLocatorWithComma() {
        // given
        String parties = """
                parties:
                  - {id: KD, name: Kristdemokraterna, sources: ["src-a#Partier, Kristdemokraterna"]}
                """;

        // when
        LoadResult result = load(goodWith("parties.yaml", parties));

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().all(Party.class)).filteredOn(p -> p.id().equals("KD")).singleElement()
                .satisfies(kd -> assertThat(kd.sources()).singleElement()
                        .satisfies(ref -> assertThat(ref.locator()).isEqualTo("Partier, Kristdemokraterna")));
    }

    @Test
    @DisplayName("every problem is reported: two bad entries in one file and a bad CSV row give three")
    void everyProblemReported() {
        // given
        String units = """
                units:
                  - id: kalmar
                    name: Region Kalmar län
                    kind: region
                    identifiers: {county-code: "08"}
                    sources: [src-a]
                  - id: kalmar.x
                    parent: kalmar
                    name: X
                    kind: hospital
                    from: 2019-02-30
                    sources: [src-a]
                  - id: kalmar.y
                    parent: kalmar
                    name: Y
                    kind: hospital
                    from: 2020
                    until: 2019
                    sources: [src-a]
                """;
        String figures = """
                unit,metric,value,sources
                kalmar,employees,900,src-a
                kalmar,employees,nio hundra,src-a
                """;
        Map<String, String> files = goodWith("units.yaml", units);
        files.put("figures.csv", figures);

        // when
        LoadResult result = load(files);

        // then
        assertThat(result.ok()).isFalse();
        assertThat(fileProblems(result)).extracting(Problem::file, Problem::line).containsExactly(
                tuple("figures.csv", 3),
                tuple("units.yaml", lineOf(units, "from: 2019-02-30")),
                tuple("units.yaml", lineOf(units, "until: 2019")));
        assertThat(fileProblems(result)).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("'value'", "nio hundra"),
                m -> assertThat(m).contains("2019-02-30"),
                m -> assertThat(m).contains("ends (2019) before it starts (2020)"));
    }

    @Test
    @DisplayName("schema problems of several entries and files are all reported")
    void everySchemaProblemReported() {
        // given
        String units = """
                units:
                  - id: kalmar
                    name: Region Kalmar län
                    kind: regio
                    sources: [src-a]
                  - id: kalmar.x
                    name: X
                    kind: hospital
                    sources: [src-a]
                    size: 3
                """;
        String bodies = """
                bodies:
                  - id: kalmar.rf
                    kind: assembly
                    region: kalmar
                    sources: [src-a]
                """;
        Map<String, String> files = DataFixture.withUnits(units);
        files.put("bodies.yaml", bodies);

        // when
        LoadResult result = load(files);

        // then
        assertThat(fileProblems(result)).extracting(Problem::file, Problem::line).containsExactly(
                tuple("bodies.yaml", 2),
                tuple("units.yaml", lineOf(units, "kind: regio")),
                tuple("units.yaml", lineOf(units, "- id: kalmar.x")));
    }

    @Test
    @DisplayName("an impossible date of a term is reported, not thrown")
    void impossibleTermDate() {
        // given
        String national = DataFixture.NATIONAL.replace("until: 2026-10-14", "until: 2026-02-30");

        // when
        LoadResult result = load(goodWith("national.yaml", national));

        // then
        onlyProblem(result, "national.yaml", lineOf(national, "- {id: 2022-2026"), "2026-02-30");
    }

    @Test
    @DisplayName("an impossible accessed date of a source is reported, not thrown")
    void impossibleAccessedDate() {
        // given
        String sources = DataFixture.SOURCES + "    accessed: 2026-13-01\n";

        // when
        LoadResult result = load(goodWith("sources.yaml", sources));

        // then
        onlyProblem(result, "sources.yaml", lineOf(sources, "accessed: 2026-13-01"), "'accessed'", "2026-13-01");
    }
}
