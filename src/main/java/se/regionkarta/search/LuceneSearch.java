package se.regionkarta.search;

import java.util.List;
import se.regionkarta.snapshot.Snapshot;

/** Placeholder until the Lucene index lands: finds nothing. */
final class LuceneSearch implements Search {

    static LuceneSearch build(Snapshot snapshot) {
        return new LuceneSearch();
    }

    @Override
    public SearchResult search(String query, int limit) {
        return SearchResult.empty(query);
    }

    @Override
    public List<SearchHit> suggest(String prefix, int limit) {
        return List.of();
    }
}
