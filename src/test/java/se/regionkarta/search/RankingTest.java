package se.regionkarta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.registry.model.UnitKind;

/** How hits are ordered: by how well they match, grouped by kind, ties broken the same way every time. */
class RankingTest {

    private static final Search SEARCH = Search.of(new Synthetic()
            .unit("t.fuzzy", "Tväteri", UnitKind.SERVICE, null)
            .unit("t.text", "Logistik", UnitKind.SERVICE, "Sköter tvätteri och transporter.")
            .unit("t.prefix", "Tvätterianläggning", UnitKind.SERVICE, null)
            .unit("t.exact", "Tvätteri", UnitKind.SERVICE, null)
            .unit("b.kansli", "Kansli", UnitKind.STAFF_FUNCTION, null)
            .unit("a.kansli", "Kansli", UnitKind.STAFF_FUNCTION, null)
            .unit("k.beta", "Kansli Beta", UnitKind.STAFF_FUNCTION, null)
            .unit("k.alfa", "Kansli Alfa", UnitKind.STAFF_FUNCTION, null)
            .snapshot(), java.time.LocalDate.now());

    @Test
    @DisplayName("the exact name comes first, then a name starting with the word, then a misspelt name")
    void exactThenPrefixThenFuzzy() {
        List<String> ids = ids(SEARCH.search("tvätteri", 10));

        assertThat(ids).containsSubsequence("t.exact", "t.prefix", "t.fuzzy");
        assertThat(ids.get(0)).isEqualTo("t.exact");
        assertThat(ids.indexOf("t.prefix")).isLessThan(ids.indexOf("t.text"));
    }

    @Test
    @DisplayName("a name counts for more than a description")
    void nameOverDescription() {
        List<String> ids = ids(Search.of(new Synthetic()
                .unit("t.desc", "Logistik", UnitKind.SERVICE, "Transporter av tvätt till sjukhusen.")
                .unit("t.name", "Transporter", UnitKind.SERVICE, "Logistik för hela regionen.")
                .snapshot(), java.time.LocalDate.now()).search("transporter", 10));

        assertThat(ids).containsExactly("t.name", "t.desc");
    }

    @Test
    @DisplayName("equal scores are ordered by title, then id")
    void tiesByTitleThenId() {
        SearchResult result = SEARCH.search("kansli", 10);

        assertThat(ids(result)).containsExactly("a.kansli", "b.kansli", "k.alfa", "k.beta");
        assertThat(result.groups().get("units").get(0).score()).isEqualTo(result.groups().get("units").get(1).score());
    }

    @Test
    @DisplayName("the same query gives the same hits in the same order, also from a new index")
    void deterministic() {
        Search again = Search.of(new se.regionkarta.snapshot.Snapshot(
                se.regionkarta.SectionReaders.loader().loadBundled().dataset()), java.time.LocalDate.now());
        for (String query : List.of("sjukhus", "kalmar", "region", "vård", "psyk")) {
            assertThat(again.search(query, 40)).isEqualTo(Bundled.SEARCH.search(query, 40));
            assertThat(again.suggest(query, 20)).isEqualTo(Bundled.SEARCH.suggest(query, 20));
        }
    }

    @Test
    @DisplayName("groups follow their best hit, hits within a group go by score, and the limit counts all hits")
    void groupedByKind() {
        SearchResult result = Bundled.SEARCH.search("kalmar", 25);

        List<Float> bestPerGroup = result.groups().values().stream().map(hits -> hits.get(0).score()).toList();
        assertThat(bestPerGroup).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        result.groups().forEach((kind, hits) -> {
            assertThat(hits).allSatisfy(hit -> assertThat(hit.kind()).isEqualTo(kind));
            assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        });
        assertThat(result.groups().values().stream().mapToInt(List::size).sum()).isEqualTo(25);
        assertThat(result.total()).isGreaterThan(25);
    }

    private static List<String> ids(SearchResult result) {
        List<String> ids = new ArrayList<>();
        result.groups().values().forEach(hits -> hits.forEach(hit -> ids.add(hit.id())));
        return ids;
    }
}
