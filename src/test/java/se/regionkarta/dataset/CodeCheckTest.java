package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.dataset.DataFixture.UNITS;
import static se.regionkarta.dataset.DataFixture.goodWith;
import static se.regionkarta.dataset.DataFixture.lineOf;
import static se.regionkarta.dataset.DataFixture.load;
import static se.regionkarta.dataset.DataFixture.onlyProblem;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.input.Problem;

/** County and municipality codes are real and fit together. Region Kalmar län has county code 08. */
class CodeCheckTest {

    @Test
    @DisplayName("a county code that is not one of the 21 counties is reported at the unit's identifiers")
    void unknownCountyCode() {
        // given: no county has the code 02 today
        String units = UNITS.replace("    location: {town: Kalmar, municipality: \"0880\"}\n", "").replace("\"08\"", "\"02\"");

        // when
        LoadResult result = load(goodWith("units.yaml", units));

        // then
        Problem p = onlyProblem(result, "units.yaml", lineOf(units, "identifiers:"), "'02'", "not the code of a Swedish county");
        assertThat(p.message()).startsWith("identifiers: ");
    }

    @Test
    @DisplayName("a municipality code outside the region's county is reported at the unit's location")
    void municipalityOutsideCounty() {
        // given: 0780 is Växjö, in Kronobergs län (07)
        String units = UNITS.replace("\"0880\"", "\"0780\"");

        // when
        LoadResult result = load(goodWith("units.yaml", units));

        // then
        onlyProblem(result, "units.yaml", lineOf(units, "location:"), "municipality 0780", "'kalmar'", "not in county 08");
    }

    @Test
    @DisplayName("a unit's municipality is checked against the county of the region above it")
    void municipalityOfNestedUnit() {
        // given
        String extra = """
                units:
                  - id: kalmar.vaxjo
                    name: Kontor i Växjö
                    kind: service
                    parent: kalmar.hsf
                    location: {town: Växjö, municipality: "0780"}
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        onlyProblem(result, "extra.yaml", lineOf(extra, "location:"), "municipality 0780", "'kalmar.vaxjo'", "not in county 08");
    }

    @Test
    @DisplayName("two regions with the same county code at the same time are reported, naming both")
    void twoRegionsOneCounty() {
        // given
        String extra = """
                units:
                  - id: kalmar2
                    name: Region Kalmar län 2
                    kind: region
                    from: 2020
                    identifiers: {county-code: "08"}
                    sources: [src-a]
                """;
        Map<String, String> files = goodWith("extra.yaml", extra);

        // when
        LoadResult result = load(files);

        // then: reported at the identifiers of the unit listed later, kalmar2
        onlyProblem(result, "extra.yaml", lineOf(extra, "identifiers:"), "'kalmar'", "'kalmar2'", "county 08", "same time");
    }

    @Test
    @DisplayName("a county council followed by a region in the same county is accepted")
    void countyCouncilThenRegion() {
        // given
        String extra = """
                units:
                  - id: ltkalmar
                    name: Landstinget i Kalmar län
                    kind: county-council
                    until: 2018
                    identifiers: {county-code: "08"}
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("extra.yaml", extra));

        // then
        assertThat(result.problems()).isEmpty();
    }

    @Test
    @DisplayName("a region without a county code is reported")
    void regionWithoutCountyCode() {
        // given
        String units = UNITS.replace("    identifiers: {county-code: \"08\"}\n", "");

        // when
        LoadResult result = load(goodWith("units.yaml", units));

        // then
        onlyProblem(result, "units.yaml", lineOf(units, "- id: kalmar"), "'kalmar'", "needs a county-code");
    }
}
