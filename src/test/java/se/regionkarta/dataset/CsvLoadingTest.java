package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.regionkarta.dataset.DataFixture.fileProblems;
import static se.regionkarta.dataset.DataFixture.goodWith;
import static se.regionkarta.dataset.DataFixture.load;
import static se.regionkarta.dataset.DataFixture.onlyProblem;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.input.Problem;
import se.regionkarta.politics.model.SeatCount;

/** CSV files of figures and seats: the header, each row's cells and their values. */
class CsvLoadingTest {

    @Test
    @DisplayName("an unknown column is named on the header line")
    void unknownColumn() {
        // given
        String figures = """
                unit,metric,value,colour,sources
                kalmar,employees,900,blue,src-a
                """;

        // when
        LoadResult result = load(goodWith("figures.csv", figures));

        // then
        Problem p = onlyProblem(result, "figures.csv", 1, "unknown column", "colour");
        assertThat(p.message()).contains("allowed are");
    }

    @Test
    @DisplayName("a file whose header line is gone (a row with an empty cell takes its place) is refused at line 1, not with an exception")
    void headerLineGone() {
        // given: the reliability suite's fuzzer dropped the header; commons-csv then refuses the empty name itself
        String figures = """
                kalmar,employees,900,,src-a
                kalmar,employees,901,,src-a
                """;

        // when
        LoadResult result = load(goodWith("figures.csv", figures));

        // then
        onlyProblem(result, "figures.csv", 1, "the first line must name each column once");
    }

    @Test
    @DisplayName("a missing required column is named on the header line")
    void missingColumn() {
        // given
        String figures = """
                unit,value,sources
                kalmar,900,src-a
                """;

        // when
        LoadResult result = load(goodWith("figures.csv", figures));

        // then
        onlyProblem(result, "figures.csv", 1, "missing column", "metric");
    }

    @Test
    @DisplayName("a value that is not a plain number is rejected at its row")
    void nonNumberValue() {
        // given
        String figures = """
                unit,metric,value,sources
                kalmar,employees,900,src-a
                kalmar,employees,9 00,src-a
                """;

        // when
        LoadResult result = load(goodWith("figures.csv", figures));

        // then
        onlyProblem(result, "figures.csv", 3, "'value'", "plain number", "'9 00'");
    }

    @Test
    @DisplayName("a row with more cells than the header is rejected at its row")
    void tooManyCells() {
        // given
        String figures = """
                unit,metric,value,sources
                kalmar,employees,900,src-a,extra
                """;

        // when
        LoadResult result = load(goodWith("figures.csv", figures));

        // then
        onlyProblem(result, "figures.csv", 2, "5 cells", "header 4");
    }

    @Test
    @DisplayName("every bad row of a seat table is reported")
    void everyBadSeatRow() {
        // given
        String seats = """
                body,term,party,seats,sources
                kalmar.rf,2022-2026,S,tre,src-a
                kalmar.rf,2022-2026,M,1,src-a
                kalmar.rf,2022-2026,V,1,src-a,x
                """;
        Map<String, String> files = goodWith("bodies.yaml", DataFixture.BODIES.substring(0, DataFixture.BODIES.indexOf("seats:")));
        files.put("seats.csv", seats);

        // when
        LoadResult result = load(files);

        // then
        assertThat(result.ok()).isFalse();
        assertThat(fileProblems(result)).extracting(Problem::file, Problem::line)
                .containsExactly(tuple("seats.csv", 2), tuple("seats.csv", 4));
        assertThat(fileProblems(result).get(0).message()).contains("'seats'", "whole number", "'tre'");
    }

    @Test
    @DisplayName("a seat table in CSV is read like seats in YAML")
    void seatsFromCsv() {
        // given
        String seats = """
                body,term,party,seats,sources
                kalmar.rf,2022-2026,S,3,src-a
                kalmar.rf,2022-2026,M,1,src-a
                kalmar.rf,2022-2026,V,1,src-a;src-a#bild 2
                """;
        Map<String, String> files = goodWith("bodies.yaml", DataFixture.BODIES.substring(0, DataFixture.BODIES.indexOf("seats:")));
        files.put("kalmar.seats.csv", seats);

        // when
        LoadResult result = load(files);

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().all(SeatCount.class)).extracting(SeatCount::partyId, SeatCount::seats)
                .containsExactly(tuple("S", 3), tuple("M", 1), tuple("V", 1));
        assertThat(result.dataset().all(SeatCount.class).get(2).sources()).hasSize(2);
    }

    @Test
    @DisplayName("a CSV file whose name says no section is rejected")
    void csvWithoutSectionName() {
        // when
        LoadResult result = load(goodWith("data.csv", DataFixture.FIGURES));

        // then
        onlyProblem(result, "data.csv", 0, "figures.csv", "seats.csv");
    }

    @Test
    @DisplayName("a figure whose breakdown (part_of) is of another unit is rejected at the breakdown's row")
    void breakdownOfAnotherUnit() {
        // given
        String figures = """
                id,unit,metric,value,part_of,category,sources
                kalmar.emp,kalmar,employees,900,,,src-a
                kalmar.hsf.emp.perm,kalmar.hsf,employees,600,kalmar.emp,Tillsvidare,src-a
                """;

        // when
        LoadResult result = load(goodWith("figures.csv", figures));

        // then
        onlyProblem(result, "figures.csv", 3, "breakdown", "'kalmar.hsf.emp.perm'", "same unit", "'kalmar.emp'");
    }

    @Test
    @DisplayName("a breakdown of the same unit and metric is accepted")
    void breakdownOfSameUnit() {
        // given
        String figures = """
                id,unit,metric,value,part_of,category,sources
                kalmar.emp,kalmar,employees,900,,,src-a
                kalmar.emp.perm,kalmar,employees,600,kalmar.emp,Tillsvidare,src-a
                """;

        // when
        LoadResult result = load(goodWith("figures.csv", figures));

        // then
        assertThat(result.problems()).isEmpty();
    }
}
