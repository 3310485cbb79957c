package se.regionkarta.registry.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A leadership post of an official, such as the regional director.
 *
 * @param unitId the unit the post leads
 * @param reportsTo the post this one answers to, or null at the top
 * @param holder the name of the person holding it, or null where the sources do not name one
 * @param description what the post does, in the registry's own words
 * @param note an editor's remark on how the fact was read from its sources, or null
 */
public record Post(
        String id,
        PostKind kind,
        String title,
        String unitId,
        String reportsTo,
        String holder,
        Validity validity,
        String description,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitId, "unit");
        title = title == null || title.isBlank() ? kind.swedish() : title;
        validity = validity == null ? Validity.ALWAYS : validity;
        sources = List.copyOf(sources);
    }
}
