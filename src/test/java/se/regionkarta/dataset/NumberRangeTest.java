package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.dataset.DataFixture.goodWith;
import static se.regionkarta.dataset.DataFixture.lineOf;
import static se.regionkarta.dataset.DataFixture.load;
import static se.regionkarta.dataset.DataFixture.onlyProblem;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.input.Problem;

/**
 * Numbers out of range (issue 11, item 7) are refused with the field and its line in the
 * registry's words, never with Java's own message ("For input string: …", "Infinity").
 */
class NumberRangeTest {

    private static final String HUGE = "99999999999999999999";

    @Test
    @DisplayName("a body's size of twenty digits in YAML is refused at its line, naming the field")
    void hugeMembersInYaml() {
        // given
        String bodies = DataFixture.BODIES.replace("members: 5", "members: " + HUGE);

        // when
        LoadResult result = load(goodWith("bodies.yaml", bodies));

        // then
        Problem p = onlyProblem(result, "bodies.yaml", lineOf(bodies, "members:"), "'members'", "whole number", HUGE);
        assertThat(p.message()).doesNotContain("For input string", "Exception");
    }

    @Test
    @DisplayName("a number too long for the YAML parser is called out of range, not a string, and shown cut short")
    void overlongNumberInYaml() {
        // given: longer than the parser reads as a number (it keeps it as text)
        String bodies = DataFixture.BODIES.replace("members: 5", "members: " + "9".repeat(1200));

        // when
        LoadResult result = load(goodWith("bodies.yaml", bodies));

        // then
        Problem p = onlyProblem(result, "bodies.yaml", lineOf(bodies, "members:"), "members", "out of range", "1200 characters");
        assertThat(p.message()).doesNotContain("string found").hasSizeLessThan(200);
    }

    @Test
    @DisplayName("a party's seats of twenty digits in YAML are refused at their line, naming the party")
    void hugeSeatsInYaml() {
        // given
        String bodies = DataFixture.BODIES.replace("S: 3,", "S: " + HUGE + ",");

        // when
        LoadResult result = load(goodWith("bodies.yaml", bodies));

        // then
        onlyProblem(result, "bodies.yaml", lineOf(bodies, "parties: {S:"), "'S'", "whole number", HUGE);
    }

    @Test
    @DisplayName("seats of twenty digits in seats.csv are refused at the row, naming the column, not with Java's message")
    void hugeSeatsInCsv() {
        // given
        String seats = """
                body,term,party,seats,sources
                kalmar.rf,2022-2026,S,%s,src-a
                """.formatted(HUGE);

        // when
        LoadResult result = load(goodWith("seats.csv", seats));

        // then
        Problem p = onlyProblem(result, "seats.csv", 2, "'seats'", "whole number", HUGE);
        assertThat(p.message()).doesNotContain("For input string");
    }

    @Test
    @DisplayName("a figure's value with an absurd exponent in figures.csv is refused as out of range at its row")
    void absurdExponentInCsv() {
        for (String value : new String[] {"1e999999999", "1e9999999999", "12345678901234567"}) {
            // given
            String figures = DataFixture.FIGURES + "kalmar.hsf,employees," + value + ",year:2024,,src-a\n";

            // when
            LoadResult result = load(goodWith("figures.csv", figures));

            // then
            onlyProblem(result, "figures.csv", 5, "'value'", "out of range", "at most 15 digits", value);
        }
    }

    @Test
    @DisplayName("a value that is not written as a number is called so, not out of range, however long")
    void notANumberIsNotOutOfRange() {
        for (String value : new String[] {"1_000", "x".repeat(100)}) {
            // given
            String figures = DataFixture.FIGURES + "kalmar.hsf,employees," + value + ",year:2024,,src-a\n";

            // when
            LoadResult result = load(goodWith("figures.csv", figures));

            // then
            Problem p = onlyProblem(result, "figures.csv", 5, "'value'", "plain number");
            assertThat(p.message()).doesNotContain("out of range").hasSizeLessThan(200);
        }
    }

    @Test
    @DisplayName("a figure's value with an absurd exponent in YAML is refused as out of range, not read as Infinity")
    void absurdExponentInYaml() {
        // given
        String figures = """
                figures:
                  - unit: kalmar
                    metric: employees
                    period: year:2023
                    value: 1e999999999
                    sources: [src-a]
                """;

        // when
        LoadResult result = load(goodWith("more-figures.yaml", figures));

        // then
        Problem p = onlyProblem(result, "more-figures.yaml", lineOf(figures, "value:"), "'value'", "out of range");
        assertThat(p.message()).doesNotContain("Infinity");
    }

    @Test
    @DisplayName("fifteen digits and decimals are within range and read exactly")
    void fifteenDigitsAreKept() {
        // given
        String figures = """
                unit,metric,value,period,sources
                kalmar,employees,123456789012345,stock,src-a
                kalmar.hsf,employees,0.1,stock,src-a
                """;
        String yaml = """
                figures:
                  - {unit: kalmar, metric: employees, period: year:2023, value: 4.35, sources: [src-a]}
                """;

        Map<String, String> files = goodWith("figures.csv", figures);
        files.put("more-figures.yaml", yaml);

        // when
        LoadResult result = load(files);

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().all(KeyFigure.class)).extracting(KeyFigure::value).containsExactlyInAnyOrder(
                new BigDecimal("123456789012345"), new BigDecimal("0.1"), new BigDecimal("4.35"));
    }
}
