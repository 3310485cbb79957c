package se.regionkarta.registry.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A group of officials that coordinates several administrations without being one, such as
 * Region Halland's LGV (Ledningsgrupp Vård).
 *
 * @param regionId the region the group belongs to
 * @param chairPostId the post that leads the group
 * @param memberPostIds the posts whose holders sit in the group
 * @param note an editor's remark on how the fact was read from its sources, or null
 */
public record CoordinationGroup(
        String id,
        String name,
        String regionId,
        String chairPostId,
        List<String> memberPostIds,
        Validity validity,
        String description,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public CoordinationGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regionId, "region");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a coordination group needs a name");
        }
        memberPostIds = List.copyOf(memberPostIds);
        validity = validity == null ? Validity.ALWAYS : validity;
        sources = List.copyOf(sources);
    }
}
