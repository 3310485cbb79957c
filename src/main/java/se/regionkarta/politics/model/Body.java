package se.regionkarta.politics.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A political body of a region: its assembly, executive board, committees and their subcommittees.
 *
 * @param regionId the region (unit id) the body belongs to
 * @param parentId the body it works under (a subcommittee's board), or null
 * @param members number of members (ledamöter), or null where unknown
 * @param substitutes number of substitutes (ersättare), or null where unknown
 * @param governs ids of the units (administrations) this body governs
 * @param alsoServesAs other roles the body holds, for example crisis management committee
 * @param note an editor's remark on how the fact was read from its sources, or null
 */
public record Body(
        String id,
        String name,
        String nameEn,
        BodyKind kind,
        String regionId,
        String parentId,
        Integer members,
        Integer substitutes,
        Integer meetingsPerYear,
        List<String> governs,
        String alsoServesAs,
        Validity validity,
        String description,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public Body {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(regionId, "region");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a body needs a name");
        }
        requireNonNegative(members, "members");
        requireNonNegative(substitutes, "substitutes");
        requireNonNegative(meetingsPerYear, "meetings per year");
        governs = List.copyOf(governs);
        validity = validity == null ? Validity.ALWAYS : validity;
        sources = List.copyOf(sources);
    }

    private static void requireNonNegative(Integer n, String what) {
        if (n != null && n < 0) {
            throw new IllegalArgumentException(what + " cannot be negative");
        }
    }
}
