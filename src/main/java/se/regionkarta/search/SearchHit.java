package se.regionkarta.search;

/**
 * One fact found by a search.
 *
 * @param kind the kind of fact, as in the export ({@code units}, {@code bodies}, …)
 * @param id the fact's id
 * @param title what to show as the hit's heading (a name)
 * @param subtitle a short line under it (the kind in Swedish and the region), may be empty
 * @param score the relevance, higher is better
 */
public record SearchHit(String kind, String id, String title, String subtitle, float score) {
}
