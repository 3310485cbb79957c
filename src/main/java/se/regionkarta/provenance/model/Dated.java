package se.regionkarta.provenance.model;

/** A fact that holds for a period, as opposed to one stated at a moment (a key figure). */
public interface Dated {

    /** Returns the period during which the fact holds. */
    Validity validity();
}
