package se.regionkarta.provenance.model;

/** Anything the registry stores under a stable id. */
public interface Identified {

    /** Returns the stable id: lower-case letters, digits, dots and hyphens. */
    String id();
}
