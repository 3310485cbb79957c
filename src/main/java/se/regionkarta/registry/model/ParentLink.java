package se.regionkarta.registry.model;

import java.util.Objects;
import se.regionkarta.provenance.model.Validity;

/** Places a unit under a parent for a period; a unit that moves has one link per period. */
public record ParentLink(String parentId, Validity validity) {

    public ParentLink {
        Objects.requireNonNull(parentId, "parent");
        validity = validity == null ? Validity.ALWAYS : validity;
    }
}
