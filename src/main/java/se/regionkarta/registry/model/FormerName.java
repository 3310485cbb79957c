package se.regionkarta.registry.model;

import java.util.Objects;
import se.regionkarta.provenance.model.Validity;

/** A name a unit had before it was renamed, and when. */
public record FormerName(String name, Validity validity) {

    public FormerName {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a former name cannot be blank");
        }
        Objects.requireNonNull(validity, "validity");
        if (validity.until() == null) {
            throw new IllegalArgumentException("a former name needs the date it stopped being used ('until')");
        }
    }
}
