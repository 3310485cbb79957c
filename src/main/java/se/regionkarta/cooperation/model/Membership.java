package se.regionkarta.cooperation.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Validity;

/**
 * A region's membership of a healthcare region.
 *
 * @param municipalityCodes the municipalities through which the region belongs, when only part of
 *     it does (Region Halland belongs to two healthcare regions by municipality); empty for all
 */
public record Membership(String regionId, List<String> municipalityCodes, Validity validity) {

    public Membership {
        Objects.requireNonNull(regionId, "region");
        municipalityCodes = List.copyOf(municipalityCodes);
        for (String code : municipalityCodes) {
            if (!code.matches("\\d{4}")) {
                throw new IllegalArgumentException("a municipality code has four digits, got '" + code + "'");
            }
        }
        validity = validity == null ? Validity.ALWAYS : validity;
    }

    public boolean whole() {
        return municipalityCodes.isEmpty();
    }
}
