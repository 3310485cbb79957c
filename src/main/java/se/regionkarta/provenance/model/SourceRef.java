package se.regionkarta.provenance.model;

import java.util.Objects;

/**
 * Points a fact at the source that supports it.
 *
 * @param sourceId the {@link Source} cited
 * @param locator where in the source, for example a heading or a slide ("bild 12"); may be null
 * @param basis how the fact follows from the source
 */
public record SourceRef(String sourceId, String locator, Basis basis) {

    public SourceRef {
        Objects.requireNonNull(sourceId, "sourceId");
        if (sourceId.isBlank()) {
            throw new IllegalArgumentException("a source reference needs a source id");
        }
        basis = basis == null ? Basis.STATED : basis;
        locator = locator == null || locator.isBlank() ? null : locator.strip();
    }

    public static SourceRef of(String sourceId) {
        return new SourceRef(sourceId, null, Basis.STATED);
    }

    /** How directly a source supports a fact. */
    public enum Basis {
        /** The source says so in so many words. */
        STATED,
        /** Computed from facts the source states, for example a sum of seats. */
        DERIVED,
        /** A reading of the source that it does not spell out; the fact's note says why. */
        INFERRED
    }
}
