package se.regionkarta.cooperation.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A body of a healthcare region: its joint committee, joint management, knowledge councils,
 * regional programme areas and groups.
 *
 * @param parentId the body this one works under, or null
 * @param hostRegionId the region that hosts the body (a joint committee is formally a committee of
 *     one region), or null
 * @param chairRegionId the region that holds the chair, when fixed rather than rotating; may be null
 * @param composition how many members each region appoints, or null
 * @param rotation how chair and secretary rotate, or null
 * @param decides the kinds of matter the body decides
 * @param members total number of members, when the sources give it; may be null
 * @param substitutes total number of substitutes, when the sources give it; may be null
 * @param programmeAreaId the national programme area a regional programme area mirrors, or null
 * @param tasks what the body does, each in the registry's own words
 * @param note an editor's remark on how the fact was read from its sources, or null
 */
public record CooperationBody(
        String id,
        String healthcareRegionId,
        String name,
        CooperationBodyKind kind,
        String parentId,
        String hostRegionId,
        String chairRegionId,
        CompositionRule composition,
        RotationRule rotation,
        List<DecisionKind> decides,
        Integer members,
        Integer substitutes,
        Integer meetingsPerYear,
        String programmeAreaId,
        List<String> tasks,
        Validity validity,
        String description,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public CooperationBody {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(healthcareRegionId, "healthcare region");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a cooperation body needs a name");
        }
        decides = List.copyOf(decides);
        tasks = List.copyOf(tasks);
        validity = validity == null ? Validity.ALWAYS : validity;
        sources = List.copyOf(sources);
    }
}
