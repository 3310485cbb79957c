package se.regionkarta.search;

import java.util.List;
import java.util.Map;

/**
 * The hits of one search, grouped by kind of fact in order of each group's best hit.
 *
 * @param total how many facts matched, before the limit
 */
public record SearchResult(String query, Map<String, List<SearchHit>> groups, int total) {

    public SearchResult {
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
    }

    public static SearchResult empty(String query) {
        return new SearchResult(query, Map.of(), 0);
    }
}
