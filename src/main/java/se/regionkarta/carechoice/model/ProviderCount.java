package se.regionkarta.carechoice.model;

import java.util.Objects;
import se.regionkarta.registry.model.Ownership;

/** How many provider units of one ownership a scheme has, as the source states it. */
public record ProviderCount(Ownership ownership, int count, String unitNoun) {

    public ProviderCount {
        Objects.requireNonNull(ownership, "ownership");
        if (count < 0) {
            throw new IllegalArgumentException("a provider count cannot be negative");
        }
    }
}
