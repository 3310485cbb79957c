package se.regionkarta.cooperation.settlement.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One piece of care given to a patient by a unit outside the patient's home region. It carries no
 * person identifier: the settlement needs only who pays, who provided, when and what.
 *
 * @param line the line of the input file the event was read from (for reports), or 0
 * @param providerUnit the providing unit's id: the provider region's id or an id beginning with it
 *     and a dot, as the registry's unit ids do ({@code kalmar.lanssjukhuset-kalmar})
 * @param code the specialty of a visit or a day, or the DRG code of an episode; may be empty
 * @param quantity visits, days, or DRG points in ten-thousandths ({@link CareKind})
 */
public record CareEvent(long line, String homeRegion, String providerRegion, String providerUnit, LocalDate date,
        CareKind kind, String code, long quantity) {

    public CareEvent {
        Objects.requireNonNull(homeRegion, "home region");
        Objects.requireNonNull(providerRegion, "provider region");
        Objects.requireNonNull(providerUnit, "provider unit");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        if (quantity < 1 || quantity > kind.maxQuantity()) {
            throw new IllegalArgumentException("the quantity of a " + kind.code() + " event must be from "
                    + kind.formatQuantity(1) + " to " + kind.formatQuantity(kind.maxQuantity()) + ", got "
                    + kind.formatQuantity(quantity));
        }
    }

    /** Tells whether the providing unit's id places it in the providing region. */
    public boolean unitInProviderRegion() {
        return providerUnit.equals(providerRegion) || providerUnit.startsWith(providerRegion + ".");
    }
}
