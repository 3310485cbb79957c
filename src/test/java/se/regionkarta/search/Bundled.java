package se.regionkarta.search;

import java.util.List;
import se.regionkarta.snapshot.Snapshot;

/** The search over the bundled data set, built once for all tests of this package. */
final class Bundled {

    static final Search SEARCH = Search.of(new Snapshot(se.regionkarta.SectionReaders.loader().loadBundled().dataset()), java.time.LocalDate.now());

    private Bundled() {
    }

    /** Returns the ids of the hits of one kind, best first. */
    static List<String> ids(String query, String kind) {
        return hits(query, kind).stream().map(SearchHit::id).toList();
    }

    static List<SearchHit> hits(String query, String kind) {
        return SEARCH.search(query, 50).groups().getOrDefault(kind, List.of());
    }
}
