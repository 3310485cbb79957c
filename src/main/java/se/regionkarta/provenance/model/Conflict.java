package se.regionkarta.provenance.model;

import java.util.List;

/**
 * Claims that say different things about the same property of the same subject, and the value the
 * registry shows.
 *
 * @param claims every claim on the topic, agreeing ones included
 * @param shown the value displayed, chosen by {@code rule}
 * @param explanation the rule applied to this case, in words
 */
public record Conflict(
        String subjectId,
        String property,
        String label,
        List<Claim> claims,
        String shown,
        ConflictPolicy.Rule rule,
        String explanation) {

    public Conflict {
        claims = List.copyOf(claims);
    }

    /** Returns the distinct values the sources give, in the order first seen. */
    public List<String> values() {
        return claims.stream().map(Claim::value).distinct().toList();
    }
}
