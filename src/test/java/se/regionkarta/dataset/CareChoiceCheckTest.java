package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.dataset.DataFixture.fileProblems;
import static se.regionkarta.dataset.DataFixture.goodWith;
import static se.regionkarta.dataset.DataFixture.lineOf;
import static se.regionkarta.dataset.DataFixture.load;
import static se.regionkarta.dataset.DataFixture.onlyProblem;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.input.Problem;
import se.regionkarta.provenance.model.PartialDate;

/** Care-choice providers in data files (issue 7): read, checked against schemes and units, problems with file and line. */
class CareChoiceCheckTest {

    /** A scheme of Region Kalmar län, a region-run and a private health centre, and a unit of another region. */
    static final String CARE_CHOICE = """
            units:
              - id: kalmar.hc.a
                parent: kalmar.hsf
                name: Hälsocentral A
                kind: health-centre
                ownership: region-run
                sources: [src-a]
              - id: kalmar.privat.b
                parent: kalmar
                name: Läkarhuset B
                kind: health-centre
                ownership: private
                sources: [src-a]
              - id: kalmar.hc.utan-regi
                parent: kalmar.hsf
                name: Hälsocentral C
                kind: health-centre
                sources: [src-a]
              - id: halland
                name: Region Halland
                kind: region
                identifiers: {county-code: "13"}
                sources: [src-a]
              - id: halland.vc
                parent: halland
                name: Vårdcentral i Halland
                kind: health-centre
                ownership: region-run
                sources: [src-a]
            care_choice_schemes:
              - id: kalmar.halsoval
                region: kalmar
                name: Hälsoval
                area: primary-care
                providers:
                  - {ownership: region-run, count: 1}
                  - {ownership: private, count: 1}
                sources: [src-a]
            """;

    static Map<String, String> with(String providers) {
        Map<String, String> files = goodWith("care-choice.yaml", CARE_CHOICE);
        files.put("providers.yaml", providers);
        return files;
    }

    @Test
    @DisplayName("a provider is read with its scheme, unit, operator, period, whether the sources name it, and its sources")
    void read() {
        LoadResult result = load(with("""
                care_choice_providers:
                  - {id: p1, scheme: kalmar.halsoval, unit: kalmar.hc.a, unnamed: true, sources: [src-a]}
                  - id: p2
                    scheme: kalmar.halsoval
                    unit: kalmar.privat.b
                    operator: Läkarhuset B AB
                    until: 2017-10-20
                    sources: ["src-a#sida 4"]
                """));

        assertThat(result.problems()).isEmpty();
        SchemeProvider first = result.dataset().all(SchemeProvider.class).get(0);
        SchemeProvider second = result.dataset().all(SchemeProvider.class).get(1);
        assertThat(first.named()).isFalse();
        assertThat(first.operator()).isNull();
        assertThat(second.named()).isTrue();
        assertThat(second.operator()).isEqualTo("Läkarhuset B AB");
        assertThat(second.validity().until()).isEqualTo(PartialDate.parse("2017-10-20"));
        assertThat(second.sources().get(0).locator()).isEqualTo("sida 4");
    }

    @Test
    @DisplayName("an unknown scheme or unit is reported at the provider's line")
    void unknownSchemeAndUnit() {
        String text = """
                care_choice_providers:
                  - {id: p1, scheme: kalmar.nothing, unit: kalmar.hc.a, sources: [src-a]}
                  - {id: p2, scheme: kalmar.halsoval, unit: kalmar.hc.nowhere, sources: [src-a]}
                """;
        LoadResult result = load(with(text));

        assertThat(fileProblems(result)).extracting(Problem::line).containsExactly(2, 3);
        assertThat(fileProblems(result)).extracting(Problem::message).containsExactly(
                "scheme 'kalmar.nothing' of 'p1' does not exist among the care_choice_schemes",
                "unit 'kalmar.hc.nowhere' of 'p2' does not exist among the units");
    }

    @Test
    @DisplayName("a provider unit that does not say who runs it is refused: the counts by ownership come from it")
    void unitWithoutOwnership() {
        String text = """
                care_choice_providers:
                  - {id: p1, scheme: kalmar.halsoval, unit: kalmar.hc.utan-regi, sources: [src-a]}
                """;
        onlyProblem(load(with(text)), "providers.yaml", 2, "'kalmar.hc.utan-regi'", "does not say who runs it");
    }

    @Test
    @DisplayName("a unit of another region cannot be a provider in Kalmar's scheme")
    void unitOfAnotherRegion() {
        String text = """
                care_choice_providers:
                  - {id: p1, scheme: kalmar.halsoval, unit: halland.vc, sources: [src-a]}
                """;
        onlyProblem(load(with(text)), "providers.yaml", 2, "'halland.vc'", "not part of region 'kalmar'");
    }

    @Test
    @DisplayName("the same unit twice in a scheme for overlapping days is refused; one after the other is fine")
    void overlappingParts() {
        String text = """
                care_choice_providers:
                  - {id: p1, scheme: kalmar.halsoval, unit: kalmar.privat.b, operator: Bolag 1, until: 2020-12-31, sources: [src-a]}
                  - {id: p2, scheme: kalmar.halsoval, unit: kalmar.privat.b, operator: Bolag 2, from: 2021-01-01, sources: [src-a]}
                  - {id: p3, scheme: kalmar.halsoval, unit: kalmar.privat.b, from: 2020-06, until: 2021-06, sources: [src-a]}
                """;
        LoadResult result = load(with(text));

        assertThat(fileProblems(result)).extracting(Problem::line).containsExactly(lineOf(text, "id: p3"), lineOf(text, "id: p3"));
        assertThat(fileProblems(result)).extracting(Problem::message).allSatisfy(m -> assertThat(m).contains("for the same days"));
    }

    @Test
    @DisplayName("a provider without sources, or with a field the format does not have, is refused with its line")
    void shape() {
        String text = """
                care_choice_providers:
                  - {id: p1, scheme: kalmar.halsoval, unit: kalmar.hc.a}
                  - {id: p2, scheme: kalmar.halsoval, unit: kalmar.privat.b, owner: private, sources: [src-a]}
                """;
        LoadResult result = load(with(text));

        assertThat(result.ok()).isFalse();
        assertThat(fileProblems(result)).extracting(Problem::line).contains(2, 3);
    }
}
