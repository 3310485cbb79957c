package se.regionkarta.provenance.model;

/** What kind of document a source is; it decides how much weight the source gets in a conflict. */
public enum SourceKind {
    /** A page or document published by the organisation the fact is about. */
    OWN_PUBLICATION(3),
    /** A public authority's register or statistics (SCB, Valmyndigheten, SKR). */
    OFFICIAL_STATISTICS(3),
    /** A law or ordinance. */
    LAW(3),
    /** A news item or another organisation's page. */
    NEWS(2),
    /** Second-hand material: mirrors, compilations without a traceable origin. */
    SECONDARY(1);

    private final int rank;

    SourceKind(int rank) {
        this.rank = rank;
    }

    /** Returns the weight of this kind of source; higher wins a conflict when dates do not decide. */
    public int rank() {
        return rank;
    }
}
