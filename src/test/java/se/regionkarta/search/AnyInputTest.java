package se.regionkarta.search;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.search.Bundled.SEARCH;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a person types, search answers, possibly with nothing. */
class AnyInputTest {

    static Stream<String> oddInputs() {
        return Stream.of("", " ", "\t\n ", "...", "!?-–—()[]{}", "Kalmar OR", "AND", "OR", "NOT", "kalmar AND NOT",
                "\"unclosed", "*", "?", "psyk*", "kal~2", "title:x", "+-&&||!(){}[]^\"~*?:\\/", "\u0000\u0001\u001f\u007f",
                "😀", "🏥 sjukhus 🚑", "\uD83D", "a".repeat(10_000), "kalmar ".repeat(2_000),
                "ö".repeat(300), "x y z å ä ö 1 2 3 4 5 6 7 8 9 10 11 12", "i och för", "1177");
    }

    @ParameterizedTest
    @MethodSource("oddInputs")
    @DisplayName("odd input gives a result, never an exception")
    void oddInputIsSafe(String input) {
        SearchResult result = SEARCH.search(input, 20);

        assertThat(result.query()).isEqualTo(input);
        assertThat(result.groups().values().stream().mapToInt(java.util.List::size).sum()).isLessThanOrEqualTo(20);
        assertThat(SEARCH.suggest(input, 10)).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    @DisplayName("blank and punctuation-only input finds nothing")
    void blankFindsNothing() {
        assertThat(SEARCH.search("   ", 10)).isEqualTo(SearchResult.empty("   "));
        assertThat(SEARCH.search("?!.,;", 10).total()).isZero();
        assertThat(SEARCH.suggest("", 10)).isEmpty();
    }

    @Test
    @DisplayName("a limit of zero or less gives an empty result; a huge one is capped")
    void limits() {
        assertThat(SEARCH.search("kalmar", 0)).isEqualTo(SearchResult.empty("kalmar"));
        assertThat(SEARCH.search("kalmar", -5)).isEqualTo(SearchResult.empty("kalmar"));
        assertThat(SEARCH.suggest("kal", 0)).isEmpty();
        SearchResult all = SEARCH.search("kalmar", Integer.MAX_VALUE);
        assertThat(all.groups().values().stream().mapToInt(java.util.List::size).sum())
                .isEqualTo(Math.min(all.total(), LuceneSearch.MAX_HITS));
    }

    @Test
    @DisplayName("a null query is treated as empty")
    void nullQuery() {
        assertThat(SEARCH.search(null, 10).total()).isZero();
        assertThat(SEARCH.suggest(null, 10)).isEmpty();
    }

    @Test
    @DisplayName("an empty registry is searched without error and finds nothing")
    void emptyRegistry() {
        Search empty = Search.of(new se.regionkarta.snapshot.Snapshot(se.regionkarta.dataset.model.Dataset.empty()), java.time.LocalDate.now());

        assertThat(empty.search("kalmar", 10).total()).isZero();
        assertThat(empty.suggest("k", 10)).isEmpty();
    }

    @Test
    @DisplayName("a word that matches nothing does not hide what the other words find")
    void strayWord() {
        assertThat(Bundled.ids("Oskarshamns xqzzy", "units")).contains("kalmar.oskarshamns-sjukhus");
    }
}
