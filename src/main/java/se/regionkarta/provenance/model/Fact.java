package se.regionkarta.provenance.model;

import java.util.List;

/** A fact of the registry: it has a stable id and cites at least one source. */
public interface Fact extends Identified {

    /** Returns the sources that support this fact; validation makes sure it is never empty. */
    List<SourceRef> sources();
}
