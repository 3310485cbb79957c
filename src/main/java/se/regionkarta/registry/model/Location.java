package se.regionkarta.registry.model;

/**
 * Where a unit is: a town and, when known, the SCB code of its municipality (four digits).
 */
public record Location(String town, String municipalityCode) {

    public Location {
        if ((town == null || town.isBlank()) && municipalityCode == null) {
            throw new IllegalArgumentException("a location needs a town or a municipality code");
        }
        if (municipalityCode != null && !municipalityCode.matches("\\d{4}")) {
            throw new IllegalArgumentException("a municipality code has four digits, got '" + municipalityCode + "'");
        }
    }
}
