package se.regionkarta.suggestions.model;

/**
 * What a reader sends: the fact, and the three texts (and an optional contact), already checked
 * against the limits of {@link Suggestion}.
 */
public record Received(String factKind, String factId, String regionId, String wrong, String right, String statedAt,
        String contact) {
}
