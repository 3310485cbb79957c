package se.regionkarta.registry.model;

import java.util.Objects;

/** An identifier another register gives a unit. */
public record Identifier(Scheme scheme, String value) {

    public Identifier {
        Objects.requireNonNull(scheme, "scheme");
        if (value == null || !value.matches(scheme.pattern)) {
            throw new IllegalArgumentException(scheme.description + " must match " + scheme.pattern + ", got '" + value + "'");
        }
    }

    /** The registers whose identifiers the registry keeps. */
    public enum Scheme {
        /** SCB's two-digit county code (länskod), e.g. 08 for Kalmar län. */
        COUNTY_CODE("\\d{2}", "a county code"),
        /** The county letter (länsbokstav), e.g. H for Kalmar län. */
        COUNTY_LETTER("[A-Z]{1,2}", "a county letter"),
        /** The Swedish organisation number, NNNNNN-NNNN. */
        ORGANISATION_NUMBER("\\d{6}-\\d{4}", "an organisation number"),
        /** The id in the national HSA directory of health care. */
        HSA_ID("SE\\d{10}-[A-Za-z0-9]+", "an HSA id");

        private final String pattern;
        private final String description;

        Scheme(String pattern, String description) {
            this.pattern = pattern;
            this.description = description;
        }
    }
}
