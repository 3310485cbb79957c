package se.regionkarta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Arbitrary text and limits never make search or suggest throw, and never break the limit. */
class ArbitraryInputPropertyTest {

    @Property(tries = 500)
    void searchNeverThrows(@ForAll("typed") String query, @ForAll @IntRange(min = -3, max = 60) int limit) {
        SearchResult result = Bundled.SEARCH.search(query, limit);

        int shown = result.groups().values().stream().mapToInt(List::size).sum();
        assertThat(shown).isLessThanOrEqualTo(Math.max(limit, 0)).isLessThanOrEqualTo(result.total());
        assertThat(Bundled.SEARCH.suggest(query, limit)).hasSizeLessThanOrEqualTo(Math.max(limit, 0));
    }

    /** Any characters at all, and text made of query-syntax and Swedish words, which reaches deeper. */
    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> wordy = Arbitraries.of("Kalmar", "OR", "AND", "NOT", "\"", "*", "?", "~", "(", ")", ":", "\\",
                "sjukhus", "psyk", "å", "ä", "ö", "-", " ", "och", "i", "😀", "\u0000", "1177").list().ofMaxSize(12)
                .map(parts -> String.join(" ", parts));
        return Arbitraries.oneOf(anything, wordy);
    }
}
