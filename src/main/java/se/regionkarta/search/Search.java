package se.regionkarta.search;

import java.time.LocalDate;
import java.util.List;
import se.regionkarta.snapshot.Snapshot;

/**
 * Full-text search over one snapshot of the registry: names, descriptions and figures of units,
 * bodies, healthcare regions and the rest, Swedish-aware. Built once per snapshot.
 */
public interface Search {

    /**
     * Returns the best hits for a query typed by a person (any text: it is never parsed as query
     * syntax), grouped by kind of fact, at most {@code limit} hits in all.
     */
    SearchResult search(String query, int limit);

    /** Returns completions for what a person has typed so far, best first. */
    List<SearchHit> suggest(String prefix, int limit);

    /**
     * Builds the search for a snapshot.
     *
     * @param today the day whose units count as in force (those closed by then are ranked after them)
     */
    static Search of(Snapshot snapshot, LocalDate today) {
        return LuceneSearch.build(snapshot, today);
    }
}
