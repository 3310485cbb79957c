package se.regionkarta.carechoice.compensation.model;

import java.util.Objects;

/**
 * A home area (e.g. a DeSO area of SCB or a parish) and its care need index.
 *
 * @param id the area's code as the residents file writes it
 */
public record HomeArea(String id, CareNeedIndex careNeedIndex) {

    public HomeArea {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(careNeedIndex, "care need index");
    }
}
